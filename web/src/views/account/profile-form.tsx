import { api, fieldErrors, ok } from '../../api/client.ts';
import { currentLanguage, setLanguage, t } from '../../i18n/i18n.ts';
import { Async, Button, Card, ErrorNotice, SelectField, TextField } from '../../ui/kit.tsx';
import { SubmitForm } from '../../ui/submit-form.tsx';
import { toast } from '../../ui/toast.tsx';
import { useDraft } from '../../ui/use-draft.ts';
import { useAction, useRequest } from '../../use-request.ts';
import { AvatarField } from './avatar-field.tsx';
import {
  draftOf,
  LANGUAGES,
  type Language,
  PLATFORMS,
  type Profile,
  platforms,
  profileChange,
} from './profile-draft.ts';

const profileApi = api.accounts.api.me.profile;

/** The browser's IANA time zones, and the browser's own zone to suggest. */
function timeZones(): { zones: string[]; mine: string | undefined } {
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    return { zones: Intl.supportedValuesOf('timeZone'), mine };
  } catch {
    return { zones: mine ? [mine] : [], mine };
  }
}

/**
 * The Profile section of the account page: the name others see, an avatar, social handles, and
 * the language and time zone emails use. One profile per person, across programs.
 */
export function ProfileSection() {
  const profile = useRequest(() => ok(profileApi.$get()), []);
  return (
    <Card title={t('account.profile.title')}>
      <Async request={profile} label={t('account.profile.loading')}>
        {(current) => (
          <>
            <AvatarField profile={current} onSaved={profile.setData} />
            <ProfileForm profile={current} onSaved={profile.setData} />
          </>
        )}
      </Async>
    </Card>
  );
}

function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: (profile: Profile) => void }) {
  const { draft, set, bind } = useDraft(() => draftOf(profile));
  const { zones, mine } = timeZones();
  const save = useAction(async () => {
    const change = profileChange(draft, profile);
    if (Object.keys(change).length === 0) {
      toast(t('account.profile.nothing'));
      return;
    }
    const saved = await ok(profileApi.$patch({ json: change }));
    onSaved(saved);
    // The dashboard speaks the language just chosen, at once (a switch remounts the page).
    if (saved.language && saved.language !== currentLanguage())
      await setLanguage(saved.language, { remember: true });
    toast(t('account.profile.saved'));
  });
  const errors = fieldErrors(save.error);
  const zoneOptions = [
    { value: '', label: t('account.profile.zoneNotSet') },
    // A zone saved from another browser stays choosable even where this one does not list it.
    ...(profile.timeZone && !zones.includes(profile.timeZone) ? [profile.timeZone] : [])
      .concat(zones)
      .map((zone) => ({
        value: zone,
        label: zone.replace(/_/g, ' '),
      })),
  ];
  return (
    <SubmitForm class="stack" noValidate onSubmit={() => void save.run()}>
      <TextField
        label={t('account.profile.displayName')}
        autoComplete="name"
        maxLength={80}
        hint={t('account.profile.displayNameHint')}
        {...bind('displayName')}
        error={errors.displayName}
      />
      <fieldset>
        <legend>{t('account.profile.handles')}</legend>
        <div class="grid-2">
          {platforms.map((platform) => (
            <TextField
              key={platform}
              label={PLATFORMS[platform]}
              autoComplete="off"
              spellcheck={false}
              maxLength={31}
              placeholder={t('account.profile.handlePlaceholder')}
              {...bind(platform)}
              error={errors[`handles.${platform}`] ?? (platform === 'instagram' ? errors.handles : undefined)}
            />
          ))}
        </div>
      </fieldset>
      <div class="grid-2">
        <SelectField
          label={t('account.profile.language')}
          hint={t('account.profile.languageHint')}
          error={errors.language}
          value={draft.language}
          onValue={(value) => set('language', value as Language | '')}
          options={[
            { value: '', label: t('account.profile.languageNotSet') },
            ...Object.entries(LANGUAGES).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          label={t('account.profile.timeZone')}
          hint={mine ? t('account.profile.timeZoneHint', { zone: mine.replace(/_/g, ' ') }) : undefined}
          error={errors.timeZone}
          value={draft.timeZone}
          onValue={(value) => set('timeZone', value)}
          options={zoneOptions}
        />
      </div>
      {save.error && Object.keys(errors).length === 0 ? <ErrorNotice error={save.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('account.profile.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}

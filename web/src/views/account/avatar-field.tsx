import { useId } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { uploadAvatar } from '../../api/uploads.ts';
import { t } from '../../i18n/i18n.ts';
import { ImageFileInput } from '../../ui/image-file-input.tsx';
import { Button } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import './account.css';
import type { Profile } from './profile-draft.ts';

/** The API's word on a file, without the field it names (`avatarKey: …`), as a sentence. */
function sentence(message: string | undefined): string | undefined {
  const plain = message?.replace(/^(avatarKey|fileName|size|contentType): /, '');
  return plain ? plain.charAt(0).toUpperCase() + plain.slice(1) : undefined;
}

/**
 * The avatar: a photo uploaded straight to storage as proof images are (a presigned PUT), then
 * saved to the profile at once, where the API checks the bytes are an image of the person's own.
 */
export function AvatarField({ profile, onSaved }: { profile: Profile; onSaved: (profile: Profile) => void }) {
  const id = useId();
  const change = useAction(async (file: File | null) => {
    const avatarKey = file ? await uploadAvatar(file) : null;
    onSaved(await ok(api.accounts.api.me.profile.$patch({ json: { avatarKey } })));
    toast(file ? t('account.avatar.saved') : t('account.avatar.removed'));
  });
  const problem = sentence(change.error?.message);
  return (
    <div class={`field avatar-field${problem ? ' invalid' : ''}`}>
      <div class="avatar-row">
        {profile.avatarUrl ? (
          <img class="avatar" src={profile.avatarUrl} alt={t('account.avatar.alt')} width={72} height={72} />
        ) : (
          <span class="avatar avatar-empty" aria-hidden="true">
            {(profile.displayName ?? profile.email).charAt(0).toUpperCase()}
          </span>
        )}
        <div>
          <label for={id}>{t('account.avatar.label')}</label>
          <ImageFileInput
            id={id}
            problem={problem}
            busy={change.busy}
            onFile={(file) => void change.run(file)}
          />
          <p class="hint" id={`${id}-hint`} aria-live="polite">
            {change.busy ? t('account.avatar.saving') : t('account.avatar.hint')}
          </p>
        </div>
      </div>
      {problem ? (
        <p class="field-error" id={`${id}-error`}>
          {problem}
        </p>
      ) : null}
      {profile.avatarKey && !change.busy ? (
        <div class="actions">
          <Button variant="ghost" onClick={() => void change.run(null)}>
            {t('account.avatar.remove')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

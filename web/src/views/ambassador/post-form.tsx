import { useRef, useState } from 'preact/hooks';
import { checkCaption } from '../../../../shared/submissions/caption-check.ts';
import { normalizePostUrl, PLATFORMS, type Platform } from '../../../../shared/submissions/post-url.ts';
import { SUBMISSION_LIMITS } from '../../../../shared/submissions/submission-limits.ts';
import { fieldErrors } from '../../api/client.ts';
import type { ContentScope } from '../../api/content.ts';
import { t } from '../../i18n/i18n.ts';
import { CharacterCount } from '../../ui/character-count.tsx';
import { platformName } from '../../ui/format.ts';
import { withHttps } from '../../ui/https-link.ts';
import { Button, ErrorNotice, SelectField, TextArea, TextField } from '../../ui/kit.tsx';
import { postUrlProblemText } from '../../ui/submission-words.ts';
import { useAction } from '../../use-request.ts';
import { ConfirmMisses } from './confirm-misses.tsx';
import { PostPreview, platformOfLink, type Requirements } from './post-preview.tsx';
import { type Proof, ProofField } from './proof-field.tsx';
import { RightsFields, type RightsOffer } from './rights-fields.tsx';

export { Caption, platformOfLink } from './post-preview.tsx';

export type PostInput = {
  postUrl: string;
  platform: Platform;
  caption: string;
  proofImageKey?: string;
  rightsGrant?: { termsVersion: string; scopes: ContentScope[] };
};

const CAPTION_MAX = SUBMISSION_LIMITS.caption;

/**
 * Post link, platform, caption and an optional screenshot with a live preview, and the content
 * rights when the program offers terms: used to submit a post for a challenge and to resubmit one
 * after the reviewer asked for changes, with the same checks both times. The caption counts
 * against the server's own limit; a post that lacks something the challenge asks for is sent only
 * after the ambassador confirms it.
 */
export function PostForm({
  programId,
  requirements,
  rights,
  initial,
  submitLabel,
  onSend,
  onCancel,
}: {
  /** Where the screenshot is uploaded. */
  programId: string;
  requirements?: Requirements | undefined;
  /** The program's content terms, when the post may carry a grant. */
  rights?: RightsOffer | undefined;
  /** The post as it was: given, the form resubmits it. */
  initial?: PostInput;
  submitLabel: string;
  /** Sends the post; resolves once the API accepted it. */
  onSend: (input: PostInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const allowed = requirements?.platforms.length ? requirements.platforms : [...PLATFORMS];
  const [postUrl, setPostUrl] = useState(initial?.postUrl ?? '');
  const [platform, setPlatform] = useState<Platform>(initial?.platform ?? allowed[0] ?? 'instagram');
  const [platformChosen, setPlatformChosen] = useState(initial !== undefined);
  const [caption, setCaption] = useState(initial?.caption ?? '');
  const [proof, setProof] = useState<Proof | undefined>();
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [scopes, setScopes] = useState<ContentScope[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const send = useAction(async (input: PostInput) => {
    await onSend(input);
    setConfirming(false);
    if (!initial) {
      setPostUrl('');
      setCaption('');
      setProof(undefined);
      setPlatformChosen(false);
      setTried(false);
      setScopes([]);
    }
  });

  const onLink = (value: string) => {
    setPostUrl(value);
    const detected = platformOfLink(value);
    if (!platformChosen && detected && allowed.includes(detected)) setPlatform(detected);
  };
  // One rule for links: https:// is added to a bare address, and http:// is refused in words.
  const link = withHttps(postUrl);
  const check = link ? normalizePostUrl(link, platform) : undefined;
  const linkProblem = check && !check.ok ? postUrlProblemText(check.problem) : undefined;
  const flags = requirements ? checkCaption(caption, platform, requirements) : [];
  const captionOver = caption.length > CAPTION_MAX;
  const apiErrors = fieldErrors(send.error);
  const linkError = tried
    ? !postUrl.trim()
      ? t('ambassadorPosts.form.linkMissing')
      : (linkProblem ?? apiErrors.postUrl)
    : apiErrors.postUrl;
  const captionError = captionOver
    ? t('ambassadorPosts.form.captionTooLong', { max: CAPTION_MAX })
    : apiErrors.caption;
  const rightsError =
    tried && rights?.required && scopes.length === 0
      ? t('ambassadorPosts.form.rightsNeeded')
      : (apiErrors['rightsGrant.termsVersion'] ?? apiErrors['rightsGrant.scopes'] ?? apiErrors.rightsGrant);
  const shownAtFields = Boolean(
    apiErrors.postUrl || apiErrors.caption || apiErrors.proofImageKey || rightsError,
  );

  const sendNow = () =>
    void send.run({
      postUrl: link,
      platform,
      caption,
      ...(proof ? { proofImageKey: proof.key } : {}),
      ...(rights && scopes.length ? { rightsGrant: { termsVersion: rights.terms.version, scopes } } : {}),
    });
  const fixFirst = () => {
    setConfirming(false);
    formRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  };

  return (
    <form
      class="post-form stack"
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!postUrl.trim() || linkProblem || captionOver) return;
        if (rights?.required && scopes.length === 0) return;
        if (flags.length > 0) setConfirming(true);
        else sendNow();
      }}
    >
      <TextField
        label={t('ambassadorPosts.form.link')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder={t('ambassadorPosts.form.link.placeholder')}
        hint={t('ambassadorPosts.form.link.hint')}
        error={linkError}
        value={postUrl}
        onValue={onLink}
      />
      <SelectField
        label={t('ambassadorPosts.form.platform')}
        value={platform}
        onValue={(value) => {
          setPlatform(value as Platform);
          setPlatformChosen(true);
        }}
        options={allowed.map((p) => ({ value: p, label: platformName(p) }))}
      />
      <TextArea
        label={t('ambassadorPosts.form.caption')}
        hint={
          <>
            {t('ambassadorPosts.form.caption.hint')}{' '}
            <CharacterCount length={caption.length} max={CAPTION_MAX} />
          </>
        }
        error={captionError}
        value={caption}
        onValue={setCaption}
        rows={3}
      />
      <ProofField
        programId={programId}
        proof={proof}
        error={apiErrors.proofImageKey}
        onProof={(next) => {
          setProof(next);
          if (apiErrors.proofImageKey) send.clearError();
        }}
      />
      <PostPreview
        postUrl={postUrl}
        platform={platform}
        caption={caption}
        linkProblem={linkProblem}
        requirements={requirements}
        flags={flags}
      />
      {rights ? (
        <RightsFields offer={rights} scopes={scopes} onScopes={setScopes} error={rightsError} />
      ) : null}
      {send.error && !shownAtFields ? <ErrorNotice error={send.error} /> : null}
      {confirming && flags.length > 0 ? (
        <ConfirmMisses
          flags={flags}
          platform={platform}
          usesSlot={initial === undefined}
          busy={send.busy}
          onSend={sendNow}
          onFix={fixFirst}
        />
      ) : (
        <div class="actions">
          <Button type="submit" variant="primary" busy={send.busy}>
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="ghost" onClick={onCancel}>
              {t('ambassadorPosts.cancel')}
            </Button>
          ) : null}
        </div>
      )}
    </form>
  );
}

import { useState } from 'preact/hooks';
import { checkCaption } from '../../../../shared/submissions/caption-check.ts';
import {
  normalizePostUrl,
  PLATFORMS,
  type Platform,
  platformLabel,
} from '../../../../shared/submissions/post-url.ts';
import { fieldErrors } from '../../api/client.ts';
import type { ContentScope } from '../../api/content.ts';
import { Button, ErrorNotice, SelectField, TextArea, TextField } from '../../ui/kit.tsx';
import { useAction } from '../../use-request.ts';
import { type Proof, ProofField } from './proof-field.tsx';
import { RightsFields, type RightsOffer } from './rights-fields.tsx';

export type PostInput = {
  postUrl: string;
  platform: Platform;
  caption: string;
  proofImageKey?: string;
  rightsGrant?: { termsVersion: string; scopes: ContentScope[] };
};
type Requirements = {
  platforms: Platform[];
  hashtags: string[];
  mentions: string[];
  disclosureRequired: boolean;
};

const HOSTS: [RegExp, Platform][] = [
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)youtube\.com$|^youtu\.be$/, 'youtube'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)facebook\.com$|^fb\.watch$/, 'facebook'],
];

function parseUrl(text: string): URL | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The platform a link's host belongs to, if it is one of the social platforms. */
export function platformOfLink(text: string): Platform | undefined {
  const host = parseUrl(text)?.hostname.toLowerCase();
  if (!host) return undefined;
  return HOSTS.find(([pattern]) => pattern.test(host))?.[1];
}

/** The account a post link names, where the platform puts it in the path; else the path. */
function whoOrWhat(url: URL, platform: Platform | undefined): string {
  const parts = url.pathname.split('/').filter(Boolean);
  const first = parts[0] ?? '';
  switch (platform) {
    case 'instagram':
      return parts.length >= 3 && !['p', 'reel', 'reels', 'tv'].includes(first) ? `@${first}` : url.pathname;
    case 'tiktok':
    case 'x':
      if (first.startsWith('@')) return first;
      return parts[1] === 'status' || parts[1] === 'statuses' ? `@${first}` : url.pathname;
    case 'facebook':
      return parts.length >= 3 ? first : url.pathname;
    default:
      return `${url.pathname}${url.search}`;
  }
}

const TAG = /([#@][\p{L}\p{M}\p{N}_.]*[\p{L}\p{M}\p{N}_])/u;

/** A caption with its hashtags and mentions marked (not by colour alone: they are bold). */
export function Caption({ text }: { text: string }) {
  if (!text) return null;
  const parts = text.split(TAG);
  return (
    <p class="caption">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} class={part.startsWith('#') ? 'hashtag' : 'mention'}>
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** What the post will look like to the reviewer, built from the link itself (no server preview). */
function PostPreview({ input, requirements }: { input: PostInput; requirements: Requirements | undefined }) {
  const url = parseUrl(input.postUrl);
  const check = input.postUrl.trim() ? normalizePostUrl(input.postUrl, input.platform) : undefined;
  const flags = requirements ? checkCaption(input.caption, input.platform, requirements) : [];
  const wanted = requirements
    ? [...requirements.hashtags, ...requirements.mentions].length + (requirements.disclosureRequired ? 1 : 0)
    : 0;
  return (
    <section class="post-preview" aria-label="Preview">
      <p class="small muted">Preview</p>
      {url ? (
        <div class="preview-head">
          <strong>{platformLabel(input.platform)}</strong>
          <span class="muted"> · {url.hostname}</span>
          <div class="preview-who">{whoOrWhat(url, platformOfLink(input.postUrl) ?? input.platform)}</div>
        </div>
      ) : (
        <p class="muted">Paste your post's link to see it here.</p>
      )}
      <Caption text={input.caption} />
      {check && !check.ok ? <p class="preview-problem">Link: {check.reason}.</p> : null}
      {requirements && wanted > 0 && (input.caption || input.postUrl) ? (
        flags.length ? (
          <ul class="checks">
            {flags.map((flag) => (
              <li key={flag.code + (flag.value ?? '')}>
                <span aria-hidden="true">✗ </span>
                {flag.message}
              </li>
            ))}
          </ul>
        ) : (
          <p class="checks-ok">
            <span aria-hidden="true">✓ </span>The caption has everything the challenge asks for.
          </p>
        )
      ) : null}
    </section>
  );
}

/**
 * Post link, platform, caption and an optional screenshot with a live preview, and the content
 * rights when the program offers terms: used to submit a post for a challenge and to resubmit one
 * after the reviewer asked for changes.
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
  const [scopes, setScopes] = useState<ContentScope[]>([]);
  const send = useAction(async (input: PostInput) => {
    await onSend(input);
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
  const check = postUrl.trim() ? normalizePostUrl(postUrl, platform) : undefined;
  const apiErrors = fieldErrors(send.error);
  const linkError = tried
    ? !postUrl.trim()
      ? 'Paste the link to your post'
      : check && !check.ok
        ? check.reason
        : apiErrors.postUrl
    : apiErrors.postUrl;
  const rightsError =
    tried && rights?.required && scopes.length === 0
      ? 'This challenge needs content rights: tick at least one use'
      : (apiErrors['rightsGrant.termsVersion'] ?? apiErrors['rightsGrant.scopes'] ?? apiErrors.rightsGrant);

  return (
    <form
      class="post-form stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!postUrl.trim() || (check && !check.ok)) return;
        if (rights?.required && scopes.length === 0) return;
        void send.run({
          postUrl: postUrl.trim(),
          platform,
          caption,
          ...(proof ? { proofImageKey: proof.key } : {}),
          ...(rights && scopes.length ? { rightsGrant: { termsVersion: rights.terms.version, scopes } } : {}),
        });
      }}
    >
      <TextField
        label="Post link"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://…"
        hint="The address of your post, copied from the app's share menu."
        error={linkError}
        value={postUrl}
        onValue={onLink}
      />
      <SelectField
        label="Platform"
        value={platform}
        onValue={(value) => {
          setPlatform(value as Platform);
          setPlatformChosen(true);
        }}
        options={allowed.map((p) => ({ value: p, label: platformLabel(p) }))}
      />
      <TextArea
        label="Caption"
        hint="Paste the caption as posted, so the reviewer can check the hashtags and disclosure."
        error={apiErrors.caption}
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
      <PostPreview input={{ postUrl, platform, caption }} requirements={requirements} />
      {rights ? (
        <RightsFields offer={rights} scopes={scopes} onScopes={setScopes} error={rightsError} />
      ) : null}
      {send.error && !apiErrors.postUrl && !apiErrors.proofImageKey && !rightsError ? (
        <ErrorNotice error={send.error} />
      ) : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={send.busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

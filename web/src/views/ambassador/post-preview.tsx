import type { CaptionFlag } from '../../../../shared/submissions/caption-check.ts';
import type { Platform } from '../../../../shared/submissions/post-url.ts';
import { t } from '../../i18n/i18n.ts';
import { platformName } from '../../ui/format.ts';
import { captionFlagText } from '../../ui/submission-words.ts';

/** What a challenge asks of a post, as the post form checks it. */
export type Requirements = {
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

/** How many things a challenge asks the caption for: hashtags, mentions and the disclosure. */
export function wantedCount(requirements: Requirements | undefined): number {
  if (!requirements) return 0;
  return (
    requirements.hashtags.length + requirements.mentions.length + (requirements.disclosureRequired ? 1 : 0)
  );
}

/**
 * What the post will look like to the reviewer, built from the link itself (no server preview),
 * with the live checks of the caption against what the challenge asks: the same on a first
 * submission and on a resubmission.
 */
export function PostPreview({
  postUrl,
  platform,
  caption,
  linkProblem,
  requirements,
  flags,
}: {
  postUrl: string;
  platform: Platform;
  caption: string;
  /** Why the link would be refused, if it would. */
  linkProblem: string | undefined;
  requirements: Requirements | undefined;
  /** What the caption lacks (checkCaption, as the server checks it). */
  flags: readonly CaptionFlag[];
}) {
  const url = parseUrl(postUrl);
  return (
    <section class="post-preview" aria-label={t('ambassadorPosts.preview')}>
      <p class="small muted">{t('ambassadorPosts.preview')}</p>
      {url ? (
        <div class="preview-head">
          <strong>{platformName(platform)}</strong>
          <span class="muted"> · {url.hostname}</span>
          <div class="preview-who">{whoOrWhat(url, platformOfLink(postUrl) ?? platform)}</div>
        </div>
      ) : (
        <p class="muted">{t('ambassadorPosts.preview.empty')}</p>
      )}
      <Caption text={caption} />
      {linkProblem ? (
        <p class="preview-problem">{t('ambassadorPosts.preview.linkProblem', { problem: linkProblem })}</p>
      ) : null}
      {wantedCount(requirements) > 0 && (caption || postUrl) ? (
        flags.length ? (
          <ul class="checks">
            {flags.map((flag) => (
              <li key={flag.code + (flag.value ?? '')}>
                <span aria-hidden="true">✗ </span>
                {captionFlagText(flag, platform)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="checks-ok">
            <span aria-hidden="true">✓ </span>
            {t('ambassadorPosts.preview.allThere')}
          </p>
        )
      ) : null}
    </section>
  );
}

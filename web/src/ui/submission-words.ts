import type { CaptionFlag } from '../../../shared/submissions/caption-check.ts';
import type { Platform, PostUrlProblem } from '../../../shared/submissions/post-url.ts';
import { t } from '../i18n/i18n.ts';
import { platformName } from './format.ts';

/**
 * What a caption lacks, in the reader's language: the flag's code and value (the hashtag or
 * mention), and the platform, whose own paid-partnership label the disclosure sentence names.
 * English reads as the flag's own `message`, which the API sends.
 */
export function captionFlagText(flag: Pick<CaptionFlag, 'code' | 'value'>, platform: string): string {
  switch (flag.code) {
    case 'hashtag_missing':
      return t('sentences.caption.hashtag', { tag: flag.value ?? '' });
    case 'mention_missing':
      return t('sentences.caption.mention', { handle: flag.value ?? '' });
    default:
      return t('sentences.caption.disclosure', { platform });
  }
}

/** Why a post link was refused (normalizePostUrl's `problem`), in the reader's language. */
export function postUrlProblemText(problem: PostUrlProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('sentences.link.empty');
    case 'too_long':
      return t('sentences.link.tooLong', { max: problem.max });
    case 'invalid':
      return t('sentences.link.invalid');
    case 'http':
      return t('sentences.link.http');
    case 'credentials':
      return t('sentences.link.credentials');
    case 'ip_address':
      return t('sentences.link.ipAddress');
    case 'localhost':
      return t('sentences.link.localhost');
    case 'no_domain':
      return t('sentences.link.noDomain');
    case 'choose_platform':
      return t('sentences.link.choosePlatform', { owner: problem.owner, label: label(problem.owner) });
    case 'other_platform':
      return t('sentences.link.otherPlatform', {
        owner: problem.owner,
        ownerLabel: label(problem.owner),
        platform: problem.platform,
        label: label(problem.platform),
      });
    case 'not_a_post':
      return t('sentences.link.notAPost', {
        platform: problem.platform,
        label: label(problem.platform),
        example: problem.example,
      });
  }
}

const label = (platform: Platform) => platformName(platform);

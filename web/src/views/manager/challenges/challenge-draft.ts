import { optionalNumberOf, wordsOf } from '../../../ui/field-text.ts';
import type { DraftState } from '../../../ui/use-draft.ts';
import { fromZoneInput, toZoneInput } from '../helpers.tsx';
import {
  type Challenge,
  type CreateBody,
  PLATFORMS,
  type Platform,
  type ReachMetric,
  type UpdateBody,
} from './challenges-api.ts';

/** A challenge as typed in its form. */
export type ChallengeDraft = {
  title: string;
  brief: string;
  points: string;
  slots: string;
  minTier: string;
  prerequisites: string[];
  salesGoal: string;
  maxPosts: string;
  platforms: Platform[];
  hashtags: string;
  mentions: string;
  disclosure: boolean;
  /** Posts must come with a rights grant under the program's content terms. */
  rightsRequired: boolean;
  /** Points for a post whose verified figures reach a threshold, as typed. */
  reachBonuses: ReachBonusDraft[];
  /** Its own dates instead of a whole month. */
  customDates: boolean;
  opensAt: string;
  closesAt: string;
};

export type ReachBonusDraft = { metric: ReachMetric; atLeast: string; points: string };

/** Where the form is: the program's clock for custom dates, and the month the picker shows. */
export type FormPlace = { month: string; timeZone: string };

/** An open (or closed) challenge's ambassadors may have posted: only its words can change. */
export const isOpen = (challenge: Challenge | undefined): boolean =>
  challenge?.published === true && challenge.status !== 'scheduled';

/** The draft of a challenge to edit, or of a new one (100 points, every platform, disclosure on). */
export function challengeDraft(challenge: Challenge | undefined, timeZone: string): ChallengeDraft {
  return {
    title: challenge?.title ?? '',
    brief: challenge?.brief ?? '',
    points: String(challenge?.points ?? 100),
    slots: challenge?.slots ? String(challenge.slots) : '',
    minTier: challenge?.minTier ?? '',
    prerequisites: challenge?.prerequisites ?? [],
    salesGoal: challenge?.salesGoal ? String(challenge.salesGoal) : '',
    maxPosts: String(challenge?.maxSubmissionsPerAmbassador ?? 1),
    platforms: challenge?.requirements.platforms ?? [...PLATFORMS],
    hashtags: challenge?.requirements.hashtags.join(' ') ?? '',
    mentions: challenge?.requirements.mentions.join(' ') ?? '',
    disclosure: challenge?.requirements.disclosureRequired ?? true,
    rightsRequired: challenge?.rightsRequired ?? false,
    reachBonuses: (challenge?.reachBonuses ?? []).map((b) => ({
      metric: b.metric,
      atLeast: String(b.atLeast),
      points: String(b.points),
    })),
    customDates: challenge !== undefined && !challenge.month,
    // Custom dates are typed and shown on the program's clock, like its months.
    opensAt: challenge ? toZoneInput(challenge.opensAt, timeZone) : '',
    closesAt: challenge ? toZoneInput(challenge.closesAt, timeZone) : '',
  };
}

/** What a new challenge and a scheduled one's edit both send. */
function settings(draft: ChallengeDraft, challenge: Challenge | undefined, { month, timeZone }: FormPlace) {
  return {
    title: draft.title,
    brief: draft.brief,
    ...(draft.customDates
      ? { opensAt: fromZoneInput(draft.opensAt, timeZone), closesAt: fromZoneInput(draft.closesAt, timeZone) }
      : { month: challenge?.month ?? month }),
    points: Number(draft.points),
    requirements: {
      platforms: draft.platforms,
      hashtags: wordsOf(draft.hashtags),
      mentions: wordsOf(draft.mentions),
      disclosureRequired: draft.disclosure,
    },
    maxSubmissionsPerAmbassador: Number(draft.maxPosts),
    prerequisites: draft.prerequisites,
    rightsRequired: draft.rightsRequired,
  };
}

const bonusesOf = (draft: ChallengeDraft) =>
  draft.reachBonuses.map((b) => ({ metric: b.metric, atLeast: Number(b.atLeast), points: Number(b.points) }));

/** A new challenge as the API takes it: an empty optional field is left out. */
export function createBody(draft: ChallengeDraft, place: FormPlace): CreateBody {
  const slots = optionalNumberOf(draft.slots);
  const salesGoal = optionalNumberOf(draft.salesGoal);
  return {
    ...settings(draft, undefined, place),
    ...(slots === undefined ? {} : { slots }),
    ...(draft.minTier ? { minTier: draft.minTier } : {}),
    ...(salesGoal === undefined ? {} : { salesGoal }),
    ...(draft.reachBonuses.length ? { reachBonuses: bonusesOf(draft) } : {}),
  };
}

/** A challenge's edit as the API takes it: an emptied optional field is cleared (null). */
export function updateBody(draft: ChallengeDraft, challenge: Challenge, place: FormPlace): UpdateBody {
  if (isOpen(challenge)) return { title: draft.title, brief: draft.brief };
  return {
    ...settings(draft, challenge, place),
    slots: optionalNumberOf(draft.slots) ?? null,
    minTier: draft.minTier || null,
    salesGoal: optionalNumberOf(draft.salesGoal) ?? null,
    reachBonuses: bonusesOf(draft),
  };
}

/** What each part of the challenge form is given. */
export type FormSection = {
  form: DraftState<ChallengeDraft>;
  errorFor: (path: string) => string | undefined;
  /** The challenge is open: its settings are shown but cannot change. */
  locked: boolean;
};

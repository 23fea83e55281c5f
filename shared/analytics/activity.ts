import { isOwnOrder } from '../conversions/own-order.ts';
import { isCodeOnly } from '../reports/sales-contribution.ts';

/**
 * The activity stream: every meaningful action of an ambassador, once, derived from the
 * table's own changes (so nothing on the request path writes it, and nothing is missed).
 */
export const ACTIVITY_TYPES = [
  'applied',
  'approved',
  'challenge_viewed',
  'submitted',
  'post_approved',
  'link_shared',
  'clicked',
  'sold',
  'invited',
  'badge_earned',
  'tier_up',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export type ActivityDraft = {
  programId: string;
  userId: string;
  type: ActivityType;
  /** When it happened (ISO); the timeline orders by it. */
  at: string;
  /** What it came from, unique per activity: the same source never makes two activities. */
  source: string;
  challengeId?: string | undefined;
  /** submitted, post_approved: the post's platform. */
  platform?: string | undefined;
  /** post_approved: hours from submission to approval. */
  reviewHours?: number | undefined;
  /** sold: the order amount (minor units). */
  amount?: number | undefined;
  /** sold: the code alone earned it (no click within the window). */
  codeOnly?: boolean | undefined;
  /** approved: recruited by another ambassador. */
  recruited?: boolean | undefined;
};

type Image = Record<string, unknown> | undefined;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const HOUR_MS = 3_600_000;

/**
 * The activities one table change stands for (most changes stand for none). Clicks give
 * one `clicked` per ambassador per UTC day, at the end of that day, whichever click comes first.
 * @throws Error for a record that cannot be read (a time that is not a time): the stream
 *   handler reports it, and after the retries it is parked.
 */
export function activitiesOf(change: ChangeImages): ActivityDraft[] {
  const drafts = draftsOf(change);
  for (const draft of drafts) {
    if (!/^\d{4}-\d{2}-\d{2}T/.test(draft.at) || Number.isNaN(Date.parse(draft.at)))
      throw new Error(`unreadable ${draft.type} activity: at=${draft.at}`);
  }
  return drafts;
}

type ChangeImages = { eventName: string; newImage: Image; oldImage: Image };

function draftsOf(change: ChangeImages): ActivityDraft[] {
  const next = change.newImage;
  const prev = change.oldImage;
  if (!next) return [];
  const programId = str(next.programId);
  if (!programId) return [];
  const base = (userId: string, type: ActivityType, at: string, source: string) => ({
    programId,
    userId,
    type,
    at,
    source,
  });
  switch (next.entity) {
    case 'membership': {
      const userId = String(next.userId);
      if (next.role !== 'ambassador') return [];
      const drafts: ActivityDraft[] = [];
      if (next.status === 'pending' && prev?.status !== 'pending') {
        const count = Number(next.applicationCount ?? 1);
        drafts.push(base(userId, 'applied', String(next.statusAt), `application:${userId}:${count}`));
        const recruiter = str(next.recruitedBy);
        if (recruiter && count === 1 && !prev)
          drafts.push(base(recruiter, 'invited', String(next.statusAt), `invite:${userId}`));
      }
      if (next.status === 'approved' && prev?.status === 'pending') {
        drafts.push({
          ...base(
            userId,
            'approved',
            String(next.statusAt),
            `approval:${userId}:${Number(next.applicationCount ?? 1)}`,
          ),
          recruited: Boolean(str(next.recruitedBy)),
        });
      }
      return drafts;
    }
    case 'challengeView':
      return change.eventName === 'INSERT'
        ? [
            {
              ...base(
                String(next.userId),
                'challenge_viewed',
                String(next.at),
                `view:${String(next.challengeId)}`,
              ),
              challengeId: str(next.challengeId),
            },
          ]
        : [];
    case 'submission': {
      const userId = String(next.userId);
      const challengeId = str(next.challengeId);
      const platform = str(next.platform);
      const drafts: ActivityDraft[] = [];
      if (next.status === 'pending' && prev?.status !== 'pending') {
        drafts.push({
          ...base(
            userId,
            'submitted',
            String(next.submittedAt),
            `submission:${String(next.submissionId)}:v${Number(next.version)}`,
          ),
          challengeId,
          platform,
        });
      }
      if (next.status === 'approved' && prev?.status !== 'approved') {
        const reviewedAt = String(next.reviewedAt ?? next.updatedAt);
        drafts.push({
          ...base(userId, 'post_approved', reviewedAt, `approval:${String(next.submissionId)}`),
          challengeId,
          platform,
          reviewHours: Math.max(
            0,
            Math.floor((Date.parse(reviewedAt) - Date.parse(String(next.submittedAt))) / HOUR_MS),
          ),
        });
      }
      return drafts;
    }
    case 'trackedLink': {
      const userId = str(next.userId);
      return change.eventName === 'INSERT' && userId
        ? [
            {
              ...base(
                userId,
                'link_shared',
                String(next.createdAt),
                `link:${String(next.code)}/${String(next.slug)}`,
              ),
              challengeId: str(next.challengeId),
            },
          ]
        : [];
    }
    case 'click': {
      // One action per ambassador per UTC day that their links got clicks, standing at the end of
      // that day: the same place whichever of the day's clicks the stream delivers first (clicks
      // land on different shards, so their order is not kept).
      const day = String(next.at).slice(0, 10);
      return change.eventName === 'INSERT'
        ? [
            {
              ...base(String(next.userId), 'clicked', `${day}T23:59:59.999Z`, `clicks:${day}`),
              challengeId: str(next.challengeId),
            },
          ]
        : [];
    }
    case 'conversion': {
      if (change.eventName !== 'INSERT' || next.status !== 'attributed') return [];
      const flags = Array.isArray(next.flags) ? next.flags.map(String) : [];
      if (isOwnOrder(flags)) return [];
      const attribution = next.attribution as
        | { ambassadorId?: string; challengeId?: string; via?: string; codeOnly?: boolean }
        | undefined;
      if (!attribution?.ambassadorId) return [];
      return [
        {
          ...base(attribution.ambassadorId, 'sold', String(next.occurredAt), `order:${String(next.orderId)}`),
          challengeId: attribution.challengeId,
          amount: Number(next.amount ?? 0),
          ...(isCodeOnly(attribution) ? { codeOnly: true } : {}),
        },
      ];
    }
    case 'badgeAward':
      return change.eventName === 'INSERT'
        ? [base(String(next.userId), 'badge_earned', String(next.awardedAt), `badge:${String(next.badgeId)}`)]
        : [];
    case 'tierMove':
      // Tiers follow lifetime points, which only grow: every move is up.
      return change.eventName === 'INSERT'
        ? [
            base(
              String(next.userId),
              'tier_up',
              String(next.at),
              `tier:${String(next.to)}:${String(next.at)}`,
            ),
          ]
        : [];
    default:
      return [];
  }
}

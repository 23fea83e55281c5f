import { METRICS_COUNTED } from '../content/metrics-rules.ts';
import { tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { putOnce, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { Deltas, tierAt } from './activity.store.ts';
import { ANALYTICS_ROW } from './analytics-rows.ts';
import type { Counters } from './counters.ts';

type Image = Record<string, unknown> | undefined;

/** A change of what an approved post counts for (its figures), as the rollups add it. */
export type ReachChange = {
  programId: string;
  userId: string;
  submissionId: string;
  challengeId: string;
  platform: string;
  /** The post's approval instant: its figures count in that month (UTC), as its approval does. */
  approvedAt: string;
  /** The post's figures version after the change: each version is added once. */
  version: number;
  /** `m_reach`, `m_views`, `m_impressions`, `m_engagements`, and `m_posts` (posts with figures). */
  delta: Counters;
};

const figuresOf = (image: Image) => (image?.metrics ?? undefined) as Record<string, unknown> | undefined;

/**
 * The change a submission's stream record makes to the reach rollups: the new counted figures
 * less the old ones. Undefined when its figures did not change.
 */
export function reachChangeOf(change: {
  eventName: string;
  newImage: Image;
  oldImage: Image;
}): ReachChange | undefined {
  const next = change.newImage;
  if (change.eventName !== 'MODIFY' || next?.entity !== ENTITY.submission) return undefined;
  const version = Number(next.metricsVersion ?? 0);
  if (version === Number(change.oldImage?.metricsVersion ?? 0)) return undefined;
  const after = figuresOf(next);
  const before = figuresOf(change.oldImage);
  const delta: Counters = {};
  for (const metric of METRICS_COUNTED)
    delta[`m_${metric}`] = Number(after?.[metric] ?? 0) - Number(before?.[metric] ?? 0);
  delta.m_posts = (after ? 1 : 0) - (before ? 1 : 0);
  if (Object.values(delta).every((v) => v === 0)) return undefined;
  return {
    programId: String(next.programId),
    userId: String(next.userId),
    submissionId: String(next.submissionId),
    challengeId: String(next.challengeId),
    platform: String(next.platform),
    approvedAt: String(next.reviewedAt ?? next.updatedAt),
    version,
    delta,
  };
}

/**
 * Adds a post's change of figures to the month's counters (in total, per challenge, per
 * platform, per tier) and to the ambassador's reach totals, once per figures version: a
 * redelivered record finds its claim and adds nothing. Deltas add up in any order, so records
 * of one post arriving out of order still sum to its latest figures.
 * @returns false when the change was added before.
 */
export async function recordReachChange(change: ReachChange): Promise<boolean> {
  const { programId, userId, delta } = change;
  const month = change.approvedAt.slice(0, 7);
  const tier = await tierAt(programId, userId, change.approvedAt);
  const d = new Deltas(programId);
  for (const row of [
    ANALYTICS_ROW.total,
    ANALYTICS_ROW.challenge(change.challengeId),
    ANALYTICS_ROW.platform(change.platform),
    ANALYTICS_ROW.tier(tier),
  ]) {
    for (const [name, value] of Object.entries(delta)) d.add(month, row, name, value);
  }
  const changes = Object.entries(delta).filter(([, v]) => v !== 0);
  return retryOptimistic('The reach rollups are busy', async () => {
    const written = await transact({
      claim: putOnce({
        ...keys.activitySource(programId, userId, `metrics:${change.submissionId}:${change.version}`),
        entity: ENTITY.activitySource,
        at: change.approvedAt,
      }),
      counters: d.updates(),
      ambassador: {
        Update: {
          TableName: tableName,
          Key: keys.reachTotals(programId, userId),
          UpdateExpression: `SET entity = :entity, programId = :programId, userId = :userId ADD ${changes
            .map((_, i) => `#a${i} :a${i}`)
            .join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(changes.map(([name], i) => [`#a${i}`, name])),
          ExpressionAttributeValues: {
            ':entity': ENTITY.reachTotals,
            ':programId': programId,
            ':userId': userId,
            ...Object.fromEntries(changes.map(([, v], i) => [`:a${i}`, v])),
          },
        },
      },
    });
    if (written.ok) return true;
    if (written.failed.has('claim')) return false;
    // Another consumer was adding to the same counters at that moment.
    if (written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

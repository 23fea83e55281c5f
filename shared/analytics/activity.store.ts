import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths } from '../challenges/month-window.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { putOnce, type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { getProgram } from '../programs/program.store.ts';
import type { ActivityDraft, ActivityType } from './activity.ts';
import { ANALYTICS_ROW } from './analytics-rows.ts';

/** Two actions of one ambassador form a transition when the second comes within this many days. */
export const CHAIN_WINDOW_DAYS = 30;
const WINDOW_MS = CHAIN_WINDOW_DAYS * 86_400_000;
const HOUR_MS = 3_600_000;
/** Gap and review-time histograms count whole hours up to this; longer ones share the last bucket. */
export const MAX_HOURS = CHAIN_WINDOW_DAYS * 24;

type Step = { sk: string; type: ActivityType; at: string; challengeId?: string };

/** Analytics counters are kept per calendar month (UTC) of the action that opens them. */
const monthOfAt = (at: string) => at.slice(0, 7);
const hoursBetween = (a: Step, b: Step) =>
  Math.min(MAX_HOURS, Math.max(0, Math.floor((Date.parse(b.at) - Date.parse(a.at)) / HOUR_MS)));
const within = (a: Step, b: Step) => Date.parse(b.at) - Date.parse(a.at) <= WINDOW_MS;

/** Counter deltas, merged per item: one update per item however many changes touch it. */
export class Deltas {
  private readonly items = new Map<
    string,
    { key: { pk: string; sk: string }; month: string; add: Map<string, number> }
  >();
  constructor(private readonly programId: string) {}
  add(month: string, row: string, attribute: string, delta: number): void {
    const key = keys.analytics(this.programId, month, row);
    const id = `${key.pk}|${key.sk}`;
    const item = this.items.get(id) ?? { key, month, add: new Map() };
    item.add.set(attribute, (item.add.get(attribute) ?? 0) + delta);
    this.items.set(id, item);
  }
  updates(): TransactItem[] {
    return [...this.items.values()].flatMap(({ key, month, add }) => {
      const changes = [...add.entries()].filter(([, v]) => v !== 0);
      if (changes.length === 0) return [];
      return [
        {
          Update: {
            TableName: tableName,
            Key: key,
            UpdateExpression: `SET entity = :entity, programId = :programId, #month = :month ADD ${changes
              .map((_, i) => `#a${i} :a${i}`)
              .join(', ')}`,
            ExpressionAttributeNames: {
              '#month': 'month',
              ...Object.fromEntries(changes.map(([name], i) => [`#a${i}`, name])),
            },
            ExpressionAttributeValues: {
              ':entity': ENTITY.analytics,
              ':programId': this.programId,
              ':month': month,
              ...Object.fromEntries(changes.map(([, v], i) => [`:a${i}`, v])),
            },
          },
        },
      ];
    });
  }
}

/** Adds (sign 1) or takes back (sign −1) a pair of consecutive actions. */
function pair(d: Deltas, a: Step, b: Step, sign: 1 | -1): void {
  if (!within(a, b)) return;
  const month = monthOfAt(a.at);
  d.add(month, ANALYTICS_ROW.transition(a.type, b.type), 'n', sign);
  d.add(month, ANALYTICS_ROW.transition(a.type, b.type), `g${hoursBetween(a, b)}`, sign);
  d.add(month, ANALYTICS_ROW.followed(a.type), 'continued', sign);
  if (a.type === 'post_approved' && a.challengeId)
    d.add(month, ANALYTICS_ROW.challengeChain(a.challengeId), 'continued', sign);
}

/** Adds or takes back a chain of three consecutive actions, each within the window of the last. */
function triple(
  d: Deltas,
  a: Step | undefined,
  b: Step | undefined,
  c: Step | undefined,
  sign: 1 | -1,
): void {
  if (!a || !b || !c || !within(a, b) || !within(b, c)) return;
  d.add(monthOfAt(a.at), `T3#${a.type}#${b.type}#${c.type}`, 'n', sign);
}

async function neighbours(
  programId: string,
  userId: string,
  sk: string,
): Promise<{ before: Step[]; after: Step[] }> {
  const query = (forward: boolean) =>
    db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.activityPartition(programId, userId),
          ':from': forward ? sk : '0',
          ':to': forward ? '9~' : sk,
        },
        ScanIndexForward: forward,
        Limit: 3,
        ConsistentRead: true,
      }),
    );
  const [after, before] = await Promise.all([query(true), query(false)]);
  const steps = (items: Record<string, unknown>[] | undefined) =>
    (items ?? [])
      .filter((item) => item.sk !== sk)
      .slice(0, 2)
      .map((item) => ({
        sk: String(item.sk),
        type: item.type as ActivityType,
        at: String(item.at),
        ...(typeof item.challengeId === 'string' ? { challengeId: item.challengeId } : {}),
      }));
  return { before: steps(before.Items), after: steps(after.Items) };
}

const firstTiers = new Map<string, { tier: string; until: number }>();

/** The program's first tier, cached for a minute (programs rarely change their tiers). */
async function firstTier(programId: string): Promise<string> {
  const cached = firstTiers.get(programId);
  if (cached && cached.until > Date.now()) return cached.tier;
  const tier = (await getProgram(programId)).tiers[0]?.id ?? 'base';
  firstTiers.set(programId, { tier, until: Date.now() + 60_000 });
  return tier;
}

/**
 * The ambassador's tier just before a moment: their last tier move strictly before it, else the
 * program's first tier. A move at the same instant is the action's own doing, and another
 * consumer may write it after this one runs: "before" gives the same answer either way.
 */
export async function tierAt(programId: string, userId: string, at: string): Promise<string> {
  const partition = keys.tierMove(programId, userId, '');
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': partition.pk,
        ':from': partition.sk,
        ':to': `${partition.sk}${at}`,
      },
      ScanIndexForward: false,
      Limit: 2,
      ConsistentRead: true,
    }),
  );
  const moved = Items?.find((item) => item.sk !== `${partition.sk}${at}`)?.to;
  if (typeof moved === 'string') return moved;
  return firstTier(programId);
}

export async function exists(key: { pk: string; sk: string }): Promise<boolean> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return Item !== undefined;
}

/**
 * Records one activity, once (its source is claimed), and folds it into the analytics in the
 * same transaction: the month's KPI counters (in total, per challenge, per tier), monthly
 * active and retained ambassadors, and the chains. An action that lands between two others
 * (a late or backdated event) takes back the transition and chains they formed and adds the
 * new ones, so the counters always equal a recount of the timeline. The ambassador's timeline
 * version serialises their activities.
 * @returns false when the source was recorded before.
 */
export async function recordActivity(draft: ActivityDraft): Promise<boolean> {
  const { programId, userId } = draft;
  const claimKey = keys.activitySource(programId, userId, draft.source);
  if (await exists(claimKey)) return false; // most repeats (a day's later clicks) stop here
  const tier = await tierAt(programId, userId, draft.at);
  const step: Step = {
    sk: `${draft.at}#${draft.type}#${draft.source}`,
    type: draft.type,
    at: draft.at,
    ...(draft.challengeId ? { challengeId: draft.challengeId } : {}),
  };
  const month = monthOfAt(draft.at);
  return retryOptimistic(`The timeline of ${userId} is changing too fast`, async () => {
    const [{ Item: timeline }, claimed] = await Promise.all([
      db.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.activityTimeline(programId, userId),
          ConsistentRead: true,
        }),
      ),
      exists(claimKey),
    ]);
    if (claimed) return false;
    const version = typeof timeline?.version === 'number' ? timeline.version : 0;
    // Read after the version: anything that changes them bumps it, and the write checks it.
    const activeKey = keys.activeMonth(programId, month, userId);
    const later = addMonths(month, 1);
    const [{ before, after }, activeAlready, activeBefore, activeLater] = await Promise.all([
      neighbours(programId, userId, step.sk),
      exists(activeKey),
      exists(keys.activeMonth(programId, addMonths(month, -1), userId)),
      exists(keys.activeMonth(programId, later, userId)),
    ]);
    const [p1, p2] = before;
    const [s1, s2] = after;

    const d = new Deltas(programId);
    const kpiRows = [
      ANALYTICS_ROW.total,
      ANALYTICS_ROW.tier(tier),
      ...(draft.challengeId ? [ANALYTICS_ROW.challenge(draft.challengeId)] : []),
      ...(draft.platform ? [ANALYTICS_ROW.platform(draft.platform)] : []),
    ];
    for (const row of kpiRows) {
      d.add(month, row, `n_${draft.type}`, 1);
      if (draft.type === 'post_approved' && draft.reviewHours !== undefined)
        d.add(month, row, `rv${Math.min(MAX_HOURS, draft.reviewHours)}`, 1);
      if (draft.type === 'sold') d.add(month, row, 'revenue', draft.amount ?? 0);
      if (draft.type === 'sold' && draft.codeOnly) {
        d.add(month, row, 'n_sold_code_only', 1);
        d.add(month, row, 'codeOnlyRevenue', draft.amount ?? 0);
      }
      if (draft.type === 'approved' && draft.recruited) d.add(month, row, 'n_recruited', 1);
    }
    if (draft.type === 'post_approved' && draft.challengeId)
      d.add(month, ANALYTICS_ROW.challengeChain(draft.challengeId), 'completions', 1);
    // The chains: what the new action breaks and what it makes.
    if (p1 && s1) pair(d, p1, s1, -1);
    if (p1) pair(d, p1, step, 1);
    if (s1) pair(d, step, s1, 1);
    triple(d, p2, p1, s1, -1);
    triple(d, p1, s1, s2, -1);
    triple(d, p2, p1, step, 1);
    triple(d, p1, step, s1, 1);
    triple(d, step, s1, s2, 1);

    // Monthly active ambassadors, and who stayed from one month to the next.
    if (!activeAlready) {
      for (const row of [ANALYTICS_ROW.total, ANALYTICS_ROW.tier(tier)]) d.add(month, row, 'active', 1);
      if (activeBefore) d.add(month, ANALYTICS_ROW.total, 'retained', 1);
      if (activeLater) d.add(later, ANALYTICS_ROW.total, 'retained', 1);
    }
    const written = await transact({
      claim: putOnce({ ...claimKey, entity: ENTITY.activitySource, at: draft.at }),
      timeline: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.activityTimeline(programId, userId),
            entity: ENTITY.activityTimeline,
            version: version + 1,
          },
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
          ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': version } }),
        },
      },
      activity: {
        Put: {
          TableName: tableName,
          Item: {
            pk: keys.activityPartition(programId, userId),
            sk: step.sk,
            entity: ENTITY.activity,
            ...draft,
            tier,
          },
        },
      },
      activeMonth: activeAlready
        ? undefined
        : { Put: { TableName: tableName, Item: { ...activeKey, entity: ENTITY.activeMonth, tier } } },
      counters: d.updates(),
    });
    if (written.ok) return true;
    if (written.failed.has('claim')) return false;
    if (written.failed.has('timeline') || written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

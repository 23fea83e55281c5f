import { createHash } from 'node:crypto';
import { GetCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { batchGetAll } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS } from '../platform/db/table.ts';
import {
  MAX_TRANSACTION_ITEMS,
  putOnce,
  type TransactItem,
  transact,
  unexpectedCancellation,
} from '../platform/db/transact.ts';
import { isConditionFailure } from '../platform/db/transactions.ts';
import { NO_CHALLENGE, ROLLUP } from './rollup-rows.ts';

/**
 * Report rollups: running sums per program, per period (a UTC day, its month, all time) and per
 * row (the program's total, each ambassador, each challenge). The stream aggregator adds each
 * change's contribution once; reports read rollups, never the raw clicks and orders, so their
 * cost follows the size of the answer, not of the history.
 */
export const MEASURES = [
  'clicks',
  /** Visits past the burst threshold from one IP (see countClicks): kept apart, never in `clicks`. */
  'suspiciousClicks',
  'orders',
  'revenue',
  'refunds',
  /** Of `orders` and `revenue`, those a code alone earned (no click within the window). */
  'codeOnlyOrders',
  'codeOnlyRevenue',
  'commissionPending',
  'commissionApproved',
  'commissionPaid',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Partial<Record<Measure, number>>;

export type Contribution = {
  programId: string;
  /** The UTC day the event counts on (a click's time, an order's time). */
  day: string;
  ambassadorId: string;
  challengeId?: string | undefined;
  measures: Measures;
};

export const periodsOfDay = (day: string) => [ROLLUP.day(day), ROLLUP.month(day.slice(0, 7)), ROLLUP.allTime];

export const rowsOf = (c: Pick<Contribution, 'ambassadorId' | 'challengeId'>) => [
  ROLLUP.total,
  ROLLUP.ambassador(c.ambassadorId),
  ROLLUP.challenge(c.challengeId ?? NO_CHALLENGE),
];

type Pending = {
  key: { pk: string; sk: string };
  period: string;
  row: string;
  programId: string;
  measures: Measures;
};

/** Contributions merged per rollup item: one update per item, however many events touch it. */
export function mergeContributions(contributions: Contribution[]): Pending[] {
  const merged = new Map<string, Pending>();
  for (const c of contributions) {
    for (const period of periodsOfDay(c.day)) {
      for (const row of rowsOf(c)) {
        const key = keys.rollup(c.programId, period, row);
        const id = `${key.pk}|${key.sk}`;
        const entry = merged.get(id) ?? { key, period, row, programId: c.programId, measures: {} };
        for (const [measure, value] of Object.entries(c.measures) as Array<[Measure, number]>) {
          entry.measures[measure] = (entry.measures[measure] ?? 0) + value;
        }
        merged.set(id, entry);
      }
    }
  }
  return [...merged.values()].filter((entry) => Object.values(entry.measures).some((v) => v !== 0));
}

/**
 * An ambassador's row is ranked in its period by net revenue (revenue − refunds): the index's
 * partition, and what this change adds to its sort key (0 for clicks alone, so the row is ranked
 * from its first click, below every seller).
 */
export function salesRanking(entry: Pick<Pending, 'programId' | 'period' | 'row' | 'measures'>) {
  if (!entry.row.startsWith(ROLLUP.ambassadorPrefix)) return undefined;
  return {
    [ACCESS_PATTERNS.salesRanking.partitionKey]: keys.salesRankingPartition(entry.programId, entry.period),
    [ACCESS_PATTERNS.salesRanking.sortKey]: (entry.measures.revenue ?? 0) - (entry.measures.refunds ?? 0),
  };
}

export function rollupUpdate(entry: Pending): TransactItem {
  const measures = Object.entries(entry.measures).filter(([, v]) => v !== 0);
  const ranking = salesRanking(entry);
  const { partitionKey, sortKey } = ACCESS_PATTERNS.salesRanking;
  return {
    Update: {
      TableName: tableName,
      Key: entry.key,
      UpdateExpression: `SET entity = :entity, programId = :programId, period = :period, #row = :row${
        ranking ? `, ${partitionKey} = :rankedIn` : ''
      } ADD ${[...measures.map(([m]) => `${m} :${m}`), ...(ranking ? [`${sortKey} :netRevenue`] : [])].join(', ')}`,
      ExpressionAttributeNames: { '#row': 'row' },
      ExpressionAttributeValues: {
        ':entity': ENTITY.rollup,
        ':programId': entry.programId,
        ':period': entry.period,
        ':row': entry.row,
        ...Object.fromEntries(measures.map(([m, v]) => [`:${m}`, v])),
        ...(ranking ? { ':rankedIn': ranking[partitionKey], ':netRevenue': ranking[sortKey] } : {}),
      },
    },
  };
}

const MARK_TTL_SECONDS = 3 * 86_400; // longer than a stream keeps records (24 h)

/**
 * Adds one stream record's contributions once: a mark keyed by the record's event id goes in
 * the same transaction, so a redelivery adds nothing. @returns false when already applied.
 */
export async function applyOnce(eventId: string, contributions: Contribution[]): Promise<boolean> {
  const updates = mergeContributions(contributions).map(rollupUpdate);
  if (updates.length === 0) return false;
  // Consumers of other shards add to the same totals at the same time: the retry backs off, and
  // the mark makes a retry safe.
  return retryOptimistic('The report rollups are changing too fast', async () => {
    const written = await transact({
      mark: putOnce({
        ...keys.rollupMark(eventId),
        entity: ENTITY.rollupMark,
        expiresAt: Math.floor(Date.now() / 1000) + MARK_TTL_SECONDS,
      }),
      updates,
    });
    if (written.ok) return true;
    if (written.failed.has('mark')) return false;
    if (written.conflict) return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

export type ClickToCount = {
  programId: string;
  ambassadorId: string;
  challengeId?: string | undefined;
  at: string;
  clickId: string;
  /** One counted click per visitor per link per hour: the claim on this key is the dedupe. */
  visitKey: string;
  /** The visitor's keyed IP hash: a burst from one IP is counted apart. */
  ipHash?: string | undefined;
};

/**
 * Counted visits from one hashed IP in one program and UTC hour, across all its links, after
 * which that IP's further visits that hour count as `suspiciousClicks`, not `clicks`. A person
 * makes a handful; a household or office behind one address a few more; twenty distinct
 * link-and-browser visits in an hour is a script (one browser re-clicking one link counts once
 * an hour anyway). The first twenty still count: the report shows the rest apart.
 */
export const BURST_VISITS_PER_IP_HOUR = 20;

/**
 * The visits an IP-hour's burst item holds as claims (digests of their visit keys): one write per
 * IP and hour claims them and counts them together. Past this many (a burst, far over the
 * threshold), a visit claims its own item, so the burst item stays under 1 KB, one unit a write.
 */
export const VISITS_HELD_PER_IP_HOUR = 40;

const hourOf = (at: string) => at.slice(0, 13);
const hourEnds = (at: string) => Math.floor(Date.parse(`${hourOf(at)}:00:00.000Z`) / 1000) + 3600;
const burstKey = (click: ClickToCount) =>
  click.ipHash ? keys.ipBurst(click.programId, click.ipHash, hourOf(click.at)) : undefined;
const burstIds = (clicks: ClickToCount[]) =>
  new Set(
    clicks.flatMap((click) =>
      click.ipHash ? [`${click.programId}#${click.ipHash}#${hourOf(click.at)}`] : [],
    ),
  );
/** A visit key's claim in its burst item: 96 bits of its hash, 16 characters. */
const visitDigest = (visitKey: string) =>
  createHash('sha256').update(visitKey).digest('base64url').slice(0, 16);

type Burst = {
  key: { pk: string; sk: string };
  seen: number;
  held: Set<string>;
  add: number;
  claims: string[];
  at: string;
};

/**
 * Reads the burst items of these clicks' IPs and hours, and sorts the clicks: visits claimed
 * before (in the item) are dropped; new ones are claimed in the item while it has room, else by
 * a visit item of their own (`ownClaims`); those past the threshold are suspicious.
 */
async function classify(chunk: ClickToCount[]) {
  const wanted = new Map<string, { pk: string; sk: string }>();
  for (const click of chunk) {
    const key = burstKey(click);
    if (key) wanted.set(key.pk, key);
  }
  const stored = new Map(
    (await batchGetAll([...wanted.values()], true)).map((item) => [String(item.pk), item]),
  );
  const bursts = new Map<string, Burst>();
  const suspicious = new Set<ClickToCount>();
  const fresh: ClickToCount[] = [];
  const ownClaims: ClickToCount[] = [];
  for (const click of [...chunk].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    const key = burstKey(click);
    if (!key) {
      fresh.push(click);
      ownClaims.push(click);
      continue;
    }
    let burst = bursts.get(key.pk);
    if (!burst) {
      const item = stored.get(key.pk);
      const held = item?.visits instanceof Set ? (item.visits as Set<string>) : new Set<string>();
      burst = { key, seen: Number(item?.n ?? 0), held, add: 0, claims: [], at: click.at };
      bursts.set(key.pk, burst);
    }
    const digest = visitDigest(click.visitKey);
    if (burst.held.has(digest)) continue; // counted before: a redelivery
    if (burst.held.size < VISITS_HELD_PER_IP_HOUR) {
      burst.held.add(digest);
      burst.claims.push(digest);
    } else ownClaims.push(click);
    if (burst.seen + burst.add >= BURST_VISITS_PER_IP_HOUR) suspicious.add(click);
    burst.add++;
    fresh.push(click);
  }
  const updates: TransactItem[] = [...bursts.values()]
    .filter((burst) => burst.add > 0)
    .map((burst) => ({
      Update: {
        TableName: tableName,
        Key: burst.key,
        UpdateExpression: `SET entity = :entity, expiresAt = :expiresAt ADD #n :add${
          burst.claims.length > 0 ? ', visits :claims' : ''
        }`,
        // Versioned on what was read (every change adds to `n`): a consumer of another shard
        // that moved it makes this retry, so the claims read are the claims there are.
        ConditionExpression: burst.seen === 0 ? 'attribute_not_exists(#n)' : '#n = :seen',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: {
          ':entity': ENTITY.ipBurst,
          ':expiresAt': hourEnds(burst.at) + 3600,
          ':add': burst.add,
          ...(burst.claims.length > 0 ? { ':claims': new Set(burst.claims) } : {}),
          ...(burst.seen === 0 ? {} : { ':seen': burst.seen }),
        },
      },
    }));
  return { fresh, ownClaims, suspicious, updates };
}

/**
 * Counts a run of clicks: each claims its visit (once per visitor per link per hour, which also
 * makes a redelivered click count nothing) in its IP's burst item for the hour, which counts the
 * IP's visits too (past {@link BURST_VISITS_PER_IP_HOUR} they count as `suspiciousClicks`
 * instead of `clicks`); a click without an IP hash, or past the item's room, claims a visit item
 * of its own. The counted ones are added to the rollups with one update per item, all in one
 * transaction. Claims that fail (already counted) are dropped and the rest tried again. A viral
 * code's rollups take one write per run, not per click.
 * @returns how many clicks counted, and how many of them as suspicious.
 */
export async function countClicks(clicks: ClickToCount[]): Promise<{ counted: number; suspicious: number }> {
  let counted = 0;
  let suspiciousCount = 0;
  let rest = [...new Map(clicks.map((click) => [click.visitKey, click])).values()];
  const size = (run: ClickToCount[]) =>
    run.length + burstIds(run).size + mergeContributions(run.map((c) => asContribution(c, false))).length * 2;
  while (rest.length > 0) {
    // As many clicks as fit one transaction with their burst counters and merged updates (a
    // row may take both measures, so its updates are counted twice to be safe).
    let take = rest.length;
    while (take > 1 && size(rest.slice(0, take)) > MAX_TRANSACTION_ITEMS) take = Math.floor(take / 2);
    let chunk = rest.slice(0, take);
    rest = rest.slice(take);
    const done = await retryOptimistic('The click rollups are changing too fast', async () => {
      const { fresh, ownClaims, suspicious, updates } = await classify(chunk);
      // A redelivery: every visit was counted before, and nothing is left to write.
      if (fresh.length === 0) return { counted: 0, suspicious: 0 };
      const written = await transact({
        visits: ownClaims.map((click) =>
          putOnce({
            ...keys.visit(click.visitKey),
            entity: ENTITY.visit,
            clickId: click.clickId,
            ...(suspicious.has(click) ? { suspicious: true } : {}),
            expiresAt: hourEnds(click.at) + 3600,
          }),
        ),
        bursts: updates,
        rollups: mergeContributions(fresh.map((click) => asContribution(click, suspicious.has(click)))).map(
          rollupUpdate,
        ),
      });
      if (written.ok) return { counted: fresh.length, suspicious: suspicious.size };
      // Visits already counted are dropped and the rest tried again; a moved burst counter or
      // a concurrent writer, the same clicks again.
      const claimed = new Set((written.failed.get('visits') ?? []).map((i) => ownClaims[i]));
      if (claimed.size > 0) chunk = chunk.filter((click) => !claimed.has(click));
      else if (!(written.failed.has('bursts') || written.conflict)) throw unexpectedCancellation(written);
      return TRY_AGAIN;
    });
    counted += done.counted;
    suspiciousCount += done.suspicious;
  }
  return { counted, suspicious: suspiciousCount };
}

function asContribution(click: ClickToCount, suspicious: boolean): Contribution {
  return {
    programId: click.programId,
    day: click.at.slice(0, 10),
    ambassadorId: click.ambassadorId,
    challengeId: click.challengeId,
    measures: suspicious ? { suspiciousClicks: 1 } : { clicks: 1 },
  };
}

/**
 * Ranks ambassadors' rollup rows written before the sales ranking existed (a table deployed
 * earlier): each `A#` row whose ranking is missing or not its net revenue gets it, conditioned on
 * the revenue and refunds just read, so a rollup update in between makes it read again rather
 * than write a stale figure. Rows the rollups update afterwards stay right: they add to a right
 * figure. Safe to run again (`npm run admin -- rank-sales`): it scans the table, or only
 * `programId`'s rows.
 * @returns how many rows it ranked, and how many changed under it five times running (busy
 *   rows the rollups keep updating: a run again ranks them).
 */
export async function rankLegacyRollups(
  options: { programId?: string } = {},
): Promise<{ ranked: number; busy: number }> {
  const scan = async (startKey?: Record<string, unknown>) => {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: `entity = :rollup AND begins_with(sk, :ambassador)${options.programId ? ' AND programId = :programId' : ''}`,
        ExpressionAttributeValues: {
          ':rollup': ENTITY.rollup,
          ':ambassador': ROLLUP.ambassadorPrefix,
          ...(options.programId ? { ':programId': options.programId } : {}),
        },
        ExclusiveStartKey: startKey,
      }),
    );
    return { items: page.Items ?? [], next: page.LastEvaluatedKey };
  };
  const { partitionKey, sortKey } = ACCESS_PATTERNS.salesRanking;
  let ranked = 0;
  let busy = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await scan(startKey);
    for (const item of page.items) {
      if (item.entity !== ENTITY.rollup || !String(item.sk).startsWith(ROLLUP.ambassadorPrefix)) continue;
      let row: Record<string, unknown> | undefined = item;
      let attempt = 0;
      for (; row && attempt < 5; attempt++) {
        const revenue = Number(row.revenue ?? 0);
        const refunds = Number(row.refunds ?? 0);
        const partition = keys.salesRankingPartition(String(row.programId), String(row.period));
        if (row[partitionKey] === partition && row[sortKey] === revenue - refunds) break;
        const same = (name: string, value: number) =>
          value === 0 ? `(attribute_not_exists(#${name}) OR #${name} = :zero)` : `#${name} = :${name}`;
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: { pk: row.pk, sk: row.sk },
              UpdateExpression: `SET ${partitionKey} = :rankedIn, ${sortKey} = :net`,
              ConditionExpression: `attribute_exists(pk) AND ${same('revenue', revenue)} AND ${same('refunds', refunds)}`,
              ExpressionAttributeNames: { '#revenue': 'revenue', '#refunds': 'refunds' },
              ExpressionAttributeValues: {
                ':rankedIn': partition,
                ':net': revenue - refunds,
                ...(revenue === 0 || refunds === 0 ? { ':zero': 0 } : {}),
                ...(revenue === 0 ? {} : { ':revenue': revenue }),
                ...(refunds === 0 ? {} : { ':refunds': refunds }),
              },
            }),
          );
          ranked++;
          break;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          row = (
            await db.send(
              new GetCommand({ TableName: tableName, Key: { pk: row.pk, sk: row.sk }, ConsistentRead: true }),
            )
          ).Item;
        }
      }
      if (row && attempt === 5) busy++;
    }
    startKey = page.next;
  } while (startKey);
  return { ranked, busy };
}

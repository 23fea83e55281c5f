import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { ENTITY, keys } from '../db/keys.ts';
import { cancellationReasons, failedConditions } from '../db/transactions.ts';
import type { TransactItem } from '../points/plan-points-award.ts';

/**
 * Report rollups: running sums per program, per period (a UTC day, its month, all time) and per
 * row (the program's total, each ambassador, each challenge). The stream aggregator adds each
 * change's contribution once; reports read rollups, never the raw clicks and orders, so their
 * cost follows the size of the answer, not of the history.
 */
export const MEASURES = [
  'clicks',
  'orders',
  'revenue',
  'refunds',
  'commissionPending',
  'commissionApproved',
  'commissionPaid',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Partial<Record<Measure, number>>;

/** `-`: the row of sales that came through no challenge's link. */
export const NO_CHALLENGE = '-';

export type Contribution = {
  programId: string;
  /** The UTC day the event counts on (a click's time, an order's time). */
  day: string;
  ambassadorId: string;
  challengeId?: string | undefined;
  measures: Measures;
};

export const periodsOfDay = (day: string) => [`D${day}`, `M${day.slice(0, 7)}`, 'ALL'];

export const rowsOf = (c: Pick<Contribution, 'ambassadorId' | 'challengeId'>) => [
  'TOTAL',
  `A#${c.ambassadorId}`,
  `C#${c.challengeId ?? NO_CHALLENGE}`,
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

export function rollupUpdate(entry: Pending): TransactItem {
  const measures = Object.entries(entry.measures).filter(([, v]) => v !== 0);
  return {
    Update: {
      TableName: tableName,
      Key: entry.key,
      UpdateExpression: `SET entity = :entity, programId = :programId, period = :period, #row = :row ADD ${measures
        .map(([m]) => `${m} :${m}`)
        .join(', ')}`,
      ExpressionAttributeNames: { '#row': 'row' },
      ExpressionAttributeValues: {
        ':entity': ENTITY.rollup,
        ':programId': entry.programId,
        ':period': entry.period,
        ':row': entry.row,
        ...Object.fromEntries(measures.map(([m, v]) => [`:${m}`, v])),
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
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeOnce(eventId, updates);
    } catch (error) {
      // Consumers of other shards add to the same totals at the same time: back off, try again
      // (the mark makes a retry safe).
      if (!cancellationReasons(error).includes('TransactionConflict') || attempt >= MAX_CONFLICT_RETRIES)
        throw error;
      await backoff(attempt);
    }
  }
}

const MAX_CONFLICT_RETRIES = 10;
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1000, 20 * 2 ** attempt)));

async function writeOnce(eventId: string, updates: TransactItem[]): Promise<boolean> {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.rollupMark(eventId),
                entity: ENTITY.rollupMark,
                expiresAt: Math.floor(Date.now() / 1000) + MARK_TTL_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...updates,
        ],
      }),
    );
    return true;
  } catch (error) {
    if (failedConditions(error).includes(0)) return false;
    throw error;
  }
}

export type ClickToCount = {
  programId: string;
  ambassadorId: string;
  challengeId?: string | undefined;
  at: string;
  clickId: string;
  /** One counted click per visitor per link per hour: the claim on this key is the dedupe. */
  visitKey: string;
};

const MAX_TRANSACTION_ITEMS = 100;

/**
 * Counts a run of clicks: each claims its visit (once per visitor per link per hour, which also
 * makes a redelivered click count nothing), and the counted ones are added to the rollups with
 * one update per item, all in one transaction. Claims that fail (already counted) are dropped
 * and the rest tried again. A viral code's rollups take one write per run, not per click.
 * @returns how many clicks counted.
 */
export async function countClicks(clicks: ClickToCount[]): Promise<number> {
  let counted = 0;
  let rest = [...new Map(clicks.map((click) => [click.visitKey, click])).values()];
  while (rest.length > 0) {
    // As many clicks as fit one transaction with their merged updates.
    let take = rest.length;
    while (
      take > 1 &&
      take + mergeContributions(rest.slice(0, take).map(asContribution)).length > MAX_TRANSACTION_ITEMS
    )
      take = Math.floor(take / 2);
    let chunk = rest.slice(0, take);
    rest = rest.slice(take);
    for (let attempt = 0; chunk.length > 0; attempt++) {
      const hourEnds = (at: string) => Math.floor(Date.parse(`${at.slice(0, 13)}:00:00.000Z`) / 1000) + 3600;
      const items: TransactItem[] = [
        ...chunk.map((click) => ({
          Put: {
            TableName: tableName,
            Item: {
              ...keys.visit(click.visitKey),
              entity: ENTITY.visit,
              clickId: click.clickId,
              expiresAt: hourEnds(click.at) + 3600,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
        ...mergeContributions(chunk.map(asContribution)).map(rollupUpdate),
      ];
      try {
        await db.send(new TransactWriteCommand({ TransactItems: items }));
        counted += chunk.length;
        break;
      } catch (error) {
        const failed = new Set(failedConditions(error));
        if (failed.size > 0) chunk = chunk.filter((_, i) => !failed.has(i));
        else if (
          !cancellationReasons(error).includes('TransactionConflict') ||
          attempt >= MAX_CONFLICT_RETRIES
        )
          throw error;
        else await backoff(attempt);
      }
    }
  }
  return counted;
}

function asContribution(click: ClickToCount): Contribution {
  return {
    programId: click.programId,
    day: click.at.slice(0, 10),
    ambassadorId: click.ambassadorId,
    challengeId: click.challengeId,
    measures: { clicks: 1 },
  };
}

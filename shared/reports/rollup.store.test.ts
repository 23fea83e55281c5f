import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { db, tableName } from '../platform/db/client.ts';
import { keys } from '../platform/db/keys.ts';
import {
  BURST_VISITS_PER_IP_HOUR,
  type ClickToCount,
  countClicks,
  rankLegacyRollups,
  VISITS_HELD_PER_IP_HOUR,
} from './rollup.store.ts';
import { rankedAmbassadors } from './rollup-reader.store.ts';

/** countClicks against DynamoDB Local: the burst counter per IP and hour under parallel consumers. */
const visits = (programId: string, ipHash: string | undefined, at: string, count: number, tag: string) =>
  Array.from(
    { length: count },
    (_, i): ClickToCount => ({
      programId,
      ambassadorId: 'amb-1',
      at,
      clickId: newId(),
      visitKey: `CODE#${tag}-${i}#${ipHash ?? '-'}.ua${i}#${at.slice(0, 13)}`,
      ipHash,
    }),
  );
const read = async (key: { pk: string; sk: string }) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
const total = (programId: string, day: string) => read(keys.rollup(programId, `D${day}`, 'TOTAL'));

describe('countClicks and bursts from one IP', () => {
  it('counts past the threshold as suspicious, exactly, when two consumers count one IP at once, and a redelivery adds nothing', async () => {
    // Prepare: thirty visits from one IP in one hour, split between two shards' consumers.
    const programId = newId();
    const at = '2026-11-22T10:15:00.000Z';
    const [left, right] = [
      visits(programId, 'ip-burst', at, 15, 'l'),
      visits(programId, 'ip-burst', at, 15, 'r'),
    ];

    // Act
    const results = await Promise.all([countClicks(left), countClicks(right)]);

    // Assess
    expect(results.reduce((sum, r) => sum + r.counted, 0)).toBe(30);
    expect(results.reduce((sum, r) => sum + r.suspicious, 0)).toBe(30 - BURST_VISITS_PER_IP_HOUR);
    expect(await total(programId, '2026-11-22')).toMatchObject({
      clicks: BURST_VISITS_PER_IP_HOUR,
      suspiciousClicks: 30 - BURST_VISITS_PER_IP_HOUR,
    });
    expect(await read(keys.rollup(programId, 'M2026-11', 'A#amb-1'))).toMatchObject({
      clicks: BURST_VISITS_PER_IP_HOUR,
      suspiciousClicks: 30 - BURST_VISITS_PER_IP_HOUR,
    });
    expect((await read(keys.ipBurst(programId, 'ip-burst', '2026-11-22T10')))?.n).toBe(30);

    expect(await countClicks([...left, ...right])).toEqual({ counted: 0, suspicious: 0 });
    expect(await total(programId, '2026-11-22')).toMatchObject({ clicks: BURST_VISITS_PER_IP_HOUR });
    expect((await read(keys.ipBurst(programId, 'ip-burst', '2026-11-22T10')))?.n).toBe(30);
  });

  it('counts each hour and each IP on its own, and clicks without an IP hash as ever', async () => {
    const programId = newId();
    const clicks = [
      ...visits(programId, 'ip-a', '2026-11-22T10:59:00.000Z', 15, 'a10'),
      ...visits(programId, 'ip-a', '2026-11-22T11:00:00.000Z', 15, 'a11'),
      ...visits(programId, 'ip-b', '2026-11-22T11:05:00.000Z', 15, 'b11'),
      ...visits(programId, undefined, '2026-11-22T11:10:00.000Z', 25, 'none'),
    ];

    expect(await countClicks(clicks)).toEqual({ counted: 70, suspicious: 0 });

    expect(await total(programId, '2026-11-22')).toMatchObject({ clicks: 70 });
    expect((await total(programId, '2026-11-22'))?.suspiciousClicks).toBeUndefined();
  });

  it('claims a visit in its IP-hour item, one write for both, and past the item’s room in a visit item of its own', async () => {
    // Prepare: ten more distinct visits from one IP than the burst item holds, one of them twice in the run.
    const programId = newId();
    const at = '2026-11-23T09:30:00.000Z';
    const clicks = visits(programId, 'ip-many', at, VISITS_HELD_PER_IP_HOUR + 10, 'm');
    const [first] = clicks;

    // Act
    const counted = await countClicks([...clicks, { ...(first as ClickToCount), clickId: newId() }]);

    // Assess: every distinct visit once; the held ones in the burst item, the rest on their own.
    expect(counted).toEqual({
      counted: VISITS_HELD_PER_IP_HOUR + 10,
      suspicious: VISITS_HELD_PER_IP_HOUR + 10 - BURST_VISITS_PER_IP_HOUR,
    });
    const burst = await read(keys.ipBurst(programId, 'ip-many', '2026-11-23T09'));
    expect(burst?.n).toBe(VISITS_HELD_PER_IP_HOUR + 10);
    const held = burst?.visits as Set<string> | undefined;
    expect(held?.size).toBe(VISITS_HELD_PER_IP_HOUR);
    expect(JSON.stringify([...(held ?? [])]).length).toBeLessThan(1000);
    expect(await read(keys.visit(String(first?.visitKey)))).toBeUndefined();
    expect(await read(keys.visit(String(clicks.at(-1)?.visitKey)))).toMatchObject({ suspicious: true });
    // A redelivery of the whole run counts nothing, held or not.
    expect(await countClicks(clicks)).toEqual({ counted: 0, suspicious: 0 });
    expect(await total(programId, '2026-11-23')).toMatchObject({
      clicks: BURST_VISITS_PER_IP_HOUR,
      suspiciousClicks: VISITS_HELD_PER_IP_HOUR + 10 - BURST_VISITS_PER_IP_HOUR,
    });
  });
});

describe('rows written before the sales ranking', () => {
  it('are ranked by their net revenue once, and a rerun changes nothing', async () => {
    // Prepare: two ambassadors' month rows as an older table holds them (no ranking attributes).
    const programId = newId();
    const legacy = (userId: string, revenue: number, refunds: number) => ({
      ...keys.rollup(programId, 'M2026-10', `A#${userId}`),
      entity: 'rollup',
      programId,
      period: 'M2026-10',
      row: `A#${userId}`,
      clicks: 3,
      revenue,
      refunds,
    });
    for (const item of [legacy('small', 1_000, 0), legacy('big', 9_000, 2_000), legacy('clicks-only', 0, 0)])
      await db.send(new PutCommand({ TableName: tableName, Item: item }));
    expect((await rankedAmbassadors(programId, 'M2026-10', 10, undefined)).rows).toEqual([]);
    // Act
    const ranked = await rankLegacyRollups({ programId });

    // Assess
    expect(ranked).toEqual({ ranked: 3, busy: 0 });
    const page = await rankedAmbassadors(programId, 'M2026-10', 10, undefined);
    expect(page.rows.map(([userId, totals]) => [userId, totals.revenue - totals.refunds])).toEqual([
      ['big', 7_000],
      ['small', 1_000],
      ['clicks-only', 0],
    ]);
    expect(await rankLegacyRollups({ programId })).toEqual({ ranked: 0, busy: 0 });
  });
});

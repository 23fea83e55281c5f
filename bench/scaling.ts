import { recordActivity } from '#shared/analytics/activity.store.ts';
import type { ActivityDraft } from '#shared/analytics/activity.ts';
import { getJourney } from '#shared/analytics/journey.service.ts';
import { conversionItem } from '#shared/conversions/conversion.store.ts';
import { putAll } from '#shared/platform/db/batch-write.ts';
import { ENTITY } from '#shared/platform/db/keys.ts';
import { getLeaderboard } from '#shared/points/get-leaderboard.service.ts';
import { statsItem } from '#shared/points/stats.store.ts';
import { createProgram } from '#shared/programs/create-program.service.ts';
import { CreateProgramSchema } from '#shared/programs/program.schema.ts';
import { referralReport } from '#shared/reports/referral-report.service.ts';
import { type Contribution, mergeContributions, salesRanking } from '#shared/reports/rollup.store.ts';
import { listSubmissions } from '#shared/submissions/list-submissions.service.ts';
import { submissionItem } from '#shared/submissions/submission.store.ts';
import { approvedAmbassadorItem, user } from './seed.ts';
import { summarize } from './stats.ts';

const SIZES = (process.env.SCALING_SIZES ?? '50,500,5000').split(',').map(Number);
const CONVERSIONS_PER_AMBASSADOR = 20;
const CLICKS_PER_CONVERSION = 5;
/** Ambassadors whose activity goes through the real analytics aggregator (see the method). */
const AGGREGATED_AMBASSADORS = 10;
const RUNS = Number(process.env.SCALING_RUNS ?? 20);

const admin = user('bench-admin', true);

/** The month the volume lands in: last month, so every day of it is history. */
function lastMonth() {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const days = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).getUTCDate();
  const month = start.toISOString().slice(0, 7);
  return { month, from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}`, days };
}

/**
 * A program with `size` approved ambassadors and their month: 20 orders each (with the clicks
 * before them) in the report rollups, points on the leaderboard, an approved and a pending
 * post each. Volume is written in batches of the items the stores and aggregators write.
 */
async function seedProgram(size: number) {
  const { month, days } = lastMonth();
  const program = await createProgram(
    admin,
    CreateProgramSchema.parse({
      name: `Scaling ${size}`,
      brandName: 'Bench',
      slug: `scaling-${size}-${Date.now().toString(36)}`,
      landingUrl: 'https://shop.example.com/',
      timeZone: 'UTC',
      currency: 'EUR',
    }),
  );
  const { programId } = program;
  const at = (ambassador: number, n: number) =>
    new Date(
      Date.parse(`${month}-01T00:00:00Z`) +
        ((ambassador * 7 + n * 3) % days) * 86_400_000 +
        ((ambassador + n) % 24) * 3_600_000,
    ).toISOString();
  const items: Record<string, unknown>[] = [];
  const contributions: Contribution[] = [];
  const drafts: ActivityDraft[] = [];
  for (let a = 0; a < size; a++) {
    const userId = `amb-${size}-${String(a).padStart(5, '0')}`;
    const joined = new Date(Date.parse(`${month}-01T00:00:00Z`) - 60 * 86_400_000).toISOString();
    items.push(approvedAmbassadorItem(programId, userId, `Ambassador ${a}`, joined));
    const points = (a * 37) % 1000;
    for (const period of [month, 'all']) {
      items.push(
        statsItem({
          programId,
          userId,
          period,
          displayName: `Ambassador ${a}`,
          points,
          lifetimePoints: points,
          approvedPosts: 1,
          activeMonths: [month],
          sales: CONVERSIONS_PER_AMBASSADOR,
          recruits: 0,
          badges: [],
          version: 1,
          updatedAt: joined,
        }),
      );
    }
    for (const [s, status] of (['approved', 'pending'] as const).entries()) {
      const submittedAt = at(a, s);
      items.push(
        submissionItem({
          submissionId: `${userId}-post-${s}`,
          programId,
          challengeId: 'bench-challenge',
          userId,
          authorName: `Ambassador ${a}`,
          postUrl: `https://www.instagram.com/p/${userId}${s}/`,
          platform: 'instagram',
          caption: 'Loving it #ad',
          status,
          version: 1,
          flags: [],
          submittedAt,
          updatedAt: submittedAt,
          kudos: 0,
        } as Parameters<typeof submissionItem>[0]),
      );
    }
    for (let n = 0; n < CONVERSIONS_PER_AMBASSADOR; n++) {
      const occurredAt = at(a, n);
      const amount = 1000 + ((a * 31 + n * 17) % 9000);
      items.push(
        conversionItem(
          {
            programId,
            orderId: `order-${userId}-${n}`,
            amount,
            currency: 'EUR',
            occurredAt,
            status: 'attributed',
            attribution: { via: 'code', code: `CODE${a}`, ambassadorId: userId },
            flags: [],
            refundedAmount: 0,
            recordedAt: occurredAt,
            fingerprint: `bench-${a}-${n}`,
          },
          'bench-key',
        ),
      );
      contributions.push({
        programId,
        day: occurredAt.slice(0, 10),
        ambassadorId: userId,
        measures: {
          clicks: CLICKS_PER_CONVERSION,
          orders: 1,
          revenue: amount,
          commissionPending: Math.round(amount / 10),
        },
      });
      if (a < AGGREGATED_AMBASSADORS)
        drafts.push({
          programId,
          userId,
          type: n % 4 === 0 ? 'submitted' : n % 4 === 1 ? 'post_approved' : n % 4 === 2 ? 'clicked' : 'sold',
          at: occurredAt,
          source: `bench:${userId}:${n}`,
          ...(n % 4 === 3 ? { amount } : {}),
        } as ActivityDraft);
    }
  }
  // What the report aggregator would have summed, one item per rollup row.
  for (const entry of mergeContributions(contributions)) {
    items.push({
      ...entry.key,
      entity: ENTITY.rollup,
      programId,
      period: entry.period,
      row: entry.row,
      ...entry.measures,
      ...salesRanking(entry),
    });
  }
  const started = Date.now();
  const chunks = 8;
  const per = Math.ceil(items.length / chunks);
  await Promise.all(Array.from({ length: chunks }, (_, i) => putAll(items.slice(i * per, (i + 1) * per))));
  for (const draft of drafts.sort((x, y) => x.at.localeCompare(y.at))) await recordActivity(draft);
  return { programId, items: items.length, seedSeconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * Issue 7 §5: the read paths a manager, a brand and an ambassador hit most, at 50, 500 and
 * 5,000 ambassadors (about 20 orders each), timed alternately across the sizes in one run.
 */
export async function benchScaling() {
  const { month, from, to } = lastMonth();
  const programs = [];
  for (const size of SIZES) programs.push({ size, ...(await seedProgram(size)) });
  const paths = {
    'leaderboard, top 50': (programId: string) =>
      getLeaderboard(admin, programId, { period: month, limit: 50 }),
    'referral report for the month, by ambassador: the first page of 50, top sellers first': (
      programId: string,
    ) => referralReport(admin, programId, { from, to, groupBy: 'ambassador', limit: 50 }),
    'referral report for the month, by day': (programId: string) =>
      referralReport(admin, programId, { from, to, groupBy: 'day' }),
    'journey KPIs for the month': (programId: string) =>
      getJourney(admin, programId, { from: month, to: month }),
    'review queue, first page': (programId: string) => listSubmissions(admin, programId, { limit: 20 }),
  } as const;
  const samples = new Map<string, number[]>();
  for (let run = -2; run < RUNS; run++) {
    for (const [path, read] of Object.entries(paths)) {
      for (const { size, programId } of programs) {
        const started = performance.now();
        await read(programId);
        const ms = performance.now() - started;
        if (run < 0) continue; // warm-up rounds
        const key = `${path}|${size}`;
        samples.set(key, [...(samples.get(key) ?? []), ms]);
      }
    }
  }
  const smallest = SIZES[0] as number;
  const largest = SIZES.at(-1) as number;
  const results = Object.keys(paths).map((path) => {
    const bySize = Object.fromEntries(
      SIZES.map((size) => [size, summarize(samples.get(`${path}|${size}`) ?? [])]),
    );
    const ratio = Math.round(((bySize[largest]?.p50 ?? 0) / (bySize[smallest]?.p50 || 1)) * 100) / 100;
    return {
      path,
      p50: Object.fromEntries(SIZES.map((s) => [s, bySize[s]?.p50])),
      ratioP50: ratio,
      meets: ratio <= 1.5,
    };
  });
  return {
    name: 'Scaling curves: read paths at 50, 500 and 5,000 ambassadors (about 20 orders each)',
    target: `p50 at ${largest} ambassadors ≤ 1.5× p50 at ${smallest}`,
    runs: RUNS,
    seeded: programs.map(({ size, items, seedSeconds }) => ({ size, items, seedSeconds })),
    results,
  };
}

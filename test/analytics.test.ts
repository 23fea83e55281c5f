import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, tableName } from '#shared/platform/db/client.ts';
import { handler as activityHandler } from '../functions/activity.handler.ts';
import { handler as rollups } from '../functions/rollups.handler.ts';
import { type StreamPoller, startStreamPoller } from '../local/stream-poller.ts';
import { FUNCTIONS } from '../shared/platform/routes.ts';
import { type Api, createUser, dynamoEndpoint, eventually, ok, startApi, type TestUser } from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/**
 * A program with a generated history (fixed seed): six months of applications, approvals,
 * challenge views, posts, reviews, links, clicks and sales by 36 ambassadors, written through
 * the API with the clock set to each moment. The analytics are then checked against a recount
 * made here from the test's own log of what it did.
 */
// The aggregator works through a few thousand stream records here; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

const SEED = 20_261_122;
const MONTHS = 6;
/** 36 in `npm test`; `ANALYTICS_PEOPLE=200 npx vitest run test/analytics.test.ts` for the full-size history. */
const PEOPLE = Number(process.env.ANALYTICS_PEOPLE ?? 36);
const NEWCOMERS_PER_MONTH = Math.ceil(PEOPLE / MONTHS);
/** More people act more often: the clock moves in smaller steps, so each month still fits. */
const PACE = Math.min(1, 36 / PEOPLE);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15';

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = mulberry32(SEED);
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

type Logged = {
  user: string;
  type: string;
  at: number;
  challengeId?: string;
  reviewHours?: number;
  amount?: number;
  recruited?: boolean;
};

let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let owner: TestUser;
let brand: TestUser;
let programId: string;
const log: Logged[] = [];
const clicksPerMonth = new Map<string, number>();
const captured: DynamoDBStreamEvent['Records'] = [];
const months: string[] = [];
let people: TestUser[] = [];

const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);

beforeAll(async () => {
  api = await startApi();
  // The activity consumer, with every record it is given kept for the replay below.
  const recording = (async (event: DynamoDBStreamEvent, context: never) => {
    captured.push(...event.Records);
    return activityHandler(event, context);
  }) as never;
  poller = await startStreamPoller({
    endpoint: dynamoEndpoint(),
    tableName,
    consumers: [
      { name: 'activity', handler: recording, ...FUNCTIONS.activity.stream },
      { name: 'rollups', handler: rollups as never, ...FUNCTIONS.rollups.stream },
    ],
    intervalMs: 50,
  });
  w = await world(api).program({
    tiers: [
      { id: 'member', name: 'Member', minPoints: 0 },
      { id: 'pro', name: 'Pro', minPoints: 300 },
    ],
    badges: [
      { id: 'first-post', name: 'First post', rule: { kind: 'approved_posts', count: 1 } },
      { id: 'first-sale', name: 'First sale', rule: { kind: 'first_sale' } },
    ],
    pointsPerSale: 0,
    pointsPerRecruit: 0,
  });
  ({ admin: owner, programId } = w);
  brand = await w.staff('brand');
  await w.apiKey(brand);
  people = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => createUser({ name: `gen${i}` })));
  await generateHistory(people);
}, 240_000);

afterAll(async () => {
  vi.useRealTimers();
  await poller.stop();
  await api.close();
});

/** Walks six months of program life through the API, logging what the analytics should see. */
async function generateHistory(applicants: TestUser[]): Promise<void> {
  const now = new Date();
  const approved: Array<{
    user: TestUser;
    code: string;
    approvedPosts: number;
    sold: boolean;
    posted: boolean;
  }> = [];
  const viewed = new Set<string>();
  const clickedDays = new Set<string>();
  let waiting = [...applicants];
  let post = 0;
  let ip = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (let m = MONTHS; m >= 1; m--) {
      const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1, 1);
      const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m + 1, 1);
      months.push(monthOf(start));
      let clock = start;
      const tick = (lo = 10, hi = 240) => {
        clock += Math.max(1, Math.round(between(lo, hi) * PACE)) * 60_000;
        vi.setSystemTime(clock);
        return clock;
      };
      tick();
      const { challengeId } = await w.challenge({
        title: `Month ${monthOf(start)}`,
        opensAt: new Date(start - HOUR).toISOString(),
        closesAt: new Date(end).toISOString(),
        points: 100,
      });

      // Applications, some through an ambassador's invite link, and decisions.
      const newcomers = waiting.slice(0, NEWCOMERS_PER_MONTH);
      waiting = waiting.slice(NEWCOMERS_PER_MONTH);
      const pending: Array<{ user: TestUser; recruitedBy?: string }> = [];
      for (const user of newcomers) {
        const recruiter =
          approved.length > 0 && chance(0.35) ? approved[between(0, approved.length - 1)] : undefined;
        const at = tick();
        await w.apply(user, recruiter ? { ref: recruiter.code } : {});
        log.push({ user: user.id, type: 'applied', at });
        if (recruiter) log.push({ user: recruiter.user.id, type: 'invited', at });
        pending.push({ user, ...(recruiter ? { recruitedBy: recruiter.user.id } : {}) });
      }
      for (const { user, recruitedBy } of pending) {
        if (!chance(0.85)) continue;
        const at = tick();
        const code = await w.approve(user);
        log.push({ user: user.id, type: 'approved', at, recruited: recruitedBy !== undefined });
        approved.push({ user, code, approvedPosts: 0, sold: false, posted: false });
      }

      // What the ambassadors do this month.
      const submissions: Array<{ id: string; version: number; user: (typeof approved)[number]; at: number }> =
        [];
      for (const ambassador of [...approved].sort(() => random() - 0.5)) {
        const id = ambassador.user.id;
        if (chance(0.7)) {
          const at = tick();
          ok(await api.call(ambassador.user, 'GET', `/api/programs/${programId}/challenges/${challengeId}`));
          if (!viewed.has(`${id}|${challengeId}`))
            log.push({ user: id, type: 'challenge_viewed', at, challengeId });
          viewed.add(`${id}|${challengeId}`);
          if (chance(0.6)) {
            const submittedAt = tick();
            const submission = await w.post(ambassador.user, challengeId, {
              postUrl: `https://www.instagram.com/p/GEN${post++}A/`,
              caption: 'A day out #ad',
            });
            log.push({ user: id, type: 'submitted', at: submittedAt, challengeId });
            submissions.push({
              id: submission.submissionId,
              version: submission.version,
              user: ambassador,
              at: submittedAt,
            });
          }
        }
        if (chance(0.2)) {
          const at = tick();
          ok(
            await api.call(ambassador.user, 'POST', `/api/programs/${programId}/links`, {
              destination: 'https://example.com/fiesta/offers',
            }),
            201,
          );
          log.push({ user: id, type: 'link_shared', at });
        }
        if (chance(0.5)) {
          for (let n = between(1, 3); n > 0; n--) {
            const at = tick();
            await w.click(ambassador.code, {
              userAgent: BROWSER,
              ip: `198.18.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`,
            });
            clicksPerMonth.set(monthOf(at), (clicksPerMonth.get(monthOf(at)) ?? 0) + 1);
            const day = new Date(at).toISOString().slice(0, 10);
            if (!clickedDays.has(`${id}|${day}`))
              log.push({ user: id, type: 'clicked', at: Date.parse(`${day}T23:59:59.999Z`) });
            clickedDays.add(`${id}|${day}`);
          }
          if (chance(0.4)) {
            const at = tick();
            const amount = between(1_000, 20_000);
            ok(
              await w.order({
                orderId: `GEN-${at}`,
                amount,
                referralCode: ambassador.code,
                occurredAt: new Date(at).toISOString(),
              }),
              201,
            );
            if (!ambassador.sold) log.push({ user: id, type: 'badge_earned', at });
            log.push({ user: id, type: 'sold', at, amount });
            ambassador.sold = true;
          }
        }
      }

      // Reviews, oldest first.
      for (const submission of submissions) {
        const at = tick(30, 600);
        const approve = chance(0.8);
        ok(
          await api.call(owner, 'POST', `/api/programs/${programId}/submissions/${submission.id}/review`, {
            decision: approve ? 'approve' : 'reject',
            version: submission.version,
            ...(approve ? {} : { feedback: 'Not this time' }),
          }),
        );
        if (!approve) continue;
        const ambassador = submission.user;
        ambassador.approvedPosts++;
        log.push({
          user: ambassador.user.id,
          type: 'post_approved',
          at,
          challengeId,
          reviewHours: Math.floor((at - submission.at) / HOUR),
        });
        if (ambassador.approvedPosts === 1) log.push({ user: ambassador.user.id, type: 'badge_earned', at });
        if (ambassador.approvedPosts === 3) log.push({ user: ambassador.user.id, type: 'tier_up', at });
      }
      expect(clock).toBeLessThan(end);
    }
  } finally {
    vi.useRealTimers();
  }
}

// ---------------------------------------------------------------------------------------------
// The recount: from the log alone.

const WINDOW = 30 * DAY;
const ORDER = (a: Logged, b: Logged) => a.at - b.at || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

function timelines(): Map<string, Logged[]> {
  const byUser = new Map<string, Logged[]>();
  for (const entry of log) byUser.set(entry.user, [...(byUser.get(entry.user) ?? []), entry]);
  for (const list of byUser.values()) list.sort(ORDER);
  return byUser;
}

const lowerMedian = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1] ?? null;
};
const ratio = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

function expectedJourney() {
  const activeIn = (month: string) => new Set(log.filter((e) => monthOf(e.at) === month).map((e) => e.user));
  const before = new Date(Date.UTC(Number(months[0]?.slice(0, 4)), Number(months[0]?.slice(5)) - 2, 1))
    .toISOString()
    .slice(0, 7);
  return months.map((month, i) => {
    const inMonth = log.filter((e) => monthOf(e.at) === month);
    const n = (type: string) => inMonth.filter((e) => e.type === type).length;
    const active = activeIn(month);
    const previous = activeIn(i === 0 ? before : (months[i - 1] as string));
    const revenue = inMonth.filter((e) => e.type === 'sold').reduce((sum, e) => sum + (e.amount ?? 0), 0);
    const clicks = clicksPerMonth.get(month) ?? 0;
    return {
      month,
      sharing: {
        submissions: n('submitted'),
        approved: n('post_approved'),
        approvalRate: ratio(n('post_approved'), n('submitted')),
        medianReviewHours: lowerMedian(
          inMonth.filter((e) => e.type === 'post_approved').map((e) => e.reviewHours ?? 0),
        ),
        // The generated history reports no figures (test/post-metrics.test.ts covers them).
        reach: null,
        views: null,
        impressions: null,
        engagements: null,
        postsWithFigures: 0,
      },
      // Every sale of this history comes through a referral code with no click: code-only, so
      // none of them counts in the conversion rate.
      shopping: {
        clicks,
        orders: n('sold'),
        revenue,
        codeOnlyOrders: n('sold'),
        codeOnlyRevenue: revenue,
        conversionRate: ratio(0, clicks),
        revenuePerActiveAmbassador: active.size > 0 ? Math.floor(revenue / active.size) : null,
      },
      advocacy: {
        applicants: n('applied'),
        newAmbassadors: n('approved'),
        activeAmbassadors: active.size,
        retention: ratio([...active].filter((u) => previous.has(u)).length, previous.size),
        recruited: inMonth.filter((e) => e.type === 'approved' && e.recruited).length,
      },
    };
  });
}

function expectedChains() {
  const pairs = new Map<string, number[]>();
  const triples = new Map<string, number>();
  const followed = new Map<string, number>();
  const completions = new Map<string, { completions: number; continued: number }>();
  for (const list of timelines().values()) {
    list.forEach((a, i) => {
      const b = list[i + 1];
      const c = list[i + 2];
      if (a.type === 'post_approved' && a.challengeId) {
        const entry = completions.get(a.challengeId) ?? { completions: 0, continued: 0 };
        entry.completions++;
        if (b && b.at - a.at <= WINDOW) entry.continued++;
        completions.set(a.challengeId, entry);
      }
      if (!b || b.at - a.at > WINDOW) return;
      const key = `${a.type}>${b.type}`;
      pairs.set(key, [...(pairs.get(key) ?? []), Math.min(720, Math.floor((b.at - a.at) / HOUR))]);
      followed.set(`${monthOf(a.at)}|${a.type}`, (followed.get(`${monthOf(a.at)}|${a.type}`) ?? 0) + 1);
      if (c && c.at - b.at <= WINDOW) {
        const chain = `${a.type},${b.type},${c.type}`;
        triples.set(chain, (triples.get(chain) ?? 0) + 1);
      }
    });
  }
  const settled = months.filter((m) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return Date.UTC(y, mo, 1) + WINDOW <= Date.now();
  });
  const deadEnds = new Map<string, { actions: number; followed: number }>();
  for (const e of log) {
    if (!settled.includes(monthOf(e.at))) continue;
    const entry = deadEnds.get(e.type) ?? { actions: 0, followed: 0 };
    entry.actions++;
    deadEnds.set(e.type, entry);
  }
  for (const [key, count] of followed) {
    const [month, type] = key.split('|') as [string, string];
    if (!settled.includes(month)) continue;
    const entry = deadEnds.get(type);
    if (entry) entry.followed += count;
  }
  return { pairs, triples, settled, deadEnds, completions };
}

describe('analytics over a generated history', () => {
  it('gives journey KPIs per month that equal a recount', async () => {
    const expected = expectedJourney();
    expect(log.length).toBeGreaterThan(200);
    const path = `/api/programs/${programId}/analytics/journey?from=${months[0]}&to=${months.at(-1)}`;
    const journey = await eventually(
      async () => ok(await api.call(owner, 'GET', path)),
      (j) => JSON.stringify(j.months) === JSON.stringify(expected),
      600,
    );
    expect(journey.months).toEqual(expected);
  });

  it('gives transitions, median gaps, top chains, dead ends and continuation that equal a recount', async () => {
    const { pairs, triples, settled, deadEnds, completions } = expectedChains();
    const expectedTransitions = Object.fromEntries(
      [...pairs].map(([key, gaps]) => [key, [gaps.length, lowerMedian(gaps)]]),
    );
    const transitionsOf = (chains: {
      transitions: Array<{ from: string; to: string; count: number; medianHours: number }>;
    }) => Object.fromEntries(chains.transitions.map((t) => [`${t.from}>${t.to}`, [t.count, t.medianHours]]));
    // Badges for sales arrive a hop later (the sale's points, then the badge's activity): wait for them.
    const chains = await eventually(
      async () =>
        ok(
          await api.call(
            brand,
            'GET',
            `/api/programs/${programId}/analytics/chains?from=${months[0]}&to=${months.at(-1)}`,
          ),
        ),
      (c) => sameEntries(transitionsOf(c), expectedTransitions),
      600,
    );
    expect(transitionsOf(chains)).toEqual(expectedTransitions);
    const top = [...triples]
      .map(([chain, count]) => ({ chain: chain.split(','), count }))
      .sort((a, b) => b.count - a.count || a.chain.join().localeCompare(b.chain.join()))
      .slice(0, 10);
    expect(chains.topChains).toEqual(top);
    expect(chains.deadEnds.settledMonths).toEqual(settled);
    expect(
      Object.fromEntries(
        chains.deadEnds.actions.map((d: { action: string; actions: number; followed: number }) => [
          d.action,
          { actions: d.actions, followed: d.followed },
        ]),
      ),
    ).toEqual(Object.fromEntries(deadEnds));
    expect(
      Object.fromEntries(
        chains.challenges.map((c: { challengeId: string; completions: number; continued: number }) => [
          c.challengeId,
          { completions: c.completions, continued: c.continued },
        ]),
      ),
    ).toEqual(Object.fromEntries(completions));
  });

  it('breaks the KPIs down per challenge and per tier, adding up to the total', async () => {
    const base = `/api/programs/${programId}/analytics/journey?from=${months[0]}&to=${months.at(-1)}`;
    const total = ok(await api.call(owner, 'GET', base));
    for (const by of ['challenge', 'tier']) {
      const split = ok(await api.call(owner, 'GET', `${base}&by=${by}`));
      split.months.forEach((month: { breakdown: Array<{ sharing: { submissions: number } }> }, i: number) => {
        const sum = month.breakdown.reduce((acc, row) => acc + row.sharing.submissions, 0);
        expect(sum).toBe(total.months[i].sharing.submissions);
      });
    }
    const tiers = ok(await api.call(owner, 'GET', `${base}&by=tier`));
    const proApproved = tiers.months.flatMap(
      (m: { breakdown: Array<{ tier: string; sharing: { approved: number } }> }) =>
        m.breakdown.filter((row) => row.tier === 'pro').map((row) => row.sharing.approved),
    );
    // The tier just before the action: the post that lifts someone to Pro still counts as Member's.
    expect(proApproved.reduce((a: number, b: number) => a + b, 0)).toBe(
      log.filter((e) => e.type === 'post_approved' && tierAt(e.user, e.at) === 'pro').length,
    );
  });

  it('puts each ambassador at a stage of the journey, by the written rules, with next steps', async () => {
    const now = Date.now();
    const expectedStage = (user: string) => {
      const mine = log.filter((e) => e.user === user);
      const approval = mine.find((e) => e.type === 'approved');
      if (!approval) return 'applicant';
      const recent = mine.filter((e) => e.at >= now - 90 * DAY && e.at <= now);
      const lately = recent.filter((e) => e.at >= now - 30 * DAY && e.type !== 'approved');
      if (lately.length > 0)
        return recent.some((e) => e.type === 'sold' || e.type === 'invited') ? 'advocate' : 'active';
      return approval.at >= now - 30 * DAY ? 'new' : 'dormant';
    };
    const users = [...new Set(log.filter((e) => e.type === 'applied').map((e) => e.user))];
    const stages: Record<string, number> = {};
    for (const user of users) {
      const journey = ok(
        await api.call(owner, 'GET', `/api/programs/${programId}/ambassadors/${user}/journey`),
      );
      expect(journey.stage, user).toBe(expectedStage(user));
      expect(journey.next.length).toBeGreaterThan(0);
      stages[journey.stage] = (stages[journey.stage] ?? 0) + 1;
    }
    expect(Object.keys(stages).length).toBeGreaterThanOrEqual(2);
    // The same in the ambassador's own /api/me; and no one else's journey for an ambassador.
    const [first, second] = people;
    const me = ok(await api.call(first as TestUser, 'GET', '/api/me'));
    expect(me.memberships.find((m: { programId: string }) => m.programId === programId).journey.stage).toBe(
      expectedStage((first as TestUser).id),
    );
    const peek = await api.call(
      first as TestUser,
      'GET',
      `/api/programs/${programId}/ambassadors/${second?.id}/journey`,
    );
    expect(peek.status).toBe(403);
  });

  it('writes a monthly program report that repeats the month’s KPIs, as JSON and CSV', async () => {
    const month = months.at(-1) as string;
    const expected = expectedJourney().at(-1);
    const report = ok(await api.call(owner, 'GET', `/api/programs/${programId}/reports/monthly/${month}`));
    expect(report.kpis).toEqual(expected);
    expect(report.topAmbassadors.length).toBeGreaterThan(0);
    expect(report.topAmbassadors.map((a: { points: number }) => a.points)).toEqual(
      [...report.topAmbassadors.map((a: { points: number }) => a.points)].sort((a, b) => b - a),
    );
    expect(report.chains.topTransitions.length).toBeGreaterThan(0);
    const again = ok(await api.call(brand, 'GET', `/api/programs/${programId}/reports/monthly/${month}`));
    expect(again.generatedAt).toBe(report.generatedAt); // written once
    const csv = await api.call(
      owner,
      'GET',
      `/api/programs/${programId}/reports/monthly/${month}?format=csv`,
    );
    // A header row in words, one figure a line, money as decimals with its currency.
    const lines = String(csv.body).split('\r\n');
    expect(lines[0]?.replace(/^\uFEFF/, '')).toBe('Section,Item,Measure,Value,Currency');
    expect(lines).toContain(`Key figures,Sharing,Submissions,${expected?.sharing.submissions},`);
    expect(lines).toContain(
      `Key figures,Shopping,Revenue,${((expected?.shopping.revenue ?? 0) / 100).toFixed(2)},EUR`,
    );
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(
      (await api.call(owner, 'GET', `/api/programs/${programId}/reports/monthly/${thisMonth}`)).status,
    ).toBe(422);
    // Not a month at all: the path parameter's pattern refuses it, as for any malformed path (400).
    expect((await api.call(owner, 'GET', `/api/programs/${programId}/reports/monthly/2026-13`)).status).toBe(
      400,
    );
  });

  it('keeps the same figures after a replay with duplicates, and parks a poison record', async () => {
    const path = (kind: string) =>
      `/api/programs/${programId}/analytics/${kind}?from=${months[0]}&to=${months.at(-1)}`;
    const before = [
      ok(await api.call(owner, 'GET', path('journey'))),
      ok(await api.call(owner, 'GET', path('chains'))),
    ];
    // Every record again, twice, in batches as Lambda would send them.
    const records = [...captured];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < records.length; i += 100) {
        const result = await activityHandler({ Records: records.slice(i, i + 100) }, {} as never);
        expect(result.batchItemFailures).toEqual([]);
      }
    }
    // A record no one can read: a submission whose time is not a time.
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `PROGRAM#${programId}`,
          sk: 'SUBMISSION#POISON',
          entity: 'submission',
          programId,
          submissionId: 'POISON',
          userId: owner.id,
          challengeId: 'none',
          status: 'pending',
          version: 1,
          submittedAt: 'yesterday-ish',
        },
      }),
    );
    await eventually(
      async () => poller.parked.get('activity') ?? 0,
      (parked) => parked === 1,
      100,
    );
    expect(poller.parked.get('activity')).toBe(1);
    const after = [
      ok(await api.call(owner, 'GET', path('journey'))),
      ok(await api.call(owner, 'GET', path('chains'))),
    ];
    expect(after).toEqual(before);
  });
});

/** Equal objects whatever the order of their keys. */
function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const sorted = (o: Record<string, unknown>) =>
    JSON.stringify(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
  return sorted(a) === sorted(b);
}

/** The tier an ambassador had at a moment, from the log: Pro from their third approved post on. */
function tierAt(user: string, at: number): string {
  return log.some((e) => e.user === user && e.type === 'tier_up' && e.at < at) ? 'pro' : 'member';
}

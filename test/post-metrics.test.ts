import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { buildMonthlyReport } from '../shared/analytics/monthly-report.service.ts';
import { type Api, eventually, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Posts' figures end to end through the real API on DynamoDB Local and the real stream
 * consumers: reports and their history, the rules a report must keep, verification and
 * disputes, reach bonuses paid once under concurrency, and the rollups that carry the latest
 * counted figures into the journey KPIs, per challenge and platform, the monthly report and the
 * ambassador's own figures.
 */
let api: Api;
let w: ProgramWorld;
let manager: TestUser;
let programId: string;
let consumers: StreamPoller;

const path = (rest: string) => `/api/programs/${programId}${rest}`;
let tiktoks = 0;
const tiktok = () =>
  `https://www.tiktok.com/@someone/video/${7_300_000_000_000 + ++tiktoks}${Date.now() % 100_000}`;

const approve = async (submission: { submissionId: string; version: number }) =>
  ok(
    await api.call(manager, 'POST', path(`/submissions/${submission.submissionId}/review`), {
      decision: 'approve',
      version: submission.version,
    }),
  );
const report = (member: Member, submissionId: string, body: object) =>
  api.call(member.user, 'POST', path(`/submissions/${submissionId}/metrics`), body);
const verify = (submissionId: string, reportId: string, body: object) =>
  api.call(manager, 'POST', path(`/submissions/${submissionId}/metrics/${reportId}/verification`), body);

/** An approved post of `member` in the challenge, on Instagram or TikTok. */
async function approvedPost(
  member: Member,
  challengeId: string,
  platform: 'instagram' | 'tiktok' = 'instagram',
) {
  const submission = await w.post(
    member.user,
    challengeId,
    platform === 'tiktok' ? { platform, postUrl: tiktok() } : {},
  );
  await approve(submission);
  return submission.submissionId;
}

beforeAll(async () => {
  api = await startApi();
  consumers = await startStreamConsumers(['activity']);
  w = await world(api).program();
  programId = w.programId;
  manager = await w.staff('manager');
});
afterAll(async () => {
  await consumers.stop();
  await api.close();
});

describe('reporting a post’s figures', () => {
  it('keeps each report as history, and the latest one counts', async () => {
    const { challengeId } = await w.challenge({ title: 'History' });
    const anna = await w.ambassador('metrics-anna');
    const post = await approvedPost(anna, challengeId);
    const first = ok(await report(anna, post, { views: 1200, likes: 80 }), 201);
    expect(first).toMatchObject({ status: 'reported', flags: [], figures: { views: 1200, likes: 80 } });
    const second = ok(await report(anna, post, { views: 5000, comments: 12 }), 201);
    // Figures left out keep their last value.
    expect(second.figures).toEqual({ views: 5000, likes: 80, comments: 12 });
    expect(second.reported).toEqual(['views', 'comments']);
    const history = ok(await api.call(anna.user, 'GET', path(`/submissions/${post}/metrics`)));
    expect(history.reports.map((r: { reportId: string }) => r.reportId)).toEqual([
      first.reportId,
      second.reportId,
    ]);
    expect(history.counted).toMatchObject({ views: 5000, likes: 80, comments: 12, engagements: 92 });
    // The team sees it too; the post itself carries what it counts for.
    const seen = ok(await api.call(manager, 'GET', path(`/submissions/${post}`)));
    expect(seen.metrics).toMatchObject({ reportId: second.reportId, views: 5000 });
  });

  it('refuses a lower figure without a note, and takes it with one', async () => {
    const { challengeId } = await w.challenge({ title: 'Lower' });
    const ben = await w.ambassador('metrics-ben');
    const post = await approvedPost(ben, challengeId);
    ok(await report(ben, post, { views: 900 }), 201);
    const lower = await report(ben, post, { views: 850 });
    expect(lower.status).toBe(422);
    expect(lower.body.error.message).toMatch(/views went down.*note/);
    ok(await report(ben, post, { views: 850, note: 'Instagram removed bot views' }), 201);
  });

  it('takes reports only from the author, for an approved post, with figures that are whole and not negative', async () => {
    const { challengeId } = await w.challenge({ title: 'Who', maxSubmissionsPerAmbassador: 2 });
    const cleo = await w.ambassador('metrics-cleo');
    const dan = await w.ambassador('metrics-dan');
    const post = await approvedPost(cleo, challengeId);
    expect((await report(dan, post, { views: 10 })).status).toBe(403);
    expect(
      (await api.call(manager, 'POST', path(`/submissions/${post}/metrics`), { views: 10 })).status,
    ).toBe(403);
    const pending = await w.post(cleo.user, challengeId);
    const notApproved = await report(cleo, pending.submissionId, { views: 10 });
    expect(notApproved.status).toBe(409);
    expect(notApproved.body.error.message).toMatch(/approved/);
    for (const bad of [{}, { views: -1 }, { views: 1.5 }, { views: '10' }, { views: 10, extra: 1 }])
      expect((await report(cleo, post, bad)).status, JSON.stringify(bad)).toBe(422);
    expect((await report(cleo, post, { views: 10, asOf: '2099-01-01T00:00:00Z' })).status).toBe(422);
    expect((await report(cleo, 'NOSUCHPOST', { views: 10 })).status).toBe(404);
  });

  it('flags implausible figures and counts them only once verified', async () => {
    const { challengeId } = await w.challenge({ title: 'Flags' });
    const eva = await w.ambassador('metrics-eva');
    const post = await approvedPost(eva, challengeId);
    const plain = ok(await report(eva, post, { views: 100, likes: 10 }), 201);
    const jump = ok(await report(eva, post, { views: 100_000 }), 201);
    expect(jump.flags).toEqual([
      {
        code: 'jump',
        metric: 'views',
        before: 100,
        now: 100_000,
        factor: 100,
        message: 'views went from 100 to 100000, more than 100 times the last report',
      },
    ]);
    const likes = ok(await report(eva, post, { likes: 200_000 }), 201);
    expect(likes.flags).toContainEqual({
      code: 'likes_above_views',
      metric: 'likes',
      now: 200_000,
      views: 100_000,
      message: '200000 likes is more than 100000 views',
    });
    // Held: the post still counts for the plain report.
    let counted = ok(await api.call(eva.user, 'GET', path(`/submissions/${post}/metrics`))).counted;
    expect(counted.reportId).toBe(plain.reportId);
    const queue = ok(await api.call(manager, 'GET', path('/metrics-reports?status=flagged')));
    expect(queue.items.map((r: { reportId: string }) => r.reportId)).toEqual(
      expect.arrayContaining([jump.reportId, likes.reportId]),
    );
    ok(await verify(post, jump.reportId, { status: 'verified' }));
    counted = ok(await api.call(eva.user, 'GET', path(`/submissions/${post}/metrics`))).counted;
    expect(counted).toMatchObject({ reportId: jump.reportId, views: 100_000, status: 'verified' });
    // A dispute needs a reason, and is for managers only.
    expect((await verify(post, likes.reportId, { status: 'disputed' })).status).toBe(422);
    expect(
      (
        await api.call(
          eva.user,
          'POST',
          path(`/submissions/${post}/metrics/${likes.reportId}/verification`),
          {
            status: 'verified',
          },
        )
      ).status,
    ).toBe(403);
    ok(
      await verify(post, likes.reportId, { status: 'disputed', reason: 'The screenshot shows 2,000 likes' }),
    );
    const after = ok(await api.call(manager, 'GET', path('/metrics-reports?status=flagged')));
    expect(after.items.map((r: { reportId: string }) => r.reportId)).not.toContain(likes.reportId);
    expect((await verify(post, 'NOSUCHREPORT', { status: 'verified' })).status).toBe(404);
  });
});

describe('the reminder to add figures', () => {
  it('asks the author once, a week after approval, unless they reported already', async () => {
    const { challengeId } = await w.challenge({ title: 'Remind', maxSubmissionsPerAmbassador: 2 });
    const hana = await w.ambassador('metrics-hana');
    const silent = await approvedPost(hana, challengeId);
    const reported = await approvedPost(hana, challengeId);
    ok(await report(hana, reported, { views: 10 }), 201);
    const { handler: scheduler } = await import('../functions/scheduler.handler.ts');
    const dueOf = async () =>
      (
        ok(await api.call(hana.user, 'GET', '/api/me/notifications?limit=50')).items as Array<{
          type: string;
          link: string;
        }>
      ).filter((n) => n.type === 'metrics_due');
    await scheduler({ time: new Date(Date.now() + 6 * 86_400_000).toISOString() });
    expect(await dueOf()).toEqual([]);
    const later = new Date(Date.now() + 8 * 86_400_000).toISOString();
    await scheduler({ time: later });
    await scheduler({ time: later });
    const due = await dueOf();
    expect(due.map((n) => n.link)).toEqual([`/programs/${programId}/posts/${silent}`]);
  });
});

describe('reach bonuses', () => {
  it('pays a bonus exactly once, even when two verified reports cross it at once', async () => {
    const { challengeId } = await w.challenge({
      title: 'Bonus',
      reachBonuses: [
        { metric: 'views', atLeast: 10_000, points: 50 },
        { metric: 'reach', atLeast: 1_000_000, points: 500 },
      ],
    });
    const finn = await w.ambassador('metrics-finn');
    const post = await approvedPost(finn, challengeId);
    const a = ok(await report(finn, post, { views: 12_000 }), 201);
    const b = ok(await report(finn, post, { views: 15_000 }), 201);
    const decided = await Promise.all([
      verify(post, a.reportId, { status: 'verified' }),
      verify(post, b.reportId, { status: 'verified' }),
    ]);
    expect(decided.map((r) => r.status)).toEqual([200, 200]);
    // And again: a verified report verified again pays nothing more.
    ok(await verify(post, b.reportId, { status: 'verified' }));
    const ledger = ok(await api.call(finn.user, 'GET', path(`/ambassadors/${finn.user.id}/ledger`)));
    const bonuses = ledger.entries.filter((e: { source: string }) => e.source.startsWith('reach:'));
    expect(bonuses).toHaveLength(1);
    expect(bonuses[0].points).toBe(50);
    expect(bonuses[0]).toMatchObject({
      code: 'reach_bonus',
      values: { atLeast_0: 10_000, metric_0: 'views' },
    });
    expect(ledger.entries.find((e: { source: string }) => e.source === `submission:${post}`)).toMatchObject({
      code: 'post_approved',
      values: { challenge: expect.any(String) },
    });
    const seen = ok(await api.call(finn.user, 'GET', path(`/submissions/${post}`)));
    expect(seen.reachBonusesPaid).toEqual(['views:10000']);
  });

  it('pays nothing for an unverified report, and refuses bonuses that repeat a threshold', async () => {
    const { challengeId } = await w.challenge({
      title: 'No bonus yet',
      reachBonuses: [{ metric: 'views', atLeast: 100, points: 5 }],
    });
    const gus = await w.ambassador('metrics-gus');
    const post = await approvedPost(gus, challengeId);
    ok(await report(gus, post, { views: 5000 }), 201);
    const ledger = ok(await api.call(gus.user, 'GET', path(`/ambassadors/${gus.user.id}/ledger`)));
    expect(ledger.entries.filter((e: { source: string }) => e.source.startsWith('reach:'))).toEqual([]);
    const twice = await api.call(manager, 'POST', path('/challenges'), {
      title: 'Twice',
      month: '2099-01',
      reachBonuses: [
        { metric: 'views', atLeast: 100, points: 5 },
        { metric: 'views', atLeast: 100, points: 9 },
      ],
    });
    expect(twice.status).toBe(422);
  });
});

describe('reach in the rollups', () => {
  // A program of its own: the other tests' figures are still flowing into their program's counters.
  beforeAll(async () => {
    w = await world(api).program();
    programId = w.programId;
    manager = await w.staff('manager');
  });
  it('adds the latest counted figures of each post into the KPIs, per challenge and platform, the monthly report and the ambassador’s own', async () => {
    const { challengeId } = await w.challenge({
      title: 'Fiesta',
      requirements: {
        platforms: ['instagram', 'tiktok'],
        hashtags: [],
        mentions: [],
        disclosureRequired: true,
      },
    });
    const month = new Date().toISOString().slice(0, 7);
    const journeyOf = async (by?: string) =>
      ok(
        await api.call(
          manager,
          'GET',
          path(`/analytics/journey?from=${month}&to=${month}${by ? `&by=${by}` : ''}`),
        ),
      ).months[0];
    const before = await journeyOf();
    const beforePlatforms = await journeyOf('platform');

    const members = await Promise.all(['fiesta-a', 'fiesta-b', 'fiesta-c'].map((name) => w.ambassador(name)));
    const [a, b, c] = members as [Member, Member, Member];
    const posts = {
      a: await approvedPost(a, challengeId, 'instagram'),
      b: await approvedPost(b, challengeId, 'tiktok'),
      c: await approvedPost(c, challengeId, 'tiktok'),
    };
    // Two reports each.
    ok(await report(a, posts.a, { views: 1000, impressions: 3000, reach: 800, likes: 50 }), 201);
    const a2 = ok(
      await report(a, posts.a, { views: 4000, impressions: 9000, reach: 2500, likes: 120, saves: 7 }),
      201,
    );
    ok(await report(b, posts.b, { views: 20_000, reach: 15_000, likes: 900, comments: 40 }), 201);
    const b2 = ok(await report(b, posts.b, { views: 30_000, reach: 21_000, likes: 1500, shares: 60 }), 201);
    const c1 = ok(await report(c, posts.c, { views: 700, reach: 600, likes: 30 }), 201);
    const c2 = ok(await report(c, posts.c, { views: 5000, reach: 4000, likes: 400 }), 201);
    // b's latest is verified; c's latest is disputed, so c falls back to its first.
    ok(await verify(posts.b, b2.reportId, { status: 'verified' }));
    ok(await verify(posts.c, c2.reportId, { status: 'disputed', reason: 'Not what the screenshot says' }));

    // The hand sum of the latest reports that count.
    const counted = [
      { platform: 'instagram', views: 4000, impressions: 9000, reach: 2500, engagements: 120 + 7 },
      { platform: 'tiktok', views: 30_000, impressions: 0, reach: 21_000, engagements: 1500 + 40 + 60 },
      { platform: 'tiktok', views: 700, impressions: 0, reach: 600, engagements: 30 },
    ];
    const sum = (rows: typeof counted, m: 'views' | 'impressions' | 'reach' | 'engagements') =>
      rows.reduce((total, row) => total + row[m], 0);
    expect(a2.figures).toEqual({ views: 4000, impressions: 9000, reach: 2500, likes: 120, saves: 7 });
    expect(c1.status).toBe('reported');

    const total = await eventually(
      () => journeyOf(),
      (m) =>
        m.sharing.postsWithFigures === before.sharing.postsWithFigures + 3 &&
        m.sharing.reach === (before.sharing.reach ?? 0) + sum(counted, 'reach'),
    );
    expect(total.sharing).toMatchObject({
      reach: (before.sharing.reach ?? 0) + sum(counted, 'reach'),
      views: (before.sharing.views ?? 0) + sum(counted, 'views'),
      impressions: (before.sharing.impressions ?? 0) + sum(counted, 'impressions'),
      engagements: (before.sharing.engagements ?? 0) + sum(counted, 'engagements'),
    });
    // A query may see one transaction's rows part-written: read until this challenge's row has all three.
    const challengeRow = async () =>
      (await journeyOf('challenge')).breakdown.find(
        (row: { challengeId: string }) => row.challengeId === challengeId,
      );
    const byChallenge = await eventually(challengeRow, (row) => row?.sharing.reach === sum(counted, 'reach'));
    expect(byChallenge.sharing).toMatchObject({
      reach: sum(counted, 'reach'),
      views: sum(counted, 'views'),
      impressions: sum(counted, 'impressions'),
      engagements: sum(counted, 'engagements'),
      postsWithFigures: 3,
    });
    const platformRow = (
      rows: Array<{ platform: string; sharing: Record<string, number> }>,
      platform: string,
    ) => rows.find((row) => row.platform === platform)?.sharing;
    const tiktokReach = (platformRow(beforePlatforms.breakdown ?? [], 'tiktok')?.reach ?? 0) + 21_600;
    const byPlatform = (
      await eventually(
        () => journeyOf('platform'),
        (m) => platformRow(m.breakdown, 'tiktok')?.reach === tiktokReach,
      )
    ).breakdown;
    for (const platform of ['instagram', 'tiktok']) {
      const mine = counted.filter((row) => row.platform === platform);
      const was = platformRow(beforePlatforms.breakdown ?? [], platform);
      expect(platformRow(byPlatform, platform), platform).toMatchObject({
        reach: (was?.reach ?? 0) + sum(mine, 'reach'),
        views: (was?.views ?? 0) + sum(mine, 'views'),
        impressions: (was?.impressions ?? 0) + sum(mine, 'impressions'),
        engagements: (was?.engagements ?? 0) + sum(mine, 'engagements'),
      });
    }
    // The monthly report's table is the same figures by platform (built as the scheduler builds it).
    // Read until it agrees: the breakdown above can match before c's second report has been added
    // and taken back by the dispute (the same figures), and the report may be built in between.
    const monthly = await eventually(
      () => buildMonthlyReport(programId, month, false),
      (m) => m.reachByPlatform?.find((r) => r.platform === 'tiktok')?.reach === tiktokReach,
    );
    for (const platform of ['instagram', 'tiktok']) {
      const row = monthly.reachByPlatform?.find((r) => r.platform === platform);
      expect(row, platform).toMatchObject({
        views: platformRow(byPlatform, platform)?.views,
        impressions: platformRow(byPlatform, platform)?.impressions,
        reach: platformRow(byPlatform, platform)?.reach,
      });
    }
    expect(monthly.kpis.sharing.reach).toBe(total.sharing.reach);
    // The ambassador's own figures.
    const own = ok(await api.call(b.user, 'GET', path(`/ambassadors/${b.user.id}/journey`)));
    expect(own.figures).toEqual({
      posts: 1,
      reach: 21_000,
      views: 30_000,
      impressions: 0,
      engagements: 1600,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, type ApiResponse, ok, startApi, type TestUser } from './helpers.ts';
import { world } from './world.ts';

/**
 * Issue 3's acceptance: a month of challenges run over HTTP against the real handlers, with
 * every refusal checked and every number exact at the end.
 */
let api: Api;
let managers: TestUser[];
let ambassadors: TestUser[];
let programId: string;
const challenges: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

const refused = (response: ApiResponse, status: number, code: string, mention?: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (mention) expect(response.body.error.message).toContain(mention);
};
const post = (n: number, id: string) => `https://www.instagram.com/p/MONTH${n}${id}/`;

async function submit(user: TestUser, challenge: string, url: string, caption = 'Loving it #ad #fiesta') {
  return api.call(user, 'POST', `/api/programs/${programId}/challenges/${challenge}/submissions`, {
    postUrl: url,
    platform: 'instagram',
    caption,
  });
}
const review = (
  manager: TestUser,
  submission: { submissionId: string; version: number },
  decision: string,
  feedback?: string,
) =>
  api.call(manager, 'POST', `/api/programs/${programId}/submissions/${submission.submissionId}/review`, {
    decision,
    version: submission.version,
    ...(feedback ? { feedback } : {}),
  });

beforeAll(async () => {
  api = await startApi();
  const w = await world(api).program({
    tiers: [
      { id: 'member', name: 'Member', minPoints: 0 },
      { id: 'insider', name: 'Insider', minPoints: 150 },
      { id: 'expert', name: 'Expert', minPoints: 400 },
    ],
  });
  programId = w.programId;
  managers = [];
  for (const name of ['max', 'mia']) managers.push(await w.staff('manager', { name }));
  ambassadors = [];
  for (const name of ['anna', 'ben', 'chloe', 'dev', 'eve'])
    ambassadors.push((await w.ambassador(name, { by: managers[0]! })).user);
});
afterAll(() => api.close());

describe('a scripted month', () => {
  it('runs from publishing to an exact leaderboard', { timeout: 120_000 }, async () => {
    const [max, mia] = managers as [TestUser, TestUser];
    const [anna, ben, chloe, dev, eve] = ambassadors as [TestUser, TestUser, TestUser, TestUser, TestUser];
    const window = {
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    };

    // A manager publishes three challenges; B is gated behind A; C has two slots.
    const create = async (body: Record<string, unknown>) => {
      const draft = ok(
        await api.call(max, 'POST', `/api/programs/${programId}/challenges`, { ...window, ...body }),
        201,
      );
      expect(draft.status).toBe('draft');
      expect(
        ok(await api.call(max, 'POST', `/api/programs/${programId}/challenges/${draft.challengeId}/publish`))
          .status,
      ).toBe('open');
      return draft.challengeId as string;
    };
    challenges.a = await create({ title: 'Road trip', points: 100, requirements: { hashtags: ['fiesta'] } });
    challenges.b = await create({ title: 'Night drive', points: 150, prerequisites: [challenges.a] });
    challenges.c = await create({ title: 'Launch party', points: 50, slots: 2 });
    refused(
      await api.call(max, 'PATCH', `/api/programs/${programId}/challenges/${challenges.a}`, {
        prerequisites: [challenges.b],
      }),
      409,
      'conflict',
    );
    const closing = await create({
      title: 'Flash',
      points: 10,
      closesAt: new Date(Date.now() + 1500).toISOString(),
    });

    // What an ambassador sees: B locked behind A, slots left on C.
    const seen = ok(await api.call(anna, 'GET', `/api/programs/${programId}/challenges`));
    const view = (id: string) => seen.items.find((c: { challengeId: string }) => c.challengeId === id);
    expect(view(challenges.b)).toMatchObject({
      locked: true,
      lock: { code: 'prerequisite', challengeIds: [challenges.a], titles: ['Road trip'] },
    });
    expect(view(challenges.a)).toMatchObject({ locked: false, unlocks: [{ challengeId: challenges.b }] });
    expect(view(challenges.c)).toMatchObject({ slotsLeft: 2 });

    // Five ambassadors submit: a duplicate URL, a missing disclosure, a locked and a closed challenge.
    type Sub = { submissionId: string; version: number };
    const subs = {} as Record<'anna' | 'ben' | 'chloe' | 'dev' | 'eve' | 'annaB', Sub>;
    const first = ok(await submit(anna, challenges.a, post(1, 'A')), 201);
    subs.anna = first.submission;
    expect(first.next.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining(['share_referral_link', 'view_gallery', 'unlocks_challenge']),
    );
    expect(first.next).toContainEqual(
      expect.objectContaining({
        action: 'unlocks_challenge',
        challengeId: challenges.b,
        title: 'Night drive',
      }),
    );
    refused(
      await submit(ben, challenges.a, `${post(1, 'A').replace('www.', '')}?igsh=x`),
      409,
      'conflict',
      'already submitted',
    );
    subs.ben = ok(await submit(ben, challenges.a, post(2, 'A')), 201).submission;
    const flagged = ok(await submit(chloe, challenges.a, post(3, 'A'), 'Look at this car'), 201).submission;
    expect(flagged.flags.map((f: { code: string }) => f.code)).toEqual([
      'disclosure_missing',
      'hashtag_missing',
    ]);
    subs.chloe = flagged;
    subs.dev = ok(await submit(dev, challenges.a, post(4, 'A')), 201).submission;
    subs.eve = ok(await submit(eve, challenges.a, post(5, 'A')), 201).submission;
    refused(await submit(eve, challenges.a, post(55, 'A')), 409, 'conflict', 'allows');
    refused(await submit(anna, challenges.b, post(1, 'B')), 403, 'forbidden', 'Road trip');
    await new Promise((resolve) => setTimeout(resolve, 1600));
    refused(await submit(anna, closing, post(1, 'F')), 409, 'conflict', 'closed');

    // Two managers race on one review: one wins, the other is told.
    const race = await Promise.all([review(max, subs.anna, 'approve'), review(mia, subs.anna, 'approve')]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(race.find((r) => r.status === 409)?.body.error.message).toContain('Someone decided first');

    // The rest of A: changes requested for the missing disclosure, then approved.
    refused(await review(max, subs.chloe, 'request_changes'), 422, 'validation_failed', 'Feedback');
    ok(await review(max, subs.chloe, 'request_changes', 'Please add #ad and #fiesta'));
    const fixed = ok(
      await api.call(chloe, 'PUT', `/api/programs/${programId}/submissions/${subs.chloe.submissionId}`, {
        postUrl: post(33, 'A'),
        platform: 'instagram',
        caption: 'Look at this car #ad #fiesta',
      }),
    );
    expect(fixed).toMatchObject({ status: 'pending', version: 2, flags: [] });
    refused(await review(max, subs.chloe, 'approve'), 409, 'conflict', 'version 2');
    ok(await review(max, fixed, 'approve'));
    for (const who of ['ben', 'dev', 'eve'] as const) ok(await review(mia, subs[who], 'approve'));

    // B unlocks for Anna once A is approved.
    subs.annaB = ok(await submit(anna, challenges.b, post(1, 'B')), 201).submission;
    ok(await review(max, subs.annaB, 'approve'));

    // C has two slots: the third approval is refused and the post stays pending.
    const c1 = ok(await submit(anna, challenges.c, post(1, 'C')), 201).submission;
    const c2 = ok(await submit(ben, challenges.c, post(2, 'C')), 201).submission;
    const c3 = ok(await submit(dev, challenges.c, post(4, 'C')), 201).submission;
    const slotRace = await Promise.all([review(max, c1, 'approve'), review(mia, c2, 'approve')]);
    expect(slotRace.map((r) => r.status)).toEqual([200, 200]);
    refused(await review(max, c3, 'approve'), 409, 'conflict', 'slots');
    expect(
      ok(await api.call(max, 'GET', `/api/programs/${programId}/submissions/${c3.submissionId}`)).status,
    ).toBe('pending');

    // Every number is exact.
    const expected = new Map([
      [anna.id, 300],
      [ben.id, 150],
      [chloe.id, 100],
      [dev.id, 100],
      [eve.id, 100],
    ]);
    for (const user of ambassadors) {
      const ledger = ok(
        await api.call(user, 'GET', `/api/programs/${programId}/ambassadors/${user.id}/ledger`),
      );
      const recount = ledger.entries.reduce((sum: number, e: { points: number }) => sum + e.points, 0);
      expect(recount).toBe(expected.get(user.id));
      expect(ledger.balance).toBe(recount);
      const me = ok(await api.call(user, 'GET', '/api/me'));
      const progress = me.memberships[0].progress;
      expect(progress.badges.filter((b: string) => b === 'first-post')).toHaveLength(1);
      expect(progress.tier.id).toBe(recount >= 150 ? 'insider' : 'member');
    }
    const board = ok(await api.call(eve, 'GET', `/api/programs/${programId}/leaderboard?period=all`));
    expect(
      board.entries.map((e: { userId: string; points: number; rank: number }) => [e.points, e.rank]),
    ).toEqual([
      [300, 1],
      [150, 2],
      [100, 3],
      [100, 3],
      [100, 3],
    ]);
    expect(board.entries.map((e: { userId: string; points: number }) => e.points)).toEqual(
      [...expected.values()].sort((x, y) => y - x),
    );
    expect(board.me).toEqual({ rank: 3, points: 100 });
    const month = ok(await api.call(anna, 'GET', `/api/programs/${programId}/leaderboard`));
    expect(month.me).toEqual({ rank: 1, points: 300 });
    const c = ok(await api.call(anna, 'GET', `/api/programs/${programId}/challenges/${challenges.c}`));
    expect(c).toMatchObject({ slotsUsed: 2, slotsLeft: 0 });

    // Notifications reached the ambassadors: approval, badge and tier move for Anna.
    const notes = ok(await api.call(anna, 'GET', '/api/me/notifications?limit=50')).items.map(
      (n: { type: string }) => n.type,
    );
    expect(notes.filter((t: string) => t === 'submission_approved')).toHaveLength(3);
    expect(notes.filter((t: string) => t === 'badge_earned')).toHaveLength(1);
    expect(notes.filter((t: string) => t === 'tier_changed')).toHaveLength(1);

    // The gallery shows approved posts; kudos once per person.
    const gallery = ok(
      await api.call(ben, 'GET', `/api/programs/${programId}/gallery?challengeId=${challenges.a}`),
    );
    expect(gallery.items).toHaveLength(5);
    expect(gallery.items[0]).not.toHaveProperty('flags');
    ok(
      await api.call(ben, 'POST', `/api/programs/${programId}/submissions/${subs.anna.submissionId}/kudos`),
      201,
    );
    refused(
      await api.call(ben, 'POST', `/api/programs/${programId}/submissions/${subs.anna.submissionId}/kudos`),
      409,
      'conflict',
    );
    refused(
      await api.call(anna, 'POST', `/api/programs/${programId}/submissions/${subs.anna.submissionId}/kudos`),
      422,
      'validation_failed',
    );

    // The audit trail keeps every decision.
    const history = ok(
      await api.call(max, 'GET', `/api/programs/${programId}/submissions/${subs.chloe.submissionId}`),
    ).history;
    expect(history.map((h: { decision: string; version: number }) => [h.version, h.decision])).toEqual([
      [1, 'request_changes'],
      [2, 'approve'],
    ]);
  });
});

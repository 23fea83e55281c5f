import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { advanceChallenges } from '../shared/challenges/advance-challenges.service.ts';
import { approveDueCommissions } from '../shared/commissions/commissions.service.ts';
import { sendChallengeDigests, sendTeamDigests, weekStart } from '../shared/notifications/digests.service.ts';
import { env } from '../shared/platform/env.ts';
import {
  type Api,
  createUser,
  mailTo,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Notifications that close the loop (issue 17 §3), over HTTP through the real handlers, with the
 * rollups and the notifier fed by DynamoDB Local's stream: the application decision, sales and
 * commissions, the team's digest and waiting counts, preferences, the read mark, the one-click
 * unsubscribe and the weekly challenge digest. Emails are read from the outbox file the notifier
 * writes, as `/dev/outbox` serves it under `npm start`.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let manager: TestUser;
let challengeId: string;

type Notice = {
  notificationId: string;
  type: string;
  programId: string;
  title: string;
  body: string;
  link?: string;
  read: boolean;
};

const DAY_MS = 86_400_000;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const noticesOf = async (user: TestUser, type?: string, headers: Record<string, string> = {}) =>
  (
    ok(await api.call(user, 'GET', '/api/me/notifications?limit=100', undefined, headers)).items as Notice[]
  ).filter((n) => !type || n.type === type);
/** What a German reader's browser asks for. */
const GERMAN = { 'accept-language': 'de-DE,de;q=0.9' };
const waiting = async () => ok(await api.call(manager, 'GET', `/api/programs/${w.programId}/waiting`));

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['rollups', 'notifier']);
  w = await world(api).program({ name: 'Fiesta Agents', timeZone: 'Europe/Berlin' });
  manager = await w.staff('manager');
  ({ challengeId } = await w.challenge({
    title: 'Road trip',
    points: 40,
    closesAt: new Date(Date.now() + 20 * DAY_MS).toISOString(),
  }));
});
afterAll(async () => {
  await poller?.stop();
  await api?.close();
});

describe('the application decision', () => {
  it('tells an approved applicant their code and first challenge, in the app and by email with an absolute link', async () => {
    // Prepare
    const dana = await createUser({ name: 'dana' });
    await w.apply(dana);

    // Act
    const code = await w.approve(dana, manager);
    await poller.drain();

    // Assess: in the app
    const [notice, ...others] = await noticesOf(dana, 'application_approved');
    expect(others).toEqual([]);
    expect(notice?.title).toBe('Welcome to Fiesta Agents: you are in');
    expect(notice?.body).toContain(code);
    expect(notice?.body).toContain('"Road trip" (40 points)');
    expect(notice?.link).toBe(`/programs/${w.programId}/challenges/${challengeId}`);
    // Read in German (the dashboard's Accept-Language), the same notice is German.
    const german = (
      ok(
        await api.call(dana, 'GET', '/api/me/notifications?limit=100', undefined, {
          'accept-language': 'de-DE',
        }),
      ).items as Notice[]
    ).find((n) => n.notificationId === notice?.notificationId);
    expect(german?.title).toBe('Willkommen bei Fiesta Agents: Sie sind dabei');
    expect(german?.body).toContain(`Ihr Empfehlungscode ist ${code}`);
    expect(german?.body).toContain('„Road trip“ (40 Punkte)');
    // Assess: by email, with a link that opens the dashboard and the date in the program's zone
    const [mail] = mailTo(dana.email).filter((m) => m.subject === notice?.title);
    expect(mail?.kind).toBe('email');
    expect(mail?.text).toContain(`Open: ${env.PUBLIC_URL}/programs/${w.programId}/challenges/${challengeId}`);
    expect(mail?.text).toMatch(/open until \d{1,2} \w{3} \d{4}, \d{2}:\d{2} CET/);
    expect(mail?.text).not.toMatch(ISO_INSTANT);
    // A decision is transactional: no way to unsubscribe from it.
    expect(mail?.headers).toEqual({});
  });

  it('tells a rejected applicant the reason', async () => {
    const eli = await createUser({ name: 'eli' });
    await w.apply(eli);

    ok(
      await api.call(manager, 'POST', `/api/programs/${w.programId}/ambassadors/${eli.id}/decision`, {
        decision: 'reject',
        reason: 'We are looking for drivers in Berlin this season.',
      }),
    );
    await poller.drain();

    const [notice] = await noticesOf(eli, 'application_rejected');
    expect(notice?.body).toContain("The team's reason: We are looking for drivers in Berlin this season.");
    expect(notice?.link).toBe(`/p/${w.slug}`);
    expect(mailTo(eli.email).map((m) => m.subject)).toContain('Your application to Fiesta Agents');
    expect(mailTo(eli.email).find((m) => m.subject === 'Your application to Fiesta Agents')?.text).toContain(
      'We are looking for drivers in Berlin this season.',
    );
  });

  it('writes the email in the language of the applicant’s profile', async () => {
    const fritz = await createUser({ name: 'fritz' });
    ok(await api.call(fritz, 'PATCH', '/api/me/profile', { language: 'de' }));
    await w.apply(fritz);

    ok(
      await api.call(manager, 'POST', `/api/programs/${w.programId}/ambassadors/${fritz.id}/decision`, {
        decision: 'reject',
        reason: 'Wir suchen diese Saison Fahrer in Berlin.',
      }),
    );
    await poller.drain();

    const [mail] = mailTo(fritz.email);
    expect(mail?.subject).toBe('Ihre Bewerbung bei Fiesta Agents');
    expect(mail?.text).toContain(
      'wurde diesmal nicht angenommen. Die Begründung des Teams: Wir suchen diese Saison Fahrer in Berlin.',
    );
    expect(mail?.text).toContain('— Embassy');
    // The stored notice is English, for a reader whose dashboard is English.
    const [notice] = await noticesOf(fritz, 'application_rejected');
    expect(notice?.title).toBe('Your application to Fiesta Agents');
  });
});

describe('what waits for the team', () => {
  it('counts applications, posts and rewards waiting from the stream, and tells the team once a day', async () => {
    // Prepare: two applications and one post waiting.
    const before = await waiting();
    const [fay, gus] = [await createUser({ name: 'fay' }), await createUser({ name: 'gus' })];
    await w.apply(fay);
    await w.apply(gus);
    const hal = await w.ambassador('hal');
    await w.post(hal.user, challengeId);
    await poller.drain();
    expect(await waiting()).toEqual({
      applications: before.applications + 2,
      posts: before.posts + 1,
      rewards: before.rewards,
    });

    // A perk redeemed waits to be given (the fulfilment queue) until it is.
    const perk = ok(
      await api.call(manager, 'POST', `/api/programs/${w.programId}/rewards`, {
        title: 'Workshop seat',
        kind: 'perk',
        costPoints: 5,
      }),
      201,
    ) as { rewardId: string };
    ok(
      await api.call(
        manager,
        'POST',
        `/api/programs/${w.programId}/ambassadors/${hal.user.id}/points-adjustments`,
        {
          points: 5,
          reason: 'Welcome gift',
        },
      ),
      201,
    );
    const redeemed = ok(
      await api.call(
        hal.user,
        'POST',
        `/api/programs/${w.programId}/rewards/${perk.rewardId}/redemptions`,
        {},
        { 'idempotency-key': `perk-${Date.now().toString(36)}` },
      ),
      201,
    ) as { redemptionId: string };
    await poller.drain();
    expect((await waiting()).rewards).toBe(before.rewards + 1);
    // Approved, it still waits to be given; given, it is done.
    const redemption = `/api/programs/${w.programId}/redemptions/${redeemed.redemptionId}`;
    ok(await api.call(manager, 'POST', `${redemption}/decision`, { decision: 'approve' }));
    await poller.drain();
    expect((await waiting()).rewards).toBe(before.rewards + 1);
    ok(await api.call(manager, 'POST', `${redemption}/fulfil`, {}));
    await poller.drain();
    expect((await waiting()).rewards).toBe(before.rewards);

    // A decision takes one off.
    await w.approve(fay, manager);
    await poller.drain();
    expect((await waiting()).applications).toBe(before.applications + 1);

    // The digest: after 08:00 in the program's zone, once that day, to the owner and the manager.
    const noon = new Date(`${new Date().toISOString().slice(0, 10)}T11:00:00.000Z`);
    await sendTeamDigests(noon, 1000);
    await sendTeamDigests(new Date(noon.getTime() + 3_600_000), 1000);
    await poller.drain();
    for (const user of [w.admin, manager]) {
      const digests = (await noticesOf(user, 'team_digest')).filter((n) => n.programId === w.programId);
      expect(digests).toHaveLength(1);
      expect(digests[0]?.body).toContain(`${before.applications + 1} application`);
      expect(mailTo(user.email).filter((m) => m.subject === digests[0]?.title)).toHaveLength(1);
    }
    // An ambassador is not told.
    expect(await noticesOf(hal.user, 'team_digest')).toEqual([]);
  });

  it('refuses the counts to an ambassador', async () => {
    const ivy = await w.ambassador('ivy');
    expect((await api.call(ivy.user, 'GET', `/api/programs/${w.programId}/waiting`)).status).toBe(403);
  });
});

describe('sales and commissions', () => {
  let jo: Member;

  it('tells an ambassador of their first sale once, and of each commission', async () => {
    jo = await w.ambassador('jo');
    await w.apiKey(w.admin);

    for (const orderId of ['JO-1', 'JO-2']) {
      const answer = await w.order({
        orderId,
        amount: 10_000,
        referralCode: jo.code,
        occurredAt: new Date().toISOString(),
      });
      expect(answer.status).toBe(201);
    }
    await poller.drain();

    expect(await noticesOf(jo.user, 'first_sale')).toHaveLength(1);
    const earned = await noticesOf(jo.user, 'commission_earned');
    expect(earned).toHaveLength(2);
    expect(earned[0]?.title).toBe('You earned €10.00 commission');
    const mail = mailTo(jo.user.email).find((m) => m.subject === earned[0]?.title);
    expect(mail?.text).toContain(`Open: ${env.PUBLIC_URL}/programs/${w.programId}/earnings`);
    expect(mail?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // A German reader reads the same notices in German, the money in the German way.
    const [firstSale] = await noticesOf(jo.user, 'first_sale', GERMAN);
    expect(firstSale?.title).toBe('Ihr erster Verkauf!');
    expect(firstSale?.body).toContain('eine Bestellung über 100,00\u00a0€');
    const german = await noticesOf(jo.user, 'commission_earned', GERMAN);
    expect(german.map((n) => n.title)).toEqual([
      'Sie haben 10,00\u00a0€ Provision verdient',
      'Sie haben 10,00\u00a0€ Provision verdient',
    ]);
  });

  it('tells them when a commission is approved', async () => {
    await approveDueCommissions(new Date(Date.now() + 31 * DAY_MS), 1000);
    await poller.drain();
    const approved = (await noticesOf(jo.user, 'commission_approved')).filter(
      (n) => n.programId === w.programId,
    );
    expect(approved).toHaveLength(2);
    expect(approved[0]?.title).toBe('€10.00 commission approved');
    const german = (await noticesOf(jo.user, 'commission_approved', GERMAN)).filter(
      (n) => n.programId === w.programId,
    );
    expect(german[0]?.title).toBe('10,00\u00a0€ Provision freigegeben');
    expect(german[0]?.body).toContain('Ihre Provision von 10,00\u00a0€');
  });
});

describe('a challenge opening in a large program', () => {
  it('is told over several runs of bounded batches, each ambassador once, and the challenge moves once all are told', async () => {
    // Prepare: five ambassadors, and runs that may tell two at a time.
    const big = await world(api).program();
    const members: Member[] = [];
    for (let i = 0; i < 5; i++) members.push(await big.ambassador(`crowd-${i}`));
    await big.challenge({ title: 'Crowd run' });
    const told = async () =>
      (
        await Promise.all(
          members.map(async (m) =>
            (await noticesOf(m.user, 'challenge_opened')).filter((n) => n.programId === big.programId),
          ),
        )
      ).map((notices) => notices.length);

    // Act: one run, then runs until every member is told.
    await advanceChallenges(new Date(), 2);
    const afterOne = await told();
    let runs = 1;
    while ((await told()).some((n) => n === 0) && runs < 20) {
      await advanceChallenges(new Date(), 2);
      runs++;
    }
    // Once all are told, a further run tells nobody again.
    await advanceChallenges(new Date(), 2);

    // Assess
    expect(afterOne.filter((n) => n > 0).length).toBeLessThanOrEqual(2);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(await told()).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('the bell, preferences and the one-click unsubscribe', () => {
  let kim: Member;

  it('counts unread notifications and marks them read', async () => {
    kim = await w.ambassador('kim');
    await w.challenge({ title: 'City lights' });
    await advanceChallenges(new Date());
    await poller.drain();

    const page = ok(await api.call(kim.user, 'GET', '/api/me/notifications?limit=100'));
    expect(page.unread).toBeGreaterThanOrEqual(2); // the approval and the new challenge
    expect(page.items.every((n: Notice) => !n.read)).toBe(true);

    expect(ok(await api.call(kim.user, 'POST', '/api/me/notifications/read')).unread).toBe(0);
    const after = ok(await api.call(kim.user, 'GET', '/api/me/notifications?limit=100'));
    expect(after.unread).toBe(0);
    expect(after.items.every((n: Notice) => n.read)).toBe(true);
  });

  it('stops challenge emails through the link in one of them, not the notifications, nor transactional mail', async () => {
    // Prepare: the announcement's email, with its List-Unsubscribe header.
    const announced = mailTo(kim.user.email).find((m) => m.subject === 'New challenge: City lights');
    const header = announced?.headers['List-Unsubscribe'] ?? '';
    expect(header).toMatch(new RegExp(`^<${env.PUBLIC_URL}/api/unsubscribe\\?token=[^>]+>$`));
    expect(announced?.text).toContain(`Stop emails like this one: ${env.PUBLIC_URL}/unsubscribe?token=`);
    const link = new URL(header.slice(1, -1));

    // Act: the mail client's one-click POST (RFC 8058), no sign-in.
    const answer = await api.fetch(`${api.url}${link.pathname}${link.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ type: 'challenge_opened', channel: 'in_app' });

    // Assess: the next challenge comes in the app, with no email.
    await w.challenge({ title: 'Night drive' });
    await advanceChallenges(new Date());
    await poller.drain();
    expect((await noticesOf(kim.user, 'challenge_opened')).map((n) => n.title)).toContain(
      'New challenge: Night drive',
    );
    expect(mailTo(kim.user.email).map((m) => m.subject)).not.toContain('New challenge: Night drive');
    // Other types still email (a first sale); and the decision on an application cannot be turned off.
    const preferences = ok(await api.call(kim.user, 'GET', '/api/me/notification-preferences')).preferences;
    expect(preferences).toContainEqual({ type: 'challenge_opened', channel: 'in_app', transactional: false });
    expect(preferences).toContainEqual({ type: 'first_sale', channel: 'email', transactional: false });
    expect(preferences).toContainEqual({
      type: 'application_approved',
      channel: 'email',
      transactional: true,
    });
    const refused = await api.call(kim.user, 'PUT', '/api/me/notification-preferences', {
      preferences: { application_approved: 'off' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('validation_failed');
  });

  it('has the unsubscribe in the program’s audit log once, before and after, and a second click adds nothing', async () => {
    // Prepare: the link from the announcement, clicked a second time.
    const announced = mailTo(kim.user.email).find((m) => m.subject === 'New challenge: City lights');
    const link = new URL((announced?.headers['List-Unsubscribe'] ?? '').slice(1, -1));
    expect((await api.call(undefined, 'POST', `${link.pathname}${link.search}`)).status).toBe(200);

    // Act
    const log = ok(
      await api.call(
        manager,
        'GET',
        `/api/programs/${w.programId}/audit?type=notifications.changed&limit=100`,
      ),
    ).items as Array<{ actorId: string; changes?: unknown[] }>;

    // Assess: one entry of hers, the type from email to the app.
    const hers = log.filter((e) => e.actorId === kim.user.id);
    expect(hers).toHaveLength(1);
    expect(hers[0]?.changes).toEqual([{ field: 'challenge_opened', before: 'email', after: 'in_app' }]);
  });

  it('refuses a forged or altered token', async () => {
    const forged = await api.call(
      undefined,
      'POST',
      `/api/unsubscribe?token=${encodeURIComponent(`v1.${Buffer.from(kim.user.id).toString('base64url')}.first_sale.AAAA`)}`,
    );
    expect(forged.status).toBe(422);
    expect(forged.body.error.code).toBe('validation_failed');
  });

  it('leaves a type turned off out of the list and the count', async () => {
    ok(
      await api.call(kim.user, 'PUT', '/api/me/notification-preferences', {
        preferences: { challenge_opened: 'off' },
      }),
    );
    const page = ok(await api.call(kim.user, 'GET', '/api/me/notifications?limit=100'));
    expect(page.items.map((n: Notice) => n.type)).not.toContain('challenge_opened');
  });
});

describe('the weekly digest of new challenges', () => {
  it('announces no challenge as it opens, and lists the week’s in one notification a week', async () => {
    // Prepare: a program that announces weekly, an ambassador, a challenge open for a month.
    const weekly = await world(api).program({ name: 'Weekly Club', challengeAnnouncements: 'weekly' });
    const lou = await weekly.ambassador('lou');
    // Opened this week (UTC) whatever the hour the test runs at, so next week's digest lists it.
    const now = Date.now();
    await weekly.challenge({
      title: 'Spring mission',
      opensAt: new Date(Math.max(weekStart(new Date(now)).getTime(), now - 3_600_000)).toISOString(),
      closesAt: new Date(now + 30 * DAY_MS).toISOString(),
    });
    await advanceChallenges(new Date());
    await poller.drain();
    expect(await noticesOf(lou.user, 'challenge_opened')).toEqual([]);

    // Act: the next week's first runs (twice: the second finds the week done).
    const nextWeek = new Date(now + 7 * DAY_MS);
    await sendChallengeDigests(nextWeek);
    await sendChallengeDigests(nextWeek);
    await poller.drain();

    // Assess
    const digests = await noticesOf(lou.user, 'challenges_digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]?.title).toBe('New this week in Weekly Club: Spring mission');
    const [german] = await noticesOf(lou.user, 'challenges_digest', GERMAN);
    expect(german?.title).toBe('Neu diese Woche in Weekly Club: Spring mission');
    expect(german?.body).toMatch(/^• Spring mission: \d+ Punkte?, offen bis \d{4}-/);
    expect(mailTo(lou.user.email).filter((m) => m.subject === digests[0]?.title)).toHaveLength(1);
  });
});

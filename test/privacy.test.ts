import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as scheduler } from '../functions/scheduler.handler.ts';
import { signIn } from '../local/cognito-users.ts';
import type { StreamPoller } from '../local/stream-poller.ts';
import { signUnsubscribeToken } from '../shared/notifications/unsubscribe-token.ts';
import { db, tableName } from '../shared/platform/db/client.ts';
import { runErasure } from '../shared/privacy/erase-personal-data.service.ts';
import { findErasure } from '../shared/privacy/erasure.store.ts';
import { thumbnailKeyFor } from '../shared/uploads/image-type.ts';
import { readStoredImage, thumbnailUrlFor } from '../shared/uploads/proof-image.store.ts';
import {
  type Api,
  cognito,
  createUser,
  eventually,
  ok,
  services,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import { type Member, type ProgramWorld, world } from './world.ts';

/**
 * Issue 17 §4, acceptance: an ambassador with posts, sales and a payout exports their data and
 * finds it all there; then deletes their account. Their name and email are gone from every answer
 * the team and the other ambassadors get (lists, reports, CSVs, notifications), the brand's
 * report totals are what they were, their code credits no one, and they can neither sign in nor
 * use the token they still hold. On DynamoDB Local and cognito-local, through the real handlers
 * and stream consumers.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let admin: TestUser;
let manager: TestUser;
let brand: TestUser;
let anna: Member;
let ben: Member;
let programId: string;
let challengeId: string;
const NAME = 'Annabel Quixotic';
/** The name she gives her profile after applying: the dashboard and her public page show it. */
const PROFILE_NAME = 'Annabel Q. Traveller';
/** A real 1×1 PNG, her avatar. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
let avatarKey: string;
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15';
const today = new Date().toISOString().slice(0, 10);
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const at = (path: string) => `/api/programs/${programId}${path}`;

/** Every answer the team, the brand and another ambassador read about the program, as text. */
async function everythingOthersSee(): Promise<Record<string, string>> {
  const reads: Array<[string, TestUser, string]> = [
    ['ambassadors (approved)', manager, at('/ambassadors?status=approved')],
    ['ambassadors (pending)', manager, at('/ambassadors?status=pending')],
    ['ambassadors (suspended)', manager, at('/ambassadors?status=suspended')],
    ['ambassador', manager, at(`/ambassadors/${anna.user.id}`)],
    ['review queue', manager, at('/submissions?status=pending')],
    ['gallery', ben.user, at('/gallery')],
    ['content library', brand, at('/content')],
    ['content library CSV', brand, at('/content/export')],
    ['metrics to check', manager, at('/metrics-reports')],
    ['commissions', brand, at('/commissions?state=paid')],
    ['orders', brand, at('/conversions')],
    ['referral report', brand, at(`/reports/referrals?from=${monthAgo}&to=${today}`)],
    ['referral report CSV', brand, at(`/reports/referrals?from=${monthAgo}&to=${today}&format=csv`)],
    ['payouts', brand, at('/payouts')],
    ['leaderboard', ben.user, at('/leaderboard')],
    ['redemptions', manager, at('/redemptions')],
    ['manager notifications', manager, '/api/me/notifications?limit=100'],
    ['owner notifications', admin, '/api/me/notifications?limit=100'],
    ['brand notifications', brand, '/api/me/notifications?limit=100'],
    ['ben notifications', ben.user, '/api/me/notifications?limit=100'],
  ];
  const texts: Record<string, string> = {};
  for (const [label, user, path] of reads) {
    const response = ok(await api.call(user, 'GET', path));
    texts[label] = typeof response === 'string' ? response : JSON.stringify(response);
  }
  const payouts = JSON.parse(texts.payouts ?? '{}') as { items: Array<{ payoutId: string }> };
  for (const { payoutId } of payouts.items) {
    texts[`payout ${payoutId}`] = JSON.stringify(
      ok(await api.call(brand, 'GET', at(`/payouts/${payoutId}`))),
    );
    const file = await api.call(brand, 'GET', at(`/payouts/${payoutId}/export?format=paypal`));
    texts[`payout file ${payoutId}`] =
      `${file.status} ${typeof file.body === 'string' ? file.body : JSON.stringify(file.body)}`;
  }
  return texts;
}

const totalsOf = (report: { totals?: unknown }) => report.totals;

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['rollups', 'activity']);
  w = await world(api).program({
    commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 0 },
    pointsPerSale: 10,
  });
  ({ admin, programId } = w);
  manager = await w.staff('manager');
  brand = await w.staff('brand');
  await w.apiKey(brand);
  anna = await w.ambassador('anna', {
    application: {
      displayName: NAME,
      answers: { why: 'Annabel loves the shop', channel: 'YouTube', followers: 4200 },
      socialHandles: { instagram: '@annabel.quixotic' },
    },
  });
  ben = await w.ambassador('ben', { application: { displayName: 'Ben Plain' } });

  // Her account: a profile with a name, handles and an avatar (its thumbnail made by the media
  // function), her public page with a pick, a notification preference and a read mark.
  const upload = ok(
    await api.call(anna.user, 'POST', '/api/me/avatar-uploads', {
      contentType: 'image/png',
      size: TINY_PNG.length,
      fileName: 'me.png',
    }),
    201,
  );
  avatarKey = upload.key;
  expect(
    (await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: TINY_PNG })).status,
  ).toBe(200);
  ok(
    await api.call(anna.user, 'PATCH', '/api/me/profile', {
      displayName: PROFILE_NAME,
      avatarKey,
      handles: { instagram: 'annabel.quixotic', tiktok: 'annabel.tok' },
      language: 'de',
      timeZone: 'Europe/Paris',
    }),
  );
  await eventually(
    () => thumbnailUrlFor(avatarKey),
    (url) => url !== undefined,
  );
  ok(
    await api.call(anna.user, 'POST', at('/links'), {
      destination: 'https://example.com/spring',
      slug: 'spring',
    }),
    201,
  );
  ok(await api.call(anna.user, 'PUT', at('/public-page'), { picks: ['spring'] }));
  ok(
    await api.call(anna.user, 'PUT', '/api/me/notification-preferences', {
      preferences: { submission_approved: 'in_app' },
    }),
  );
  ({ challengeId } = await w.challenge({ title: 'Spring', maxSubmissionsPerAmbassador: 5 }));

  // Posts: one approved (with figures and kudos from Ben), one waiting in the review queue.
  const approved = await w.post(anna.user, challengeId, { caption: `${NAME} in spring #ad` });
  ok(
    await api.call(admin, 'POST', at(`/submissions/${approved.submissionId}/review`), {
      decision: 'approve',
      version: 1,
    }),
  );
  ok(await api.call(ben.user, 'POST', at(`/submissions/${approved.submissionId}/kudos`)), 201);
  ok(
    await api.call(anna.user, 'POST', at(`/submissions/${approved.submissionId}/metrics`), {
      views: 1500,
      likes: 90,
    }),
    201,
  );
  await w.post(anna.user, challengeId, { caption: 'Second look #ad' });

  // Sales: a click and its order, an order by code alone; Ben sells once too.
  const rid = await w.click(anna.code, { ip: '198.51.100.20', userAgent: BROWSER });
  const occurredAt = new Date().toISOString();
  ok(await w.order({ orderId: 'P-1', amount: 20_000, clickId: rid, occurredAt }), 201);
  ok(await w.order({ orderId: 'P-2', amount: 5_000, referralCode: anna.code, occurredAt }), 201);
  ok(await w.order({ orderId: 'P-3', amount: 8_000, referralCode: ben.code, occurredAt }), 201);

  // A payout, sent: the commissions are approved by the scheduler (no holding period).
  await scheduler({ time: new Date().toISOString() }, {} as never);
  await w.payoutDetails(anna, { method: 'paypal', email: anna.user.email });
  await w.payoutDetails(ben, { method: 'paypal', email: 'ben.plain@example.org' });
  const payout = ok(await api.call(brand, 'POST', at('/payouts'), {}), 201);
  ok(
    await api.call(brand, 'POST', at(`/payouts/${payout.payoutId}/confirm`), {
      sentOn: today,
      reference: 'PAY-1',
    }),
  );
  await poller.drain();
  await poller.drain();
});
afterAll(async () => {
  await poller?.stop();
  await api?.close();
});

describe('the data export and account deletion', () => {
  let before: { report: unknown; reportCsvTotals: string; commissions: number; orders: number };

  it('exports everything Embassy holds about the ambassador', async () => {
    ok(await api.call(anna.user, 'POST', '/api/me/notifications/read'));
    const response = await api.call(anna.user, 'GET', '/api/me/export');
    const data = ok(response);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="embassy-data-/);
    expect(data.user).toMatchObject({ id: anna.user.id, email: anna.user.email });
    expect(data.programs).toHaveLength(1);
    const [program] = data.programs;
    expect(program.membership).toMatchObject({
      displayName: NAME,
      email: anna.user.email,
      status: 'approved',
      referralCode: anna.code,
      application: { socialHandles: { instagram: '@annabel.quixotic' }, answers: { followers: 4200 } },
    });
    expect(program.submissions).toHaveLength(2);
    const post = program.submissions.find((s: { status: string }) => s.status === 'approved');
    expect(post.metrics).toMatchObject([{ figures: { views: 1500, likes: 90 } }]);
    expect(program.ledger.map((e: { source: string }) => e.source.split(':')[0]).sort()).toEqual([
      'sale',
      'sale',
      'submission',
    ]);
    expect(program.commissions.map((c: { orderId: string }) => c.orderId).sort()).toEqual(['P-1', 'P-2']);
    expect(program.payouts).toMatchObject([{ ambassadorId: anna.user.id, name: NAME, status: 'paid' }]);
    expect(program.orders.map((o: { orderId: string }) => o.orderId).sort()).toEqual(['P-1', 'P-2']);
    expect(program.orders.find((o: { orderId: string }) => o.orderId === 'P-1').attribution).toMatchObject({
      via: 'click',
      clickId: expect.any(String),
    });
    expect(program.creditedByDay).toMatchObject([{ day: today, clicks: 1, orders: 2 }]);
    expect(data.notifications.length).toBeGreaterThan(0);
    // Her account's own data: the profile, her public page's settings, her notification choices.
    expect(data.profile).toEqual({
      displayName: PROFILE_NAME,
      avatarKey,
      handles: { instagram: 'annabel.quixotic', tiktok: 'annabel.tok' },
      language: 'de',
      timeZone: 'Europe/Paris',
      updatedAt: expect.any(String),
    });
    expect(program.publicPage).toEqual({ enabled: true, picks: ['spring'], updatedAt: expect.any(String) });
    expect(data.notificationPreferences).toContainEqual({
      type: 'submission_approved',
      channel: 'in_app',
      transactional: false,
    });
    expect(data.notificationsReadUpTo).toBe(data.notifications[0].notificationId);
    expect(JSON.stringify(data)).not.toContain('sealedCode');
  });

  it('refuses a deletion that is not confirmed, or that would leave a program without an owner', async () => {
    for (const body of [{}, { confirm: false }, { confirm: 'yes' }]) {
      const refused = await api.call(anna.user, 'DELETE', '/api/me', body);
      expect(refused.status, JSON.stringify(refused.body)).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'validation_failed', requestId: expect.any(String) });
    }
    expect((await api.call(anna.user, 'GET', '/api/me')).status).toBe(200);
    // The program's only owner hands it on first: it is never left without one.
    const lastOwner = await api.call(admin, 'DELETE', '/api/me', { confirm: true });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.error.details).toEqual({ programIds: [programId] });
    expect((await api.call(admin, 'GET', '/api/me')).status).toBe(200);
  });

  it('deletes the account: the name and email leave every answer, the books and totals stay', async () => {
    const seen = await everythingOthersSee();
    // The reads do name her before: the check below is not vacuous.
    expect(Object.entries(seen).filter(([, text]) => text.includes(NAME)).length).toBeGreaterThan(5);
    const report = ok(await api.call(brand, 'GET', at(`/reports/referrals?from=${monthAgo}&to=${today}`)));
    before = {
      report: totalsOf(report),
      reportCsvTotals: String(
        ok(await api.call(brand, 'GET', at(`/reports/referrals?from=${monthAgo}&to=${today}&format=csv`))),
      )
        .split('\n')
        .filter((line) => line.startsWith('TOTAL') || line.startsWith('"TOTAL'))
        .join('\n'),
      commissions: ok(await api.call(brand, 'GET', at('/commissions?state=paid'))).items.length,
      orders: ok(await api.call(brand, 'GET', at('/conversions'))).items.length,
    };

    // Her public page shows her profile's name and handles.
    const page = ok(await api.call(undefined, 'GET', `/api/public/ambassadors/${anna.code}`));
    expect(page).toMatchObject({ displayName: PROFILE_NAME, handles: { tiktok: 'annabel.tok' } });

    const deleted = ok(await api.call(anna.user, 'DELETE', '/api/me', { confirm: true }));
    expect(deleted).toMatchObject({
      status: 'erased',
      pseudonym: expect.stringMatching(/^Deleted ambassador [0-9A-F]{6}$/),
    });
    await poller.drain();

    const after = await everythingOthersSee();
    for (const [label, text] of Object.entries(after)) {
      expect(text, label).not.toContain(NAME);
      expect(text, label).not.toContain('Annabel');
      expect(text, label).not.toContain(anna.user.email);
      expect(text, label).not.toContain('annabel.quixotic');
      expect(text, label).not.toContain('annabel.tok');
    }
    // Her public page is gone; of her own partition only the erasure's tombstone is left (no
    // profile, public page settings, preferences or read mark); her avatar left the bucket.
    const gonePage = await api.call(undefined, 'GET', `/api/public/ambassadors/${anna.code}`);
    expect(gonePage.status).toBe(404);
    expect(gonePage.body.error).toMatchObject({ code: 'not_found', requestId: expect.any(String) });
    // An unsubscribe link from an old email of hers still answers, and writes nothing.
    const token = await signUnsubscribeToken(anna.user.id, 'challenge_opened');
    const unsubscribed = await api.fetch(`${api.url}/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);
    const own = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `USER#${anna.user.id}` },
      }),
    );
    expect(own.Items?.map((item) => item.sk)).toEqual(['ERASURE']);
    expect(JSON.stringify(own.Items)).not.toContain('Annabel');
    await expect(readStoredImage(avatarKey)).rejects.toThrow();
    await expect(readStoredImage(thumbnailKeyFor(avatarKey) as string)).rejects.toThrow();
    // Her kept membership is for the books: no manager gives it a live code again.
    for (const [action, body] of [
      ['suspend', { reason: 'test' }],
      ['referral-code/rotate', { graceDays: 0 }],
    ] as const) {
      const refused = await api.call(manager, 'POST', at(`/ambassadors/${anna.user.id}/${action}`), body);
      expect(refused.status, action).toBe(409);
      expect(refused.body.error.message).toMatch(/deleted their account/);
    }
    // Her posts left the gallery, the review queue and the library.
    expect(after.gallery).not.toContain(anna.user.id);
    expect(after['review queue']).not.toContain(anna.user.id);
    expect(after['content library']).not.toContain(anna.user.id);
    // Her orders, commissions and payout stay, under the pseudonym.
    expect(after.commissions).toContain(anna.user.id);
    expect(after[`payout ${JSON.parse(after.payouts ?? '{}').items[0].payoutId}`]).toContain(
      deleted.pseudonym,
    );
    expect(ok(await api.call(brand, 'GET', at('/commissions?state=paid'))).items.length).toBe(
      before.commissions,
    );
    expect(ok(await api.call(brand, 'GET', at('/conversions'))).items.length).toBe(before.orders);
    const reportAfter = ok(
      await api.call(brand, 'GET', at(`/reports/referrals?from=${monthAgo}&to=${today}`)),
    );
    expect(totalsOf(reportAfter)).toEqual(before.report);
    expect(JSON.stringify(reportAfter)).toContain(deleted.pseudonym);
  });

  it('is in the program’s audit log once, with the export before it, naming no one', async () => {
    // Act
    const log = ok(await api.call(manager, 'GET', at('/audit?limit=100'))).items as Array<{
      type: string;
      actorId: string;
      target: { id: string };
      summary: string;
    }>;
    // Assess
    const mine = log.filter((e) => e.target.id === anna.user.id && e.type.startsWith('account.'));
    expect(mine.map((e) => e.type)).toEqual(['account.deleted', 'account.exported']);
    expect(mine.every((e) => e.actorId === anna.user.id)).toBe(true);
    expect(JSON.stringify(log)).not.toContain(anna.user.email);
    expect(JSON.stringify(log)).not.toContain(NAME);
    expect(JSON.stringify(log)).not.toContain(PROFILE_NAME);
  });

  it('leaves her signed out for good: the token she holds reads nothing, and she cannot sign in', async () => {
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['GET', '/api/me/export'],
      ['GET', '/api/me/notifications'],
      ['GET', at('/challenges')],
      ['GET', at('/gallery')],
      ['DELETE', '/api/me'],
    ] as const) {
      const refused = await api.call(
        anna.user,
        method,
        path,
        method === 'DELETE' ? { confirm: true } : undefined,
      );
      expect(refused.status, `${method} ${path}`).toBe(401);
      expect(refused.body.error.message).toBe('This account was deleted');
    }
    await expect(
      signIn(cognito(), services().clientId, anna.user.email, 'Test-password-1'),
    ).rejects.toThrow();
    // Someone signing up again with the address is a new person: none of the old data is theirs.
    const again = await createUser({ name: 'anna-again' });
    expect(ok(await api.call(again, 'GET', '/api/me')).memberships).toEqual([]);
  });

  it('stops her code from crediting anyone', async () => {
    const order = ok(
      await w.order({
        orderId: 'P-4',
        amount: 3_000,
        referralCode: anna.code,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(order.commissionId).toBeUndefined();
    const visit = await w.visit(`/r/${anna.code}`, { ip: '198.51.100.21', userAgent: BROWSER });
    expect(visit.status).toBe(302);
    expect(new URL(visit.headers.get('location') ?? '').searchParams.get('ref')).toBeNull();
  });
});

describe('a deletion after leaving', () => {
  it('erases the reason given on leaving, and keeps the membership left and off every list', async () => {
    // Prepare: Dora leaves the program in her own words, then deletes her account
    const dora = await w.ambassador('dora', { application: { displayName: 'Dorothea Vale' } });
    ok(
      await api.call(dora.user, 'POST', at(`/ambassadors/${dora.user.id}/leave`), {
        reason: 'Dorothea found a better shop',
      }),
    );

    // Act
    const deleted = ok(await api.call(dora.user, 'DELETE', '/api/me', { confirm: true }));

    // Assess: the kept membership is still `left`, with no words of hers; no list shows it
    const kept = ok(await api.call(manager, 'GET', at(`/ambassadors/${dora.user.id}`)));
    expect(kept).toMatchObject({ status: 'left', displayName: deleted.pseudonym, email: '' });
    expect(kept.leaving).toMatchObject({ from: 'approved' });
    expect(JSON.stringify(kept)).not.toContain('Dorothea');
    const listed = ok(await api.call(manager, 'GET', at('/ambassadors?status=left')));
    expect(JSON.stringify(listed)).not.toContain(dora.user.id);
  });
});

describe('a deletion cut short', () => {
  it('is finished by the scheduler, and a repeat changes nothing', async () => {
    const cleo = await w.ambassador('cleo', { application: { displayName: 'Cleopatra Zed' } });
    for (let i = 0; i < 3; i++) await w.post(cleo.user, challengeId);
    // The request's run stops at once, as it would at the deadline: the scheduler carries on.
    const erasure = {
      userId: cleo.user.id,
      pseudonym: 'Deleted ambassador TEST01',
      status: 'erasing' as const,
      programIds: [programId],
      requestedAt: new Date().toISOString(),
      runs: 0,
    };
    const cut = await runErasure(erasure, () => false);
    expect(cut).toMatchObject({ status: 'erasing', runs: 1 });
    // Its tombstone refuses her token already.
    expect((await api.call(cleo.user, 'GET', '/api/me')).status).toBe(401);
    expect(
      ok(await api.call(manager, 'GET', at('/submissions?status=pending'))).items.map(
        (s: { userId: string }) => s.userId,
      ),
    ).toContain(cleo.user.id);

    await scheduler({ time: new Date(Date.now() + 1000).toISOString() }, {} as never);
    expect(await findErasure(cleo.user.id)).toMatchObject({ status: 'erased', runs: 2 });
    const queue = ok(await api.call(manager, 'GET', at('/submissions?status=pending')));
    expect(JSON.stringify(queue)).not.toContain(cleo.user.id);
    const member = ok(await api.call(manager, 'GET', at(`/ambassadors/${cleo.user.id}`)));
    expect(member).toMatchObject({ displayName: 'Deleted ambassador TEST01', email: '' });

    // Once more (a redelivered run): the same outcome.
    await runErasure({ ...erasure, runs: 2 });
    expect(ok(await api.call(manager, 'GET', at(`/ambassadors/${cleo.user.id}`)))).toMatchObject({
      displayName: 'Deleted ambassador TEST01',
    });
  });
});

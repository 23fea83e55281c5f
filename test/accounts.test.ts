import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import {
  type Api,
  confirmationCodeFor,
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
 * People's own accounts end to end, through the real handlers on DynamoDB Local, cognito-local
 * and s3rver: a forgotten password reset by the emailed code through Cognito's own flow (the
 * dashboard's `/cognito`), a password change, the profile and its avatar, and an ambassador's
 * public page: what it shows, its visits counted as clicks, and an order through one of its links
 * attributed to them.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let manager: TestUser;
let anna: Member;

/** The password test/helpers.ts gives every user it makes. */
const PASSWORD = 'Test-password-1';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36';
/** A real 1×1 PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** One call to Cognito's JSON API as the dashboard makes it: through the gateway's `/cognito`. */
async function cognitoCall(operation: string, body: Record<string, unknown>) {
  const response = await fetch(`${api.url}/cognito`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify({ ClientId: services().clientId, ...body }),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  };
}

const signIn = (email: string, password: string) =>
  cognitoCall('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });

/** Waits for a code newer than `previous` in the dev outbox. */
const newCodeFor = (email: string, previous: string | undefined) =>
  eventually(
    // The outbox file appears with its first message.
    async () => (existsSync(services().outboxFile) ? confirmationCodeFor(email) : undefined),
    (code) => code !== undefined && code !== previous,
  );

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
  w = await world(api).program({ allowedDomains: ['shop.example.net'] });
  manager = await w.staff('manager');
  anna = await w.ambassador('anna');
});
afterAll(async () => {
  await poller.stop();
  await api.close();
});

describe('passwords, through Cognito’s own flows', () => {
  it('resets a forgotten password with the emailed code; the old password stops working', async () => {
    const user = await createUser({ name: 'forgetful' });
    const before = existsSync(services().outboxFile) ? confirmationCodeFor(user.email) : undefined;
    const asked = await cognitoCall('ForgotPassword', { Username: user.email });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const code = await newCodeFor(user.email, before);

    const wrong = await cognitoCall('ConfirmForgotPassword', {
      Username: user.email,
      ConfirmationCode: code === '000000' ? '111111' : '000000',
      Password: 'New-password-2',
    });
    expect(wrong.status).toBe(400);
    expect(String(wrong.body.__type ?? wrong.body.code)).toMatch(/CodeMismatch/);

    const reset = await cognitoCall('ConfirmForgotPassword', {
      Username: user.email,
      ConfirmationCode: code,
      Password: 'New-password-2',
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect((await signIn(user.email, PASSWORD)).status).toBe(400);
    const signedIn = await signIn(user.email, 'New-password-2');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.AuthenticationResult).toBeDefined();
  });

  it('changes the password of a signed-in user with their access token', async () => {
    const user = await createUser({ name: 'changer' });
    const { AuthenticationResult } = (await signIn(user.email, PASSWORD)).body as {
      AuthenticationResult: { AccessToken: string };
    };
    const refused = await cognitoCall('ChangePassword', {
      AccessToken: AuthenticationResult.AccessToken,
      PreviousPassword: 'Not-the-password-1',
      ProposedPassword: 'Changed-password-3',
    });
    expect(refused.status).toBe(400);
    const changed = await cognitoCall('ChangePassword', {
      AccessToken: AuthenticationResult.AccessToken,
      PreviousPassword: PASSWORD,
      ProposedPassword: 'Changed-password-3',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await signIn(user.email, PASSWORD)).status).toBe(400);
    expect((await signIn(user.email, 'Changed-password-3')).status).toBe(200);
  });
});

describe('the profile', () => {
  it('starts empty, takes validated fields, clears with null, and names the caller in /api/me', async () => {
    const user = await createUser({ name: 'profiled' });
    const empty = ok(await api.call(user, 'GET', '/api/me/profile'));
    expect(empty).toMatchObject({ userId: user.id, email: user.email, handles: {} });
    expect(empty.displayName).toBeUndefined();

    for (const [body, field] of [
      [{ handles: { instagram: '@anna' } }, 'handles.instagram'],
      [{ handles: { x: 'a-name-far-too-long-for-x' } }, 'handles.x'],
      [{ handles: { myspace: 'anna' } }, 'handles'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ language: 'fr' }, 'language'],
      [{ displayName: '   ' }, 'displayName'],
    ] as const) {
      const refused = await api.call(user, 'PATCH', '/api/me/profile', body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(JSON.stringify(refused.body.error), JSON.stringify(body)).toContain(field.split('.')[0]);
    }

    const saved = ok(
      await api.call(user, 'PATCH', '/api/me/profile', {
        displayName: 'Anna Fiesta',
        handles: { instagram: 'anna.fiesta', tiktok: 'anna_f', x: 'annaf' },
        language: 'de',
        timeZone: 'Europe/Paris',
      }),
    );
    expect(saved).toMatchObject({
      displayName: 'Anna Fiesta',
      handles: { instagram: 'anna.fiesta', tiktok: 'anna_f', x: 'annaf' },
      language: 'de',
      timeZone: 'Europe/Paris',
    });
    const changed = ok(
      await api.call(user, 'PATCH', '/api/me/profile', { handles: { tiktok: null }, language: null }),
    );
    expect(changed.handles).toEqual({ instagram: 'anna.fiesta', x: 'annaf' });
    expect(changed.language).toBeUndefined();
    expect(changed.timeZone).toBe('Europe/Paris');
    expect(ok(await api.call(user, 'GET', '/api/me')).user.name).toBe('Anna Fiesta');
  });

  it('keeps both of two changes made at once', async () => {
    const user = await createUser({ name: 'busy' });
    await Promise.all([
      api.call(user, 'PATCH', '/api/me/profile', { handles: { instagram: 'one' } }),
      api.call(user, 'PATCH', '/api/me/profile', { timeZone: 'Asia/Tokyo' }),
    ]).then((answers) => {
      for (const answer of answers) ok(answer);
    });
    expect(ok(await api.call(user, 'GET', '/api/me/profile'))).toMatchObject({
      handles: { instagram: 'one' },
      timeZone: 'Asia/Tokyo',
    });
  });

  it('takes an avatar uploaded as proof images are, the caller’s own only', async () => {
    const user = await createUser({ name: 'pictured' });
    const other = await createUser({ name: 'other' });
    const upload = ok(
      await api.call(user, 'POST', '/api/me/avatar-uploads', {
        contentType: 'image/png',
        size: TINY_PNG.length,
        fileName: 'me.png',
      }),
      201,
    );
    expect(upload.key).toMatch(new RegExp(`^proofs/avatars/${user.id}/`));
    const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: TINY_PNG });
    expect(put.status).toBe(200);

    const stolen = await api.call(other, 'PATCH', '/api/me/profile', { avatarKey: upload.key });
    expect(stolen.status).toBe(422);
    expect(stolen.body.error.details).toMatchObject({ field: 'avatarKey' });
    const notUploaded = await api.call(user, 'PATCH', '/api/me/profile', {
      avatarKey: `proofs/avatars/${user.id}/01NOTUPLOADED.png`,
    });
    expect(notUploaded.status).toBe(422);
    expect(
      (
        await api.call(user, 'POST', '/api/me/avatar-uploads', {
          contentType: 'image/png',
          size: 10,
          fileName: 'a.exe',
        })
      ).status,
    ).toBe(422);

    const saved = ok(await api.call(user, 'PATCH', '/api/me/profile', { avatarKey: upload.key }));
    expect(saved.avatarKey).toBe(upload.key);
    expect(saved.avatarUrl).toMatch(/^http/);
    const cleared = ok(await api.call(user, 'PATCH', '/api/me/profile', { avatarKey: null }));
    expect(cleared.avatarKey).toBeUndefined();
  });
});

describe('an ambassador’s public page', () => {
  const page = (code: string) => api.call(undefined, 'GET', `/api/public/ambassadors/${code}`);

  it('shows their approved posts and picks and nothing private; a visit counts as a click', async () => {
    const { challengeId } = await w.challenge({ maxSubmissionsPerAmbassador: 5 });
    const approved = await w.post(anna.user, challengeId);
    ok(
      await api.call(
        manager,
        'POST',
        `/api/programs/${w.programId}/submissions/${approved.submissionId}/review`,
        {
          decision: 'approve',
          version: approved.version,
        },
      ),
    );
    const pending = await w.post(anna.user, challengeId);
    ok(
      await api.call(anna.user, 'POST', `/api/programs/${w.programId}/links`, {
        destination: 'https://shop.example.net/summer',
        slug: 'summer',
      }),
      201,
    );
    ok(
      await api.call(anna.user, 'POST', `/api/programs/${w.programId}/links`, {
        destination: 'https://shop.example.net/hidden',
        slug: 'hidden',
      }),
      201,
    );
    ok(
      await api.call(anna.user, 'PATCH', '/api/me/profile', {
        displayName: 'Anna F.',
        handles: { instagram: 'annaf' },
      }),
    );

    const settings = ok(await api.call(anna.user, 'GET', `/api/programs/${w.programId}/public-page`));
    expect(settings).toMatchObject({ enabled: true, picks: [], url: `/a/${anna.code}` });
    const foreign = await api.call(anna.user, 'PUT', `/api/programs/${w.programId}/public-page`, {
      picks: ['no-such-link'],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details).toMatchObject({ field: 'picks' });
    expect(
      (await api.call(manager, 'PUT', `/api/programs/${w.programId}/public-page`, { picks: [] })).status,
    ).toBe(403);
    ok(await api.call(anna.user, 'PUT', `/api/programs/${w.programId}/public-page`, { picks: ['summer'] }));

    const shown = await page(anna.code.toLowerCase());
    ok(shown);
    expect(shown.headers.get('cache-control')).toBe('public, max-age=60');
    expect(shown.body).toMatchObject({
      referralCode: anna.code,
      displayName: 'Anna F.',
      handles: { instagram: 'annaf' },
      shopUrl: `/r/${anna.code}`,
      picks: [
        { slug: 'summer', url: `/r/${anna.code}/summer`, destination: 'https://shop.example.net/summer' },
      ],
    });
    expect(shown.body.posts.map((p: { submissionId: string }) => p.submissionId)).toEqual([
      approved.submissionId,
    ]);
    expect(JSON.stringify(shown.body)).not.toContain(pending.submissionId);
    expect(JSON.stringify(shown.body)).not.toContain(anna.user.email);
    expect(JSON.stringify(shown.body)).not.toMatch(/clicks|revenue|points|email/i);

    await poller.drain();
    const clicksBefore = ok(await api.call(anna.user, 'GET', `/api/programs/${w.programId}/links`)).clicks
      .total;
    const visit = (userAgent: string, ip: string) =>
      api.call(undefined, 'POST', `/api/public/ambassadors/${anna.code}/visits`, undefined, {
        'user-agent': userAgent,
        'x-forwarded-for': ip,
      });
    expect(ok(await visit(BROWSER, '198.51.100.20'), 202)).toEqual({ counted: true });
    expect(ok(await visit('Googlebot/2.1 (+http://www.google.com/bot.html)', '198.51.100.21'), 202)).toEqual({
      counted: false,
    });
    await eventually(
      async () => {
        await poller.drain();
        return ok(await api.call(anna.user, 'GET', `/api/programs/${w.programId}/links`)).clicks.total;
      },
      (total) => total === clicksBefore + 1,
    );
  });

  it('attributes an order that follows a link on it to them', async () => {
    const brand = await w.staff('brand');
    await w.apiKey(brand);
    const shown = ok(await page(anna.code));
    const pick = shown.picks[0];
    const followed = await w.visit(pick.url, { userAgent: BROWSER, ip: '198.51.100.30' });
    expect(followed.status).toBe(302);
    const location = new URL(followed.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://shop.example.net/summer');
    const rid = location.searchParams.get('rid') ?? '';
    await eventually(
      async () => (await import('../shared/referrals/click.store.ts')).findClick(rid),
      (click) => click !== undefined,
    );
    const order = ok(
      await w.order({
        orderId: `PAGE-${Date.now()}`,
        amount: 4_200,
        clickId: rid,
        occurredAt: new Date().toISOString(),
      }),
      201,
    );
    expect(order.attribution).toMatchObject({ via: 'click', clickId: rid, ambassadorId: anna.user.id });

    const home = await w.visit(shown.shopUrl, { userAgent: BROWSER, ip: '198.51.100.31' });
    expect(new URL(home.headers.get('location') ?? '').searchParams.get('ref')).toBe(anna.code);
  });

  it('is a 404 when turned off, for a suspended ambassador, or an unknown code', async () => {
    const ben = await w.ambassador('ben');
    ok(await page(ben.code));
    ok(await api.call(ben.user, 'PUT', `/api/programs/${w.programId}/public-page`, { enabled: false }));
    expect((await page(ben.code)).status).toBe(404);
    expect(
      (
        await api.call(undefined, 'POST', `/api/public/ambassadors/${ben.code}/visits`, undefined, {
          'user-agent': BROWSER,
        })
      ).status,
    ).toBe(404);
    ok(await api.call(ben.user, 'PUT', `/api/programs/${w.programId}/public-page`, { enabled: true }));
    ok(await page(ben.code));

    ok(
      await api.call(w.admin, 'POST', `/api/programs/${w.programId}/ambassadors/${ben.user.id}/suspend`, {
        reason: 'test',
      }),
    );
    const suspended = await page(ben.code);
    expect(suspended.status).toBe(404);
    expect(suspended.body.error).toMatchObject({ code: 'not_found' });
    for (const code of ['NOPE-0000', 'not a code', 'x'.repeat(20)])
      expect((await page(encodeURIComponent(code))).status, code).toBe(404);
  });

  it('shows only posts with a website grant where the program has content terms', async () => {
    const terms = {
      version: '2026-1',
      text: 'You let the brand reuse this post on its website and channels for a year.',
      scopes: ['organic', 'website'],
      durationMonths: 12,
    };
    const p = await world(api).program({ contentTerms: terms } as never);
    const cleo = await p.ambassador('cleo');
    const { challengeId } = await p.challenge({ maxSubmissionsPerAmbassador: 5 });
    const approve = async (body: Record<string, unknown>) => {
      const post = await p.post(cleo.user, challengeId, body);
      ok(
        await api.call(
          p.admin,
          'POST',
          `/api/programs/${p.programId}/submissions/${post.submissionId}/review`,
          {
            decision: 'approve',
            version: post.version,
          },
        ),
      );
      return post;
    };
    const website = await approve({ rightsGrant: { termsVersion: terms.version, scopes: ['website'] } });
    await approve({ rightsGrant: { termsVersion: terms.version, scopes: ['organic'] } });
    await approve({});
    const shown = ok(await page(cleo.code));
    expect(shown.posts.map((post: { submissionId: string }) => post.submissionId)).toEqual([
      website.submissionId,
    ]);
    expect(shown.displayName).toBeTruthy();
  });
});

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/platform/routes.ts';
import {
  type Api,
  type ApiResponse,
  createUser,
  programInput,
  startApi,
  type TestUser,
  validApplication,
} from '../../test/helpers.ts';

let api: Api;
let admin: TestUser;

beforeAll(async () => {
  api = await startApi();
  admin = await createUser({ admin: true, name: 'admin' });
});
afterAll(() => api.close());

const expectError = (response: ApiResponse, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({
    error: expect.objectContaining({ code, message: expect.any(String), requestId: expect.any(String) }),
  });
  expect(JSON.stringify(response.body)).not.toMatch(/at .+\.ts:\d+|node_modules/);
  expect(response.body.error.requestId).toBe(response.headers.get('apigw-requestid'));
};

async function createProgram(overrides: Record<string, unknown> = {}) {
  const response = await api.call(admin, 'POST', '/api/programs', programInput(overrides));
  expect(response.status).toBe(201);
  return response.body as { programId: string; slug: string };
}

async function applyAs(programId: string, name = 'amb') {
  const user = await createUser({ name });
  const response = await api.call(
    user,
    'POST',
    `/api/programs/${programId}/applications`,
    validApplication(),
  );
  expect(response.status).toBe(201);
  return user;
}

describe('programs', () => {
  it('lets an admin create a program and become its owner', async () => {
    // Act
    const created = await api.call(admin, 'POST', '/api/programs', programInput({ slug: 'owner-check' }));
    const me = await api.call(admin, 'GET', '/api/me');
    // Assess
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      programId: expect.stringMatching(/^[0-9A-Z]{26}$/),
      reapplyCooldownDays: 30,
    });
    expect(me.body.memberships).toContainEqual(
      expect.objectContaining({ programId: created.body.programId, role: 'owner', status: 'active' }),
    );
  });

  it('names the default tiers and badges in the creator’s language, and keeps the ones given', async () => {
    const german = await api.call(admin, 'POST', '/api/programs', programInput(), {
      'accept-language': 'de-DE,de;q=0.9',
    });
    expect(german.status).toBe(201);
    expect(german.body.tiers.map((t: { name: string }) => t.name)).toEqual(['Mitglied', 'Insider', 'Profi']);
    expect(german.body.badges[0]).toMatchObject({ id: 'first-post', name: 'Erster Beitrag' });
    const stored = await api.call(admin, 'GET', `/api/programs/${german.body.programId}`);
    expect(stored.body.program.tiers[0].name).toBe('Mitglied');

    const english = await api.call(admin, 'POST', '/api/programs', programInput());
    expect(english.body.tiers[0].name).toBe('Member');
    const own = await api.call(
      admin,
      'POST',
      '/api/programs',
      programInput({ tiers: [{ id: 'fan', name: 'Fan', minPoints: 0 }] }),
      { 'accept-language': 'de' },
    );
    expect(own.body.tiers).toEqual([{ id: 'fan', name: 'Fan', minPoints: 0 }]);
    expect(own.body.badges[0].name).toBe('Erster Beitrag');
  });

  it('refuses programs from non-admins and anonymous callers', async () => {
    const stranger = await createUser();
    expectError(await api.call(stranger, 'POST', '/api/programs', programInput()), 403, 'forbidden');
    expectError(await api.call(undefined, 'POST', '/api/programs', programInput()), 401, 'unauthorized');
    expectError(
      await api.call(undefined, 'GET', '/api/me', undefined, {
        authorization: 'Bearer not.a.realtokenatall',
      }),
      401,
      'unauthorized',
    );
  });

  it('rejects a forged token signed with another key', async () => {
    const real = await createUser();
    const [header, payload] = real.token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('x'.repeat(256)).toString('base64url')}`;
    expectError(
      await api.call(undefined, 'GET', '/api/me', undefined, { authorization: `Bearer ${forged}` }),
      401,
      'unauthorized',
    );
  });

  it.each([
    ['an http landing URL', { landingUrl: 'http://example.com' }, 'landingUrl'],
    ['a landing URL with credentials', { landingUrl: 'https://user:pw@example.com' }, 'landingUrl'],
    ['a javascript: URL', { landingUrl: 'javascript:alert(1)' }, 'landingUrl'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a made-up currency', { currency: 'XYZ' }, 'currency'],
    ['a bad slug', { slug: 'Not A Slug' }, 'slug'],
    [
      'duplicate question ids',
      {
        questions: [
          { id: 'a', label: 'A', type: 'url' },
          { id: 'a', label: 'B', type: 'url' },
        ],
      },
      'questions',
    ],
    ['a public suffix as an allowed domain', { allowedDomains: ['myshopify.com'] }, 'allowedDomains'],
    ['a country suffix as an allowed domain', { allowedDomains: ['co.uk'] }, 'allowedDomains'],
    ['an unknown field', { status: 'open' }, ''],
  ])('rejects %s with 422 and the error shape', async (_label, overrides, field) => {
    const response = await api.call(admin, 'POST', '/api/programs', programInput(overrides));
    expectError(response, 422, 'validation_failed');
    if (field) expect(response.body.error.message).toContain(field);
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    expectError(await api.call(admin, 'POST', '/api/programs', '{"name": '), 400, 'bad_request');
    const huge = programInput({ description: 'x'.repeat(70 * 1024) });
    expectError(await api.call(admin, 'POST', '/api/programs', huge), 413, 'payload_too_large');
  });

  it('refuses a taken slug with 409 and writes nothing for the loser', async () => {
    const first = await createProgram();
    const before = (await api.call(admin, 'GET', '/api/me')).body.memberships.length;
    expectError(
      await api.call(admin, 'POST', '/api/programs', programInput({ slug: first.slug })),
      409,
      'conflict',
    );
    expect((await api.call(admin, 'GET', '/api/me')).body.memberships).toHaveLength(before);
  });

  it('shows members everything and other signed-in users the public part', async () => {
    const program = await createProgram();
    const stranger = await createUser();
    const asOwner = await api.call(admin, 'GET', `/api/programs/${program.programId}`);
    const asStranger = await api.call(stranger, 'GET', `/api/programs/${program.programId}`);
    expect(asOwner.body.view).toBe('member');
    expect(asOwner.body.program).toHaveProperty('landingUrl');
    expect(asStranger.status).toBe(200);
    expect(asStranger.body.view).toBe('public');
    expect(Object.keys(asStranger.body.program).sort()).toEqual(
      ['brandName', 'description', 'name', 'programId', 'questions', 'slug', 'termsVersion'].sort(),
    );
    expectError(await api.call(stranger, 'GET', '/api/programs/NOPE'), 404, 'not_found');
  });

  it('lets managers patch settings, moving the slug claim with it', async () => {
    const program = await createProgram();
    const newSlug = `${program.slug}-x`;
    const patched = await api.call(admin, 'PATCH', `/api/programs/${program.programId}`, {
      slug: newSlug,
      name: 'Renamed',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ slug: newSlug, name: 'Renamed' });
    // The old slug is free again; the new one is taken.
    expect(
      (await api.call(admin, 'POST', '/api/programs', programInput({ slug: program.slug }))).status,
    ).toBe(201);
    expectError(
      await api.call(admin, 'POST', '/api/programs', programInput({ slug: newSlug })),
      409,
      'conflict',
    );
    expectError(
      await api.call(admin, 'PATCH', `/api/programs/${program.programId}`, {}),
      422,
      'validation_failed',
    );
    // Commission rules: a tier rate must name a tier of the program; money is integers.
    const tiered = await api.call(admin, 'PATCH', `/api/programs/${program.programId}`, {
      commission: {
        rate: { kind: 'percent', basisPoints: 800 },
        byTier: { expert: { kind: 'flat', amount: 500 } },
      },
    });
    expect(tiered.body.commission).toEqual({
      rate: { kind: 'percent', basisPoints: 800 },
      byTier: { expert: { kind: 'flat', amount: 500 } },
      firstOrderOnly: false,
      holdingDays: 30,
    });
    expectError(
      await api.call(admin, 'PATCH', `/api/programs/${program.programId}`, {
        commission: {
          rate: { kind: 'percent', basisPoints: 800 },
          byTier: { platinum: { kind: 'flat', amount: 1 } },
        },
      }),
      422,
      'validation_failed',
    );
    for (const rate of [
      { kind: 'percent', basisPoints: 10.5 },
      { kind: 'percent', basisPoints: 10_001 },
      { kind: 'flat', amount: -1 },
    ]) {
      expectError(
        await api.call(admin, 'PATCH', `/api/programs/${program.programId}`, { commission: { rate } }),
        422,
        'validation_failed',
      );
    }
    const ambassador = await applyAs(program.programId);
    expectError(
      await api.call(ambassador, 'PATCH', `/api/programs/${program.programId}`, { name: 'x' }),
      403,
      'forbidden',
    );
  });
});

describe('applications', () => {
  it('files a pending application once; a second gives 409', async () => {
    const program = await createProgram();
    const user = await createUser();
    const first = await api.call(
      user,
      'POST',
      `/api/programs/${program.programId}/applications`,
      validApplication(),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'pending',
      role: 'ambassador',
      application: {
        termsVersion: '1',
        consentedAt: expect.any(String),
        answers: { why: 'I love it', followers: 100 },
      },
    });
    expectError(
      await api.call(user, 'POST', `/api/programs/${program.programId}/applications`, validApplication()),
      409,
      'conflict',
    );
  });

  it.each([
    ['a missing required answer', { answers: { channel: 'YouTube' } }, 'why'],
    ['an answer to no question', { answers: { why: 'x', channel: 'Blog', shoe: '42' } }, 'shoe'],
    ['a choice that is not an option', { answers: { why: 'x', channel: 'Fax' } }, 'channel'],
    ['a number below its minimum', { answers: { why: 'x', channel: 'Blog', followers: -5 } }, 'followers'],
    ['outdated terms', { consent: { termsVersion: '0', accepted: true } }, 'terms'],
    ['no consent', { consent: { termsVersion: '1', accepted: false } }, 'consent'],
  ])('rejects %s with 422 and writes nothing', async (_label, overrides, mention) => {
    const program = await createProgram();
    const user = await createUser();
    const response = await api.call(
      user,
      'POST',
      `/api/programs/${program.programId}/applications`,
      validApplication(overrides),
    );
    expectError(response, 422, 'validation_failed');
    expect(JSON.stringify(response.body.error)).toContain(mention);
    const me = await api.call(user, 'GET', '/api/me');
    expect(me.body.memberships).toEqual([]);
  });

  it('lets a rejected applicant reapply only after the cooldown', async () => {
    const strict = await createProgram();
    const lenient = await createProgram({ reapplyCooldownDays: 0 });
    for (const [program, expected] of [
      [strict, 409],
      [lenient, 201],
    ] as const) {
      const user = await applyAs(program.programId);
      const rejected = await api.call(
        admin,
        'POST',
        `/api/programs/${program.programId}/ambassadors/${user.id}/decision`,
        {
          decision: 'reject',
          reason: 'Not this round',
        },
      );
      expect(rejected.body.status).toBe('rejected');
      const again = await api.call(
        user,
        'POST',
        `/api/programs/${program.programId}/applications`,
        validApplication(),
      );
      expect(again.status).toBe(expected);
      if (expected === 409) expect(again.body.error.details.reapplyAfter).toEqual(expect.any(String));
      else expect(again.body).toMatchObject({ status: 'pending', applicationCount: 2 });
    }
  });
});

describe('review', () => {
  it('pages applicants newest first with an opaque cursor, without leaking across statuses', async () => {
    const program = await createProgram();
    const users = [];
    for (let i = 0; i < 3; i++) users.push(await applyAs(program.programId, `pager${i}`));
    const base = `/api/programs/${program.programId}/ambassadors`;
    const page1 = await api.call(admin, 'GET', `${base}?status=pending&limit=2`);
    expect(page1.body.items.map((m: { userId: string }) => m.userId)).toEqual([users[2]!.id, users[1]!.id]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api.call(
      admin,
      'GET',
      `${base}?status=pending&limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body.items.map((m: { userId: string }) => m.userId)).toEqual([users[0]!.id]);
    expect((await api.call(admin, 'GET', `${base}?status=approved`)).body.items).toEqual([]);
    // A cursor from one status cannot be replayed against another.
    expectError(
      await api.call(admin, 'GET', `${base}?status=approved&cursor=${page1.body.nextCursor}`),
      400,
      'bad_request',
    );
    expectError(await api.call(admin, 'GET', `${base}?cursor=garbage`), 400, 'bad_request');
    const forged = Buffer.from(
      JSON.stringify({ gsi2pk: `PROGRAM#${program.programId}#AMBASSADORS#pending` }),
    ).toString('base64url');
    expectError(await api.call(admin, 'GET', `${base}?cursor=${forged}`), 400, 'bad_request');
    expectError(await api.call(admin, 'GET', `${base}?limit=1000`), 400, 'bad_request');
    expectError(await api.call(admin, 'GET', `${base}?status=sleeping`), 400, 'bad_request');
  });

  it('approves once, issuing a unique human-friendly referral code', async () => {
    const program = await createProgram();
    const user = await applyAs(program.programId, 'anna');
    const url = `/api/programs/${program.programId}/ambassadors/${user.id}/decision`;
    const approved = await api.call(admin, 'POST', url, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.referralCode).toMatch(/^ANNA[A-Z]{0,2}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expectError(await api.call(admin, 'POST', url, { decision: 'reject' }), 409, 'conflict');
    const own = await api.call(user, 'GET', `/api/programs/${program.programId}/ambassadors/${user.id}`);
    expect(own.body).toMatchObject({ status: 'approved', referralCode: approved.body.referralCode });
    expect(own.body.decision.decidedBy).toBe('');
    expect(JSON.stringify(own.body)).not.toContain(admin.id);
    const me = await api.call(user, 'GET', '/api/me');
    expect(me.body.memberships[0]).toMatchObject({
      role: 'ambassador',
      status: 'approved',
      referralCode: approved.body.referralCode,
    });
  });

  it('lets exactly one of many concurrent decisions win', async () => {
    const program = await createProgram();
    const user = await applyAs(program.programId);
    const url = `/api/programs/${program.programId}/ambassadors/${user.id}/decision`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api.call(admin, 'POST', url, { decision: i % 2 ? 'approve' : 'reject' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
  });

  it('keeps ambassadors and strangers out of other people’s records', async () => {
    const program = await createProgram();
    const anna = await applyAs(program.programId, 'anna');
    const ben = await applyAs(program.programId, 'ben');
    const stranger = await createUser();
    const path = `/api/programs/${program.programId}/ambassadors`;
    for (const caller of [ben, stranger]) {
      expectError(await api.call(caller, 'GET', `${path}/${anna.id}`), 403, 'forbidden');
      expectError(await api.call(caller, 'GET', `${path}/made-up-id`), 403, 'forbidden');
      expectError(await api.call(caller, 'GET', path), 403, 'forbidden');
      expectError(
        await api.call(caller, 'POST', `${path}/${anna.id}/decision`, { decision: 'approve' }),
        403,
        'forbidden',
      );
    }
    expectError(await api.call(admin, 'GET', `${path}/made-up-id`), 404, 'not_found');
  });

  it('suspends and reinstates, and the referral link follows', async () => {
    const program = await createProgram();
    const user = await applyAs(program.programId, 'ben');
    const base = `/api/programs/${program.programId}/ambassadors/${user.id}`;
    const { referralCode } = (await api.call(admin, 'POST', `${base}/decision`, { decision: 'approve' }))
      .body;

    const active = await api.call(undefined, 'GET', `/r/${referralCode}`);
    expect(active.status).toBe(302);
    const location = new URL(active.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://example.com/fiesta');
    expect(location.searchParams.get('utm_source')).toBe('embassy');
    expect(location.searchParams.get('ref')).toBe(referralCode);

    expect(
      (await api.call(admin, 'POST', `${base}/suspend`, { reason: 'Undisclosed ads' })).body.status,
    ).toBe('suspended');
    expectError(await api.call(admin, 'POST', `${base}/suspend`), 409, 'conflict');
    const suspended = await api.call(undefined, 'GET', `/r/${referralCode}`);
    expect(suspended.status).toBe(302);
    expect(new URL(suspended.headers.get('location')!).searchParams.has('ref')).toBe(false);

    const reinstated = await api.call(admin, 'POST', `${base}/reinstate`, '', {
      'content-type': 'application/json',
    });
    expect(reinstated.body.status).toBe('approved');
    expect(
      new URL(
        (await api.call(undefined, 'GET', `/r/${referralCode}`)).headers.get('location')!,
      ).searchParams.get('ref'),
    ).toBe(referralCode);
    expect((await api.call(undefined, 'GET', '/r/NOPE-0000')).status).toBe(404);
    expect((await api.call(undefined, 'GET', '/r/<script>')).status).toBe(404);
  });
});

describe('team invitations', () => {
  it('lets the owner invite a manager, who accepts with their verified email', async () => {
    const program = await createProgram();
    const invitee = await createUser({ name: 'max' });
    const invited = await api.call(admin, 'POST', `/api/programs/${program.programId}/invitations`, {
      email: invitee.email.toUpperCase(),
      role: 'manager',
    });
    expect(invited.status).toBe(201);
    const me = await api.call(invitee, 'GET', '/api/me');
    expect(me.body.invitations).toEqual([
      expect.objectContaining({ programId: program.programId, role: 'manager' }),
    ]);
    const accepted = await api.call(invitee, 'POST', `/api/programs/${program.programId}/invitations/accept`);
    expect(accepted.body).toMatchObject({ role: 'manager', status: 'active' });
    expectError(
      await api.call(invitee, 'POST', `/api/programs/${program.programId}/invitations/accept`),
      404,
      'not_found',
    );
    // The new manager can now review; a manager cannot invite (owners do).
    expect((await api.call(invitee, 'GET', `/api/programs/${program.programId}/ambassadors`)).status).toBe(
      200,
    );
    expectError(
      await api.call(invitee, 'POST', `/api/programs/${program.programId}/invitations`, {
        email: 'someone@example.com',
        role: 'brand',
      }),
      403,
      'forbidden',
    );
  });
});

describe('hostile input', () => {
  it.each([
    ['a text/plain body', 'name=x', { 'content-type': 'text/plain' }],
    ['a JSON array', '[1,2,3]', {}],
    ['JSON null', 'null', {}],
    ['a prototype-pollution key', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}', {}],
    ['deep nesting', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`, {}],
    ['NaN and huge numbers', '{"reapplyCooldownDays":1e309}', {}],
    ['odd unicode', JSON.stringify(programInput({ name: '\u0000\ud800💥'.repeat(10), slug: 'ü' })), {}],
  ])('answers %s with a 4xx in the error shape', async (_label, body, headers) => {
    const response = await api.call(admin, 'POST', '/api/programs', body, headers);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.error).toMatchObject({ code: expect.any(String), requestId: expect.any(String) });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('meta', () => {
  it('serves health, the OpenAPI 3.1 document and an error-shaped 404', async () => {
    expect((await api.call(undefined, 'GET', '/api/health')).body).toMatchObject({ status: 'ok' });
    const doc = await api.call(undefined, 'GET', '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths).sort()).toEqual(
      [...new Set(ROUTES.filter((r) => !r.path.includes('+')).map((r) => r.path))].sort(),
    );
    expect(doc.body.components.schemas).toHaveProperty('Error');
    expectError(await api.call(undefined, 'GET', '/api/nothing-here'), 404, 'not_found');
    // A method the path does not serve: 405 with the methods it does (HTTP's rule), in the error shape.
    const wrongMethod = await api.call(admin, 'DELETE', '/api/programs/x');
    expectError(wrongMethod, 405, 'method_not_allowed');
    expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH');
    const onLink = await api.call(undefined, 'POST', '/r/ANNA-7K2Q');
    expectError(onLink, 405, 'method_not_allowed');
    expect(onLink.headers.get('allow')).toBe('GET, HEAD');
    // fetch refuses to send TRACE; node:http does, as any client may.
    const trace = await new Promise<{ status?: number; allow?: string; body: string }>((resolve, reject) => {
      const sent = request(`${api.url}/api/health`, { method: 'TRACE' }, (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode, allow: res.headers.allow, body }));
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(trace).toMatchObject({ status: 405, allow: 'GET' });
    expect(JSON.parse(trace.body).error.code).toBe('method_not_allowed');
  });
});

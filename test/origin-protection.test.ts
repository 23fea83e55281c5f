import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORIGIN_HEADER } from '../shared/platform/secrets/origin-secret.store.ts';
import { type Api, startApi, type TestUser } from './helpers.ts';
import { world } from './world.ts';

// Set before any handler is imported: the env module reads it once, as a Lambda's INIT would.
const SECRET = vi.hoisted(() => {
  const value = 'local-origin-secret-for-this-test-file-only';
  process.env.ORIGIN_SECRET = value;
  return value;
});

let api: Api;
let admin: TestUser;
let programId: string;
let code: string;

/** A request as a caller straight to the `execute-api` endpoint would send it: no CloudFront in between. */
const direct = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${api.url}${path}`, { method, redirect: 'manual', headers });

beforeAll(async () => {
  // The tests' own calls carry the header, as CloudFront adds it to every request it forwards.
  api = await startApi({ headers: { [ORIGIN_HEADER]: SECRET } });
  const w = await world(api).program();
  ({ admin, programId } = w);
  ({ code } = await w.ambassador('origin'));
});
afterAll(async () => {
  await api.close();
  delete process.env.ORIGIN_SECRET;
});

/** Asserts the one error shape with 403 `forbidden`. */
async function expectForbidden(response: Response) {
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({
    error: { code: 'forbidden', message: expect.any(String), requestId: expect.any(String) },
  });
}

describe('origin protection, with ORIGIN_SECRET set', () => {
  it('refuses API requests without the origin header, or with a wrong one, in the error shape', async () => {
    const without: Record<string, string>[] = [
      {},
      { [ORIGIN_HEADER]: 'wrong-value-wrong-value-wrong-value' },
    ];
    for (const headers of without) {
      await expectForbidden(await direct('/api/health', headers));
      await expectForbidden(await direct('/api/nothing/here', headers));
      await expectForbidden(await direct(`/api/webhooks/shopify/${programId}`, headers, 'POST'));
    }
  });

  it('refuses a signed-in caller too: a token is no way around CloudFront', async () => {
    await expectForbidden(await direct('/api/me', { authorization: `Bearer ${admin.token}` }));
  });

  it('answers API requests that carry the header', async () => {
    const health = await direct('/api/health', { [ORIGIN_HEADER]: SECRET });
    expect(health.status).toBe(200);
    const me = await direct('/api/me', { [ORIGIN_HEADER]: SECRET, authorization: `Bearer ${admin.token}` });
    expect(me.status).toBe(200);
  });

  it('refuses /r/ without the header, and redirects with it', async () => {
    await expectForbidden(await direct(`/r/${code}`));
    await expectForbidden(await direct(`/r/${code}`, { [ORIGIN_HEADER]: `${SECRET}x` }));
    await expectForbidden(await direct('/r/not-a-code!'));

    const redirected = await direct(`/r/${code}`, { [ORIGIN_HEADER]: SECRET, 'user-agent': 'Mozilla/5.0' });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toContain(`ref=${code}`);
    expect((await direct('/r/NOPE-0000', { [ORIGIN_HEADER]: SECRET })).status).toBe(404);
  });
});

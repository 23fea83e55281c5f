import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import { type Api, ok, startApi, startStreamConsumers, type TestUser } from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let admin: TestUser;
let anna: TestUser;
let programId: string;
let code: string;

const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const visit = (path: string, ua: string, ip: string, method = 'GET') =>
  w.visit(path, { userAgent: ua, ip, method });

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
  w = await world(api).program({ allowedDomains: ['shop.example.net'] });
  ({ admin, programId } = w);
  ({ user: anna, code } = await w.ambassador('anna'));
});
afterAll(async () => {
  await poller.stop();
  await api.close();
});

describe('referral links', () => {
  it('makes tracked links to allowed pages only, and redirects with ref and rid', async () => {
    const link = ok(
      await api.call(anna, 'POST', `/api/programs/${programId}/links`, {
        destination: 'https://shop.example.net/cart?promo=x',
        slug: 'cart',
      }),
      201,
    );
    expect(link.url).toBe(`/r/${code}/cart`);
    for (const destination of [
      'https://evil.io/',
      'http://example.com/fiesta',
      'https://example.com.evil.io/',
      'javascript:alert(1)',
      'https://u:p@example.com/',
    ]) {
      expect(
        (await api.call(anna, 'POST', `/api/programs/${programId}/links`, { destination })).status,
        destination,
      ).toBe(422);
    }
    expect(
      (
        await api.call(anna, 'POST', `/api/programs/${programId}/links`, {
          destination: link.destination,
          slug: 'cart',
        })
      ).status,
    ).toBe(409);
    expect(
      (await api.call(admin, 'POST', `/api/programs/${programId}/links`, { destination: link.destination }))
        .status,
    ).toBe(403);

    const followed = await visit(`/r/${code}/cart`, BROWSER, '198.51.100.7');
    const location = new URL(followed.headers.get('location') ?? '');
    expect(followed.status).toBe(302);
    expect(location.origin + location.pathname).toBe('https://shop.example.net/cart');
    expect(location.searchParams.get('promo')).toBe('x');
    expect(location.searchParams.get('ref')).toBe(code);
    expect(location.searchParams.get('rid')).toMatch(/^[0-9A-Z]{26}$/);
    expect((await visit(`/r/${code}/nope`, BROWSER, '198.51.100.7')).status).toBe(404);
  });

  it('sends a browser on a dead or mistyped link to the code’s public page; others get the 404', async () => {
    const page = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    for (const path of ['/r/NOSUCH-CODE', `/r/${code}/nope`, '/r/not%20a%20code']) {
      const opened = await w.visit(path, { userAgent: BROWSER, ip: '198.51.100.8', accept: page });
      expect(opened.status, path).toBe(302);
      const location = new URL(opened.headers.get('location') ?? '', api.url);
      expect(location.origin + location.pathname, path).toMatch(new RegExp(`^${api.url}/a/[^/]+$`));
      expect(location.searchParams.has('rid')).toBe(false);
    }
    // On the same origin as the link: the dashboard and `/r/*` are served from one domain.
    expect((await w.visit('/r/NOSUCH-CODE', { accept: page })).headers.get('location')).toBe(
      '/a/NOSUCH-CODE',
    );
    const checked = await w.visit('/r/NOSUCH-CODE', { userAgent: BROWSER, accept: 'application/json' });
    expect(checked.status).toBe(404);
    expect(((await checked.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await w.visit('/r/NOSUCH-CODE', { accept: page, method: 'HEAD' })).status).toBe(404);
  });

  it('counts one click per visitor per link per hour, and no bots or HEAD requests', async () => {
    await poller.drain(); // earlier tests' clicks are counted first
    const before = ok(await api.call(anna, 'GET', `/api/programs/${programId}/links`)).clicks.total;
    const responses = [
      await visit(`/r/${code}`, BROWSER, '203.0.113.1'),
      await visit(`/r/${code}`, BROWSER, '203.0.113.1'), // the same visitor again: not counted
      await visit(`/r/${code}`, `${BROWSER} Safari/604.1`, '203.0.113.1'), // another browser
      await visit(`/r/${code}`, BROWSER, '203.0.113.2'), // another visitor
      await visit(`/r/${code}`, 'facebookexternalhit/1.1', '203.0.113.3'), // an unfurler
      await visit(`/r/${code}`, BROWSER, '203.0.113.4', 'HEAD'),
      // Spoofed first entries: the proxy-appended last entry is the same visitor as before.
      await visit(`/r/${code}`, BROWSER, '10.9.8.7, 203.0.113.2'),
      await visit(`/r/${code}`, BROWSER, '192.0.2.44, 203.0.113.2'),
    ];
    expect(responses.map((r) => r.status)).toEqual([302, 302, 302, 302, 302, 302, 302, 302]);
    await poller.drain();
    const after = ok(await api.call(anna, 'GET', `/api/programs/${programId}/links`));
    expect(after.clicks.total - before).toBe(3);
    expect(poller.parked.get('rollups')).toBeUndefined();
  });
});

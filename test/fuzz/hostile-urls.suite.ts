import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHandlers } from '../../local/runtime.ts';
import { ROUTES } from '../../shared/platform/routes.ts';
import { type Api, ok, startApi, type TestUser } from '../helpers.ts';
import { createFixture, type Fixture } from './fixture.ts';
import {
  type Answer,
  type HostileRequest,
  hostileSegment,
  inProcessSender,
  percentEncode,
  redirectProblems,
} from './hostile-requests.ts';
import { CONTROL_OR_INVISIBLE, HOSTILE_URLS, oddString, trickyUrl, URL_TROUBLE } from './hostile-values.ts';
import { fuzzSeed } from './seed.ts';

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

/**
 * Every field that takes a URL or a domain, sent tricky values through the real handlers: what
 * is accepted is stored as a plain https URL on an allowed host (or a bare domain), and the
 * redirect never leads anywhere else, whatever `/r/{code}` and `/r/{code}/{slug}` receive.
 */
export function describeHostileUrls({ runs, explore = false }: { runs: number; explore?: boolean }): void {
  const seed = fuzzSeed(explore);
  let api: Api;
  let f: Fixture;
  let send: (request: HostileRequest) => Promise<Answer>;
  let scratchProgram: string;

  const hosts = () => [new URL(f.landingUrl).hostname, ...f.allowedDomains];
  const sample = <T>(arbitrary: fc.Arbitrary<T>, n = runs) => fc.sample(arbitrary, { numRuns: n, seed });
  const json = (user: TestUser | undefined, method: string, path: string, body: unknown, headers = {}) =>
    send({
      method,
      target: path,
      headers: {
        'content-type': 'application/json',
        ...(user ? { authorization: `Bearer ${user.token}` } : {}),
        ...headers,
      },
      body: Buffer.from(JSON.stringify(body)),
      kind: 'url',
    }).then((answer) => ({ status: answer.status, body: answer.text ? JSON.parse(answer.text) : undefined }));

  beforeAll(async () => {
    api = await startApi();
    f = await createFixture(api);
    send = inProcessSender(ROUTES, await importHandlers());
    scratchProgram = ok(
      await api.call(f.users.admin, 'POST', '/api/programs', {
        name: 'Scratch',
        brandName: 'Scratch',
        slug: `scratch-${Date.now().toString(36)}`,
        landingUrl: 'https://example.com/',
        timeZone: 'UTC',
        currency: 'EUR',
      }),
      201,
    ).programId;
  });
  afterAll(() => api?.close());

  describe(`hostile URLs (seed ${seed})`, () => {
    it.each(['landingUrl', 'termsUrl'])('%s: only plain https URLs on a domain are stored', async (field) => {
      let stored = 0;
      for (const value of sample(trickyUrl(['example.com', 'shop.example.com']))) {
        const answer = await json(f.users.admin, 'PATCH', `/api/programs/${scratchProgram}`, {
          [field]: value,
        });
        expect(answer.status, `${field} ${JSON.stringify(value)}`).toBeLessThan(500);
        if (answer.status !== 200) {
          expect([answer.status, answer.body.error.code]).toEqual([422, 'validation_failed']);
          continue;
        }
        const saved = String(answer.body[field]);
        const url = new URL(saved);
        expect(saved, JSON.stringify(value)).toMatch(/^https:\/\//i);
        expect(url.username + url.password).toBe('');
        expect(saved).not.toMatch(URL_TROUBLE);
        expect(url.hostname).toMatch(DOMAIN);
        stored++;
      }
      expect(stored, 'some values are accepted, or the property says nothing').toBeGreaterThan(0);
    });

    it('allowedDomains: only bare domains of the brand’s own are stored, never a public suffix', async () => {
      const { getDomain } = await import('tldts');
      const candidates = fc.oneof(
        trickyUrl(['example.com', 'shop.example.com']),
        fc.constantFrom(
          'co.uk',
          'myshopify.com',
          'github.io',
          'com',
          'EXAMPLE.COM',
          ' example.com ',
          'exa\u200bmple.com',
        ),
        oddString,
      );
      let stored = 0;
      for (const value of sample(candidates)) {
        const answer = await json(f.users.admin, 'PATCH', `/api/programs/${scratchProgram}`, {
          allowedDomains: [value],
        });
        expect(answer.status, JSON.stringify(value)).toBeLessThan(500);
        if (answer.status !== 200) continue;
        stored++;
        for (const domain of answer.body.allowedDomains as string[]) {
          expect(domain, JSON.stringify(value)).toMatch(DOMAIN);
          expect(getDomain(domain, { allowPrivateDomains: true })).not.toBeNull();
        }
      }
      expect(stored).toBeGreaterThan(0);
    });

    it('links: a destination is stored only on the program’s hosts, and the redirect leads only there', async () => {
      const made: string[] = [];
      for (const [i, destination] of sample(trickyUrl(hosts())).entries()) {
        const answer = await json(f.users.ambassador, 'POST', `/api/programs/${f.programId}/links`, {
          destination,
          slug: `t${i}-${Math.random().toString(36).slice(2, 8)}`,
        });
        expect(answer.status, JSON.stringify(destination)).toBeLessThan(500);
        if (answer.status !== 201) {
          expect(answer.status).toBe(422);
          continue;
        }
        expect(redirectProblems(answer.body.destination, f), JSON.stringify(destination)).toEqual([]);
        made.push(answer.body.slug);
      }
      expect(made.length).toBeGreaterThan(0);
      for (const slug of made) {
        const answer = await send({
          method: 'GET',
          target: `/r/${f.code}/${slug}`,
          headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
          body: Buffer.alloc(0),
          kind: 'redirect',
        });
        expect(answer.status).toBe(302);
        expect(redirectProblems(answer.headers.location, f)).toEqual([]);
      }
    });

    it('submissions: an accepted post link is stored as a plain https URL on a real domain', async () => {
      const postHosts = ['www.instagram.com', 'www.tiktok.com', 'youtu.be', 'x.com', 'blog.example.com'];
      const platform = fc.constantFrom('instagram', 'tiktok', 'youtube', 'x', 'facebook', 'blog', 'other');
      let stored = 0;
      for (const [postUrl, chosen] of sample(fc.tuple(trickyUrl(postHosts), platform))) {
        const answer = await json(
          f.users.ambassador,
          'POST',
          `/api/programs/${f.programId}/challenges/${f.challengeId}/submissions`,
          { postUrl, platform: chosen, caption: '#ad' },
        );
        expect(answer.status, JSON.stringify(postUrl)).toBeLessThan(500);
        if (answer.status !== 201) continue;
        const saved = String(answer.body.submission.postUrl);
        const url = new URL(saved);
        expect(saved.startsWith('https://')).toBe(true);
        expect(url.username + url.password).toBe('');
        expect(saved).not.toMatch(CONTROL_OR_INVISIBLE);
        expect(url.hostname).toMatch(DOMAIN);
        stored++;
      }
      expect(stored).toBeGreaterThan(0);
    });

    it('Shopify: only a shop’s own myshopify.com domain is stored', async () => {
      const candidates = fc.oneof(
        trickyUrl(['fiesta.myshopify.com', 'myshopify.com']),
        fc.constantFrom(
          'FIESTA.MYSHOPIFY.COM',
          'fiesta.myshopify.com.evil.com',
          'evil.com/fiesta.myshopify.com',
          'fiesta.myshopify.com\u0000',
          'https://fiesta.myshopify.com',
          '.myshopify.com',
          '-.myshopify.com',
        ),
      );
      let stored = 0;
      for (const shopDomain of sample(candidates)) {
        const answer = await json(
          f.users.admin,
          'PUT',
          `/api/programs/${scratchProgram}/integrations/shopify`,
          {
            shopDomain,
            webhookSecret: 'shpss_0123456789abcdef0123',
          },
        );
        expect(answer.status, JSON.stringify(shopDomain)).toBeLessThan(500);
        if (answer.status !== 200) continue;
        expect(answer.body.shopDomain).toMatch(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/);
        stored++;
      }
      expect(stored).toBeGreaterThan(0);
    });

    it('the redirect: whatever /r/{code} and /r/{code}/{slug} receive, the Location is on the program’s hosts and never the input', async () => {
      const code = fc.oneof(
        fc.constant(f.code),
        fc.constant(f.code.toLowerCase()),
        fc.constant(percentEncode(f.code)),
        hostileSegment,
        fc.constantFrom(...HOSTILE_URLS).map(percentEncode),
      );
      const slug = fc.option(
        fc.oneof(fc.constant(f.linkSlug), hostileSegment, trickyUrl(hosts()).map(percentEncode)),
        { nil: undefined },
      );
      const query = fc.constantFrom(
        '',
        '?next=https://evil.com',
        '?url=https%3A%2F%2Fevil.com&ref=EVIL-0000',
        '?rid=x&ref=y',
        `?${'q'.repeat(5_000)}`,
      );
      const headers = fc.record({
        host: fc.constantFrom('localhost', 'evil.com'),
        'x-forwarded-host': fc.constantFrom('evil.com', 'example.com'),
        'user-agent': fc.constantFrom('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ''),
        'x-forwarded-for': fc.constantFrom('203.0.113.9', 'evil.com', '', '1.1.1.1, 2.2.2.2'),
        'cloudfront-viewer-address': fc.constantFrom('203.0.113.9:443', '[::1]:1', 'x'),
        'cloudfront-viewer-country': fc.constantFrom('DE', '', 'x'.repeat(2_000)),
      });
      const redirects = { found: 0, refused: 0 };
      for (const [c, s, q, h, method] of sample(
        fc.tuple(code, slug, query, headers, fc.constantFrom('GET', 'HEAD')),
        runs * 4,
      )) {
        const target = `/r/${c}${s === undefined ? '' : `/${s}`}${q}`;
        const answer = await send({ method, target, headers: h, body: Buffer.alloc(0), kind: 'redirect' });
        // A path under /r/ that is no link (`/r/CODE/`, `/r/CODE/..`) reaches the catch-all, which
        // caps the query at 4 KB (414) as every API route does.
        expect([302, 404, 414], `${method} ${target}`).toContain(answer.status);
        if (answer.status !== 302) {
          redirects.refused++;
          continue;
        }
        redirects.found++;
        const location = answer.headers.location ?? '';
        expect(redirectProblems(location, f), target).toEqual([]);
        const url = new URL(location);
        expect(url.searchParams.get('ref')).toBe(f.code);
        expect(location).not.toContain('evil');
        for (const part of [c, s ?? ''])
          if (part.length > 3 && part !== f.code && part !== f.linkSlug && part !== percentEncode(f.code))
            expect(location).not.toContain(part);
      }
      expect(redirects.found).toBeGreaterThan(0);
      expect(redirects.refused).toBeGreaterThan(0);
    });

    it('a link whose domain the brand no longer allows falls back to the landing page', async () => {
      ok(
        await api.call(f.users.ambassador, 'POST', `/api/programs/${f.programId}/links`, {
          destination: 'https://shop.example.com/gone',
          slug: 'gone-domain',
        }),
        201,
      );
      ok(await api.call(f.users.admin, 'PATCH', `/api/programs/${f.programId}`, { allowedDomains: [] }));
      const answer = await send({
        method: 'GET',
        target: `/r/${f.code}/gone-domain`,
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
        body: Buffer.alloc(0),
        kind: 'redirect',
      });
      expect(answer.status).toBe(302);
      expect(new URL(answer.headers.location ?? '').hostname).toBe(new URL(f.landingUrl).hostname);
    });
  });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTROL_OR_INVISIBLE, trickyUrl } from '../../test/fuzz/hostile-values.ts';
import { recordClick } from './record-click.ts';
import type { Click } from './redirect.store.ts';
import { hourBucket, isBot, safeDestination } from './redirect-rules.ts';

const landing = 'https://example.com/fiesta';
const allowed = ['shop.example.net'];

describe('safeDestination', () => {
  it.each([
    ['https://example.com/other?x=1', true],
    ['https://shop.example.net/cart', true],
    ['https://eu.shop.example.net/cart', true],
    ['http://example.com/', false],
    ['https://example.com.evil.io/', false],
    ['https://evilexample.com/', false],
    ['https://user:pw@example.com/', false],
    ['https://example.com:8443/', false],
    ['javascript:alert(1)', false],
    ['//evil.io', false],
    ['https://evil.io/https://example.com', false],
    ['data:text/html,hi', false],
  ])('%s → allowed: %s', (raw, ok) => {
    expect(safeDestination(raw, landing, allowed) !== undefined).toBe(ok);
  });

  it('never lets any input lead off the allowed hosts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })),
        (raw) => {
          const url = safeDestination(raw, landing, allowed);
          if (url) {
            expect(url.protocol).toBe('https:');
            expect(
              url.hostname === 'example.com' ||
                url.hostname === 'shop.example.net' ||
                url.hostname.endsWith('.shop.example.net'),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('sees through every trick built on the allowed hosts: @, backslashes, look-alikes, suffixes, schemes', () => {
    fc.assert(
      fc.property(trickyUrl(['example.com', 'shop.example.net', 'eu.shop.example.net']), (raw) => {
        const url = safeDestination(raw, landing, allowed);
        if (!url) return;
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password + url.port).toBe('');
        const host = url.hostname;
        expect(
          host === 'example.com' || host === 'shop.example.net' || host.endsWith('.shop.example.net'),
        ).toBe(true);
        expect(url.toString()).not.toMatch(CONTROL_OR_INVISIBLE);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('isBot', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', false],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36', false],
    ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', true],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', true],
    ['curl/8.5.0', true],
    ['WhatsApp/2.23.20.0', true],
    ['', true],
  ])('%s → bot: %s', (ua, bot) => {
    expect(isBot(ua)).toBe(bot);
  });

  it('buckets clicks by UTC hour', () => {
    expect(hourBucket(new Date('2026-11-22T16:59:59.999Z'))).toBe('2026-11-22T16');
  });
});

describe('recordClick', () => {
  const click = { clickId: 'c1' } as Click;

  it('gives up after its budget when the sink hangs, and never throws when it fails', async () => {
    const started = Date.now();
    expect(await recordClick('c1', click, () => new Promise(() => undefined), 50)).toBe('late');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await recordClick('c1', click, () => Promise.reject(new Error('table gone')), 50)).toBe('failed');
    expect(await recordClick('c1', click, () => Promise.resolve(), 50)).toBe('stored');
  });

  it('counts the making of the click (the key read) against the same budget', async () => {
    const written: Click[] = [];
    const write = async (c: Click) => void written.push(c);

    expect(await recordClick('c1', new Promise<Click>(() => undefined), write, 50)).toBe('late');
    expect(await recordClick('c1', Promise.reject(new Error('key unreadable')), write, 50)).toBe('failed');
    expect(await recordClick('c1', Promise.resolve(click), write, 50)).toBe('stored');
    expect(written).toEqual([click]);
  });
});

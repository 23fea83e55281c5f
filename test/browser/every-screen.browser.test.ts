import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../web/src/i18n/messages/de/index.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { expectGerman } from './german.ts';
import { axe, demoStack, PASSWORD, SHOTS } from './harness.ts';

/**
 * Every screen of every role, at a phone's width and a desktop's, in English and in German (issue
 * 18): each of the role's destinations is reached from the navigation, shows its heading, and has
 * no axe violation of any impact; in German, no message of the catalogues shows in English. The time from the tap to the heading (with nothing left loading) is measured in the page
 * and written to test-results/screenshots/screen-times.json and the log; the budget of 500 ms is
 * read from there and from `npm run bench`, not asserted here, since a loaded machine makes any
 * timing assertion flaky.
 */
const stack = demoStack();
const { newPage, done, signIn } = stack;

const PEOPLE = [
  ['ambassador', 'anna@demo.embassy.test'],
  ['manager', 'manager@demo.embassy.test'],
  ['brand', 'brand@demo.embassy.test'],
  ['owner', 'owner@demo.embassy.test'],
] as const;

const times: { role: string; language: string; width: number; screen: string; ms: number }[] = [];

/** The program's destinations, as the navigation lists them (the tab row holds every one). */
async function destinations(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a[href]')].map((a) => a.pathname)),
  ]);
}

/**
 * Taps the visible link to `path` (on an ambassador's phone, through "More" when it is not on
 * the bar), and answers the milliseconds from the tap to its heading with nothing loading.
 */
async function open(page: Page, path: string): Promise<number> {
  const visible = page.locator(`nav a[href="${path}"]:visible`);
  if ((await visible.count()) === 0) await page.locator('nav button[aria-controls="more-sheet"]').click();
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      () => {
        (window as unknown as { tappedAt: number }).tappedAt = performance.now();
      },
      { capture: true, once: true },
    );
  });
  await page.locator(`nav a[href="${path}"]:visible`).first().click();
  await page.waitForURL((url) => url.pathname === path);
  const handle = await page.waitForFunction(
    () => {
      const heading = document.querySelector('main h1');
      const loading = document.querySelector('[role=status].loading');
      return heading && !loading
        ? performance.now() - (window as unknown as { tappedAt: number }).tappedAt
        : 0;
    },
    null,
    { polling: 'raf', timeout: 20_000 },
  );
  return Math.round(Number(await handle.jsonValue()));
}

/** Signs in through the German form, as a German browser shows it. */
async function signInInGerman(page: Page, email: string): Promise<void> {
  await page.goto(`${stack.url}/signin`);
  await page.getByLabel(de['auth.email']).fill(email);
  await page.getByLabel(de['auth.password']).fill(PASSWORD);
  await page.getByRole('button', { name: de['auth.signIn.submit'] }).click();
  await page.getByRole('button', { name: de['app.signOut'] }).waitFor();
}

describe('every screen of every role', () => {
  for (const [language, locale] of [
    ['en', 'en-US'],
    ['de', 'de-DE'],
  ] as const)
    for (const [role, email] of PEOPLE)
      for (const viewport of [PHONE, DESKTOP])
        it(`${role} at ${viewport.width} px, in ${language}: every destination shows its heading, with no axe violation`, async () => {
          const { page } = await newPage(viewport, { locale });
          if (language === 'de') await signInInGerman(page, email);
          else await signIn(page, email);
          await page.goto(`${stack.url}/programs/${stack.programId}`);
          await page.locator('main h1').first().waitFor();
          const paths = await destinations(page);
          expect(paths.length, `${role}: destinations`).toBeGreaterThan(2);
          for (const path of paths) {
            const ms = await open(page, path);
            const screen = path.split('/').pop() ?? path;
            times.push({ role, language, width: viewport.width, screen, ms });
            if (language === 'de') await expectGerman(page, `${role} ${screen} at ${viewport.width}`);
            await axe(page, `${role} ${screen} at ${viewport.width} in ${language}`);
          }
          await done(page);
        });

  it('writes down how long each screen took to show its heading', () => {
    expect(times.length).toBeGreaterThan(0);
    writeFileSync(join(SHOTS, 'screen-times.json'), `${JSON.stringify(times, null, 2)}\n`);
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      `screens: ${times.length}; median ${median(times.map((t) => t.ms))} ms; slowest ${slowest
        .map((t) => `${t.role}/${t.screen}@${t.width}/${t.language} ${t.ms} ms`)
        .join(', ')}`,
    );
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PHONE } from './chromium.ts';
import { axe, demoStack, shot } from './harness.ts';

/**
 * The ambassador's phone app (issue 18 §1), in Chromium against `npm start --demo`: the bottom
 * bar with four destinations and More, challenges as cards with a page each, Home's next step
 * when a post was sent back, and the installable, offline-readable app.
 */
const stack = demoStack();
const { newPage, done, signIn } = stack;

const bar = (page: Page) => page.getByRole('navigation', { name: /sections$/ });

let ben: Page;

afterAll(async () => {
  if (ben && !ben.isClosed()) await done(ben);
});

describe('the bottom bar', () => {
  it('reaches every destination in one tap, with the rest under More', async () => {
    ({ page: ben } = await newPage(PHONE));
    await signIn(ben, 'ben@demo.embassy.test');
    await ben.goto(`${stack.url}/programs/${stack.programId}/home`);
    await ben.getByRole('heading', { level: 1 }).waitFor();

    const items = bar(ben).locator('.app-bar-items > li');
    expect(await items.count()).toBeLessThanOrEqual(5);
    for (const [label, heading] of [
      ['Challenges', 'Challenges'],
      ['My posts', 'My posts'],
      ['Rewards', 'Rewards'],
      ['Home', /^(Hi|Welcome)/],
    ] as const) {
      await bar(ben).getByRole('link', { name: label, exact: true }).click();
      await ben.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(
        await bar(ben).getByRole('link', { name: label, exact: true }).getAttribute('aria-current'),
      ).toBe('page');
    }
    // Every item is a 44 px touch target, and the bar does not cover the page's end.
    for (const box of await items.evaluateAll((lis) =>
      lis.map((li) => li.firstElementChild?.getBoundingClientRect()),
    )) {
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }

    const more = bar(ben).getByRole('button', { name: 'More' });
    for (const label of ['Earnings', 'Leaderboard', 'Gallery', 'Notifications']) {
      await more.click();
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await bar(ben).getByRole('link', { name: label, exact: true }).click();
      await ben.getByRole('heading', { level: 1, name: label }).waitFor();
      // The sheet closes, and More says the page is one of its own.
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await more.getAttribute('aria-current')).toBe('true');
    }
    await shot(ben, 'phone-ambassador-bottom-bar');
  }, 120_000);

  it('More works with the keyboard: focus goes in, Escape closes it and returns focus', async () => {
    const more = bar(ben).getByRole('button', { name: 'More' });
    await more.focus();
    await ben.keyboard.press('Enter');
    await expect
      .poll(() => ben.evaluate(() => document.activeElement?.closest('#more-sheet') !== null))
      .toBe(true);
    await axe(ben, 'phone ambassador More open');
    await shot(ben, 'phone-ambassador-more-open');
    await ben.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await ben.evaluate(() => document.activeElement?.textContent)).toBe('More');
    // A second tap closes it too.
    await more.click();
    await bar(ben).getByRole('link', { name: 'Gallery', exact: true }).waitFor();
    await more.click();
    expect(await bar(ben).getByRole('link', { name: 'Gallery', exact: true }).count()).toBe(0);
  });

  it('at 1366 px the tab row shows every tab and no bar', async () => {
    const { page } = await newPage({ width: 1366, height: 900 });
    await signIn(page, 'ben@demo.embassy.test');
    await page.goto(`${stack.url}/programs/${stack.programId}/home`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.app-bar').isVisible()).toBe(false);
    const tabs = page.locator('nav.tabs');
    expect(await tabs.getByRole('link').count()).toBe(8);
    expect(await tabs.evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBeLessThanOrEqual(0);
    await axe(page, 'desktop ambassador home');
    await done(page);
  });
});

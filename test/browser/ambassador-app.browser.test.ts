import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, shot } from './harness.ts';

/**
 * The ambassador's phone app (issue 18 §1), in Chromium against `npm start --demo`: the bottom
 * bar with four destinations and More, challenges as cards with a page each, Home's next step
 * when a post was sent back, and the installable, offline-readable app.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;

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
    const { page } = await newPage(DESKTOP);
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

describe('challenges as cards', () => {
  it('a card opens the challenge’s page, and back returns to the list where it was', async () => {
    await ben.goto(`${stack.url}/programs/${stack.programId}/challenges`);
    await ben.getByRole('heading', { level: 1, name: 'Challenges' }).waitFor();
    const card = ben.getByRole('listitem').filter({ has: ben.getByRole('link', { name: 'Road trip' }) });
    await card.getByText(/100 points/).waitFor();
    await axe(ben, 'phone ambassador challenges list');
    await shot(ben, 'phone-ambassador-challenge-cards');
    // The list as far down as it goes (a phone shows only part of it), then a card from there.
    const y = await ben.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    await ben.getByRole('link', { name: 'Road trip', exact: true }).click();
    await ben.getByRole('heading', { level: 1, name: 'Road trip' }).waitFor();
    expect(new URL(ben.url()).pathname).toMatch(new RegExp(`/programs/${stack.programId}/challenges/[^/]+$`));
    const page = ben.getByRole('article');
    await page.getByText('Take the car somewhere new').waitFor();
    await page.getByRole('heading', { name: 'What the post needs' }).waitFor();
    await page.getByText(/Deadline/).waitFor();
    // The challenge's own gallery: Anna's approved post of the demo.
    const gallery = ben.getByRole('region', { name: 'From the gallery' });
    await gallery.getByRole('heading', { name: 'Anna Agent' }).waitFor();
    await axe(ben, 'phone ambassador challenge page');
    await shot(ben, 'phone-ambassador-challenge-page');

    await ben.goBack();
    await ben.getByRole('heading', { level: 1, name: 'Challenges' }).waitFor();
    await ben.getByRole('link', { name: 'Road trip', exact: true }).waitFor();
    await expect.poll(() => ben.evaluate(() => window.scrollY)).toBe(y);
  });
});

describe('a post sent back for changes', () => {
  it('makes "Fix your post" Home’s first next step, leading to the post’s Resubmit', async () => {
    // Prepare: the manager sends Ben's demo post back.
    const { page: manager } = await newPage(DESKTOP);
    await signIn(manager, 'manager@demo.embassy.test');
    const pending = await callAs(
      manager,
      'GET',
      `/api/programs/${stack.programId}/submissions?status=pending&limit=100`,
    );
    const post = (pending.body.items as { submissionId: string; authorName: string; version: number }[]).find(
      (s) => s.authorName.startsWith('Ben'),
    );
    expect(post, JSON.stringify(pending.body)).toBeDefined();
    const sent = await callAs(
      manager,
      'POST',
      `/api/programs/${stack.programId}/submissions/${post?.submissionId}/review`,
      { decision: 'request_changes', feedback: 'Please tag #fiestaagents.', version: post?.version },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    await done(manager);

    // Act: Ben opens Home.
    await ben.goto(`${stack.url}/programs/${stack.programId}/home`);
    const steps = ben.getByRole('region', { name: 'Next step' }).getByRole('listitem');
    // The sent-back post is asked for beside the journey's steps: it may come a moment after them.
    await expect.poll(() => steps.first().textContent(), { timeout: 20_000 }).toBe('Fix your post');
    await axe(ben, 'phone ambassador home with a post to fix');
    await shot(ben, 'phone-ambassador-fix-your-post');
    await steps.first().getByRole('link').click();

    // Assess: the challenge's page, at the post, with its Resubmit button.
    await ben.getByRole('heading', { level: 1, name: 'Road trip' }).waitFor();
    const item = ben.locator(`#submission-${post?.submissionId}`);
    await item.getByText('Please tag #fiestaagents.').waitFor();
    await item.getByRole('button', { name: 'Resubmit' }).waitFor();
    await expect
      .poll(() => ben.evaluate(() => document.activeElement?.id))
      .toBe(`submission-${post?.submissionId}`);
    // Back is Home again; the challenge's card in the list says so too.
    await ben.goBack();
    await ben.getByRole('region', { name: 'Next step' }).waitFor();
    await ben.goto(`${stack.url}/programs/${stack.programId}/challenges`);
    await ben
      .getByRole('listitem')
      .filter({ has: ben.getByRole('link', { name: 'Road trip' }) })
      .getByText('Changes requested')
      .waitFor();
  });
});

describe('Home’s moments', () => {
  it('a first visit is welcomed; a new badge and a tier are marked until dismissed', async () => {
    const { page } = await newPage(DESKTOP);
    await signIn(page, 'ben@demo.embassy.test');
    await page.goto(`${stack.url}/programs/${stack.programId}/home`);
    // The demo's people have no name on their account: the greeting is then a plain one.
    await page.getByRole('heading', { level: 1, name: 'Welcome', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Welcome to Fiesta Agents' }).waitFor();
    await axe(page, 'desktop ambassador first visit');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome back' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to Fiesta Agents' }).count()).toBe(0);

    // What this browser saw last: no badges yet, another tier.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('embassy.seen.'));
      if (key) localStorage.setItem(key, JSON.stringify({ visited: true, badges: [], tier: 'earlier' }));
    });
    await page.reload();
    const badge = page.getByRole('heading', { name: /new badge/ });
    await badge.waitFor();
    await page.getByRole('heading', { name: /^You reached / }).waitFor();
    await axe(page, 'desktop ambassador home with moments');
    await shot(page, 'desktop-ambassador-moments');
    await page.getByRole('button', { name: /^Dismiss: .*new badge/ }).click();
    expect(await badge.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: /^You reached / }).waitFor();
    expect(await badge.count()).toBe(0);
    await done(page);
  });
});

describe('the installable app', () => {
  it('serves a manifest with its icons, registers its worker, and reads Home offline', async () => {
    const { context, page } = await newPage(PHONE, { serviceWorkers: 'allow' });
    await signIn(page, 'anna@demo.embassy.test');
    const response = await page.goto(`${stack.url}/programs/${stack.programId}/home`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The manifest the page names, and each of its icons.
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await fetch(new URL(href ?? '', stack.url))).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Embassy',
      short_name: 'Embassy',
      start_url: '/',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const image = await fetch(new URL(icon.src, stack.url));
      expect(image.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await image.arrayBuffer());
      // A PNG's width and height, from its header.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }

    // The worker registers and takes the page; what the page then loads is kept.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(
      `${stack.url}/sw.js`,
    );
    // The worker takes the page once it has kept every file of the app (about 25): give it time
    // (on a loaded machine, a CI run beside browser tests, that took more than 20 s once).
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
      .toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.waitForLoadState('networkidle');

    // Offline, a reload still shows the Home last loaded.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();
    await page.getByRole('heading', { name: 'Next step' }).waitFor();
    await shot(page, 'phone-ambassador-home-offline');
    await context.setOffline(false);
    await done(page);
  }, 120_000);
});

describe('accessibility at both widths', () => {
  it('Home, Challenges, a challenge, Gallery and More pass axe at 390 and 1366 px', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await newPage(viewport);
      await signIn(page, 'anna@demo.embassy.test');
      const at = `${viewport.width}px`;
      await page.goto(`${stack.url}/programs/${stack.programId}/home`);
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      await axe(page, `${at} ambassador home`);
      await page.goto(`${stack.url}/programs/${stack.programId}/challenges`);
      await page.getByRole('link', { name: 'Road trip', exact: true }).waitFor();
      await axe(page, `${at} ambassador challenges`);
      await page.getByRole('link', { name: 'Road trip', exact: true }).click();
      await page.getByRole('region', { name: 'From the gallery' }).getByRole('heading').first().waitFor();
      await axe(page, `${at} ambassador challenge page`);
      await page.goto(`${stack.url}/programs/${stack.programId}/gallery`);
      await page.getByRole('heading', { name: 'Anna Agent' }).first().waitFor();
      await axe(page, `${at} ambassador gallery`);
      await shot(page, `${viewport.width}-ambassador-gallery-grid`);
      if (viewport === PHONE) {
        await bar(page).getByRole('button', { name: 'More' }).click();
        await bar(page).getByRole('link', { name: 'Gallery', exact: true }).waitFor();
        await axe(page, `${at} ambassador More open`);
      }
      await done(page);
    }
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * The dashboard's half of notifications (issue 17 §3), in Chromium against `npm start --demo`:
 * the manager's Applications and Review tabs show what waits; approving Chloe lights her bell,
 * and opening her list clears it; the emails reach the dev outbox with absolute links and the
 * one-click unsubscribe headers; Anna's "Stop emails like this one" link opens the /unsubscribe
 * page, signed out, which turns challenge emails off, and her account page then shows it.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;

type Mail = { to: string; kind: string; subject: string; text: string; headers: Record<string, string> };
const outbox = async (to: string): Promise<Mail[]> => {
  const response = await fetch(`${stack.url}/dev/outbox?to=${encodeURIComponent(to)}&kind=email`);
  return ((await response.json()) as { messages: Mail[] }).messages;
};
/** Waits for the notifier (a stream consumer, a moment behind the API) to send a matching email. */
const mailMatching = async (to: string, match: (mail: Mail) => boolean): Promise<Mail> => {
  let found: Mail | undefined;
  await expect
    .poll(async () => (found = (await outbox(to)).find(match)), { timeout: 30_000, interval: 500 })
    .toBeDefined();
  return found as Mail;
};
const tabCount = (page: Page, tab: string) =>
  page.getByRole('navigation').getByRole('link', { name: tab, exact: true }).locator('.tab-count');
const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications/ });

let manager: Page;
let chloeId = '';
let applicationsBefore = 0;

describe('the team’s waiting counts', () => {
  it('the manager’s Applications and Review tabs show what the API counts', async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    await openTab(manager, 'Applications');
    const waiting = await callAs(manager, 'GET', `/api/programs/${stack.programId}/waiting`);
    expect(waiting.status).toBe(200);
    const { applications, posts } = waiting.body as { applications: number; posts: number };
    // The demo has Chloe's application waiting, and posts to review.
    expect(applications).toBeGreaterThanOrEqual(1);
    applicationsBefore = applications;
    expect(posts).toBeGreaterThanOrEqual(1);
    await expect.poll(() => tabCount(manager, 'Applications').textContent()).toBe(String(applications));
    await expect.poll(() => tabCount(manager, 'Review').textContent()).toBe(String(posts));
    // The count is the link's description, not part of its name.
    const described = await manager
      .getByRole('navigation')
      .getByRole('link', { name: 'Applications', exact: true })
      .getAttribute('aria-describedby');
    expect(await manager.locator(`#${described}`).textContent()).toBe(
      applications === 1 ? '1 waiting' : `${applications} waiting`,
    );
    await axe(manager, 'manager tabs with counts');
    await shot(manager, 'desktop-manager-waiting-counts');
  }, 120_000);
});

describe('the bell', () => {
  it('approving Chloe shows 1 on her bell, and opening her list clears it', async () => {
    const pending = await callAs(
      manager,
      'GET',
      `/api/programs/${stack.programId}/ambassadors?status=pending&limit=50`,
    );
    const chloe = (pending.body.items as { userId: string; displayName: string }[]).find((a) =>
      a.displayName.startsWith('Chloe'),
    );
    chloeId = String(chloe?.userId);
    const decided = await callAs(
      manager,
      'POST',
      `/api/programs/${stack.programId}/ambassadors/${chloeId}/decision`,
      { decision: 'approve' },
    );
    expect(decided.status).toBe(200);

    // Ambassadors are phone first: the bell has to fit the header there.
    const { page } = await newPage(PHONE);
    await signIn(page, 'chloe@demo.embassy.test');
    // The notifier writes the notification a moment after the decision: the bell reads it on the
    // next page change (or within the minute).
    for (
      let i = 0;
      i < 30 && (await bell(page).getAttribute('aria-label')) !== 'Notifications, 1 unread';
      i++
    ) {
      await page.waitForTimeout(1000);
      await page.reload();
      await bell(page).waitFor();
    }
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    expect(await bell(page).locator('.bell-count').textContent()).toBe('1');

    await bell(page).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    // What was new looks new on this visit…
    const item = page.locator('.notification.unread');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getByText('New', { exact: true }).count()).toBe(1);
    await shot(page, 'phone-ambassador-notifications-new');
    // …and the bell is cleared, here and after a reload.
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifications');
    expect(await bell(page).locator('.bell-count').count()).toBe(0);
    await axe(page, 'notifications list');
    await page.reload();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.locator('.notification').first().waitFor();
    expect(await page.locator('.notification.unread').count()).toBe(0);
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifications');
    await shot(page, 'phone-ambassador-notifications-read');
    await done(page);
  }, 120_000);

  it('the manager’s Applications count goes down after the decision', async () => {
    // The count is kept by a stream consumer: it follows the decision a moment later.
    await expect
      .poll(
        async () =>
          (
            (await callAs(manager, 'GET', `/api/programs/${stack.programId}/waiting`)).body as {
              applications: number;
            }
          ).applications,
        { timeout: 30_000, interval: 500 },
      )
      .toBe(applicationsBefore - 1);
    await openTab(manager, 'Review');
    await openTab(manager, 'Applications');
    const expected = applicationsBefore - 1 === 0 ? null : String(applicationsBefore - 1);
    await expect
      .poll(async () =>
        (await tabCount(manager, 'Applications').count()) === 0
          ? null
          : await tabCount(manager, 'Applications').textContent(),
      )
      .toBe(expected);
  }, 120_000);
});

describe('the emails, in the dev outbox of the real runtime', () => {
  it('the approval reaches Chloe with its subject and an absolute link, and no unsubscribe (it is transactional)', async () => {
    const mail = await mailMatching('chloe@demo.embassy.test', (m) => m.text.includes('was approved'));
    expect(mail.subject).toBe('Welcome to Fiesta Agents: you are in');
    expect(mail.text).toMatch(new RegExp(`Open: ${stack.url}/programs/`));
    expect(mail.headers['List-Unsubscribe']).toBeUndefined();
  }, 120_000);

  it('a challenge email carries the one-click headers (RFC 8058) and the page link', async () => {
    const mail = await mailMatching('anna@demo.embassy.test', (m) => Boolean(m.headers['List-Unsubscribe']));
    expect(mail.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<${stack.url}/api/unsubscribe\\?token=[^>]+>$`),
    );
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toMatch(new RegExp(`Stop emails like this one: ${stack.url}/unsubscribe\\?token=`));
  }, 120_000);
});

describe('the unsubscribe page', () => {
  it('a tampered link gets a clear message and changes nothing', async () => {
    const { page } = await newPage(DESKTOP);
    const mail = await mailMatching('anna@demo.embassy.test', (m) => m.text.includes('/unsubscribe?token='));
    const link = String(/Stop emails like this one: (\S+)/.exec(mail.text)?.[1]);
    // The last characters of the signature changed: the type still reads, the server refuses.
    const tampered = link.slice(0, -4) + (link.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await page.goto(tampered);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await page.getByText('This unsubscribe link is not valid').waitFor();
    await page.goto(`${stack.url}/unsubscribe?token=nonsense`);
    await page.getByText('This unsubscribe link is not complete or not valid').waitFor();
    expect(await page.getByRole('button', { name: 'Stop these emails' }).count()).toBe(0);
    await done(page);
  }, 120_000);

  it('Anna’s link from a challenge email, opened signed out, turns challenge emails off', async () => {
    const mail = await mailMatching('anna@demo.embassy.test', (m) =>
      /Stop emails like this one: \S+challenge_opened/.test(m.text),
    );
    const link = String(/Stop emails like this one: (\S+)/.exec(mail.text)?.[1]);
    const { page } = await newPage(DESKTOP);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Stop these emails', level: 1 }).waitFor();
    await page.getByText('You will stop getting emails about new challenges.').waitFor();
    await axe(page, 'unsubscribe page');
    await shot(page, 'desktop-unsubscribe');
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await page.getByText('You will no longer get emails about new challenges.').waitFor();
    await axe(page, 'unsubscribe confirmation');
    expect(await page.getByRole('link', { name: /your account/ }).getAttribute('href')).toBe(
      '/account#notifications',
    );
    await done(page);
  }, 120_000);

  it('her account page’s Notifications section then shows challenges in the app only', async () => {
    const { page } = await newPage(DESKTOP);
    await signIn(page, 'anna@demo.embassy.test');
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 2 }).waitFor();
    const challenges = page.getByLabel('New challenges', { exact: true });
    await expect.poll(() => challenges.inputValue()).toBe('in_app');
    // The decision on an application is shown, and cannot be changed.
    await page.getByText('Your application being approved').waitFor();
    expect(await page.getByRole('combobox', { name: 'Your application being approved' }).count()).toBe(0);
    await axe(page, 'account notification preferences');
    await shot(page, 'desktop-account-notifications');

    // A change saves at once, and holds after a reload.
    await page.getByLabel('Badges you earned', { exact: true }).selectOption('off');
    await page.getByText('Badges you earned: off.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Badges you earned', { exact: true }).inputValue()).toBe('off');
    const preferences = await callAs(page, 'GET', '/api/me/notification-preferences');
    const byType = Object.fromEntries(
      (preferences.body.preferences as { type: string; channel: string }[]).map((p) => [p.type, p.channel]),
    );
    expect(byType).toMatchObject({
      challenge_opened: 'in_app',
      badge_earned: 'off',
      application_approved: 'email',
    });
    await done(page);
    await done(manager);
  }, 120_000);

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { demoStack, eventually, openTab, PASSWORD, shot } from './harness.ts';

/**
 * The whole loop through the dashboard alone, in Chromium, against `npm start --demo`: an
 * ambassador signs up and applies, a manager approves and publishes a challenge, the
 * ambassador submits, the manager requests changes and then approves, the ambassador's link
 * is clicked and an order posted, and the brand sees the sale and exports it as CSV. Once at a
 * desktop width and once at a phone's. Then a payout of the demo's approved commission: an
 * ambassador adds payout details, the brand makes the payout, downloads its bank file and
 * confirms it, and the ambassador's lines say paid. Screenshots of each role's main screen are
 * saved under test-results/screenshots (git-ignored).
 */
const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

const stack = demoStack();
const { newPage, done, signIn } = stack;
let url = '';
let programId = '';
let exchangesFile = '';
beforeAll(() => {
  ({ url, programId, exchangesFile } = stack);
});

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`the loop through the dashboard at ${width} width`, () => {
    const suffix = `${width}-${Date.now().toString(36)}`;
    const name = `Dana ${width === 'desktop' ? 'Desk' : 'Phone'}`;
    const email = `dana-${suffix}@example.com`;
    const challengeTitle = `Road trip ${width}`;
    let ambassador: Page;
    let manager: Page;
    let code = '';

    it('an ambassador signs up with the emailed code and applies on the program page', async () => {
      ({ page: ambassador } = await newPage(viewport));
      // The dashboard runs under the CSP it has behind CloudFront: a violation would be a console error.
      const page = await ambassador.goto(`${url}/p/fiesta-agents`);
      expect(page?.headers()['content-security-policy']).toContain("script-src 'self'");
      await ambassador.getByRole('heading', { name: 'Fiesta Agents' }).waitFor();
      await ambassador.getByRole('link', { name: 'Create an account' }).click();
      await ambassador.getByLabel('Your name').fill(name);
      await ambassador.getByLabel('Email').fill(email);
      await ambassador.getByLabel('Password').fill(PASSWORD);
      await ambassador.getByRole('button', { name: 'Create account' }).click();
      await ambassador.getByRole('heading', { name: 'Confirm your email' }).waitFor();
      // Locally the code is in the dev outbox the page links to; read it as the person would.
      const outbox = await (await fetch(`${url}/dev/outbox?to=${encodeURIComponent(email)}`)).json();
      const codeSent = (outbox as { messages: { code: string }[] }).messages[0]?.code;
      expect(codeSent).toMatch(/^\d{6}$/);
      await ambassador.getByLabel('Confirmation code').fill(codeSent ?? '');
      await ambassador.getByRole('button', { name: 'Confirm' }).click();

      // Back on the program page, signed in: the application form.
      await ambassador.getByRole('button', { name: 'Send application' }).waitFor();
      await ambassador.getByLabel('Name to show').fill(name);
      await ambassador
        .getByLabel('Why do you want to be an agent?')
        .fill('I drive a lot and film all of it.');
      await ambassador.getByRole('radio', { name: 'YouTube' }).check();
      await ambassador.getByLabel('Followers on that channel (optional)').fill('12000');
      await ambassador.getByRole('textbox', { name: 'YouTube', exact: true }).fill('@dana');
      await ambassador.getByRole('checkbox', { name: /I accept the program terms/ }).check();
      await ambassador.getByRole('button', { name: 'Send application' }).click();
      await ambassador.getByText('Your application is in.').waitFor();
      await shot(ambassador, `${width}-ambassador-applied`);
    });

    it('a manager approves the application and publishes a challenge', async () => {
      ({ page: manager } = await newPage(viewport));
      await signIn(manager, 'manager@demo.embassy.test');
      await openTab(manager, 'Applications');
      await manager.getByRole('checkbox', { name: `Select ${name}` }).waitFor();
      await shot(manager, `${width}-manager-applications`);
      const row = manager
        .getByRole('listitem')
        .filter({ has: manager.getByRole('checkbox', { name: `Select ${name}` }) });
      await row.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => manager.getByRole('checkbox', { name: `Select ${name}` }).count()).toBe(0);

      await openTab(manager, 'Challenges');
      await manager.getByRole('button', { name: 'New challenge' }).click();
      await manager.getByLabel('Title').fill(challengeTitle);
      await manager
        .getByLabel('Description')
        .fill('Film a road trip with the car and tell us where you went.');
      await manager.getByLabel('Points').fill('100');
      await manager.getByRole('button', { name: 'Save draft' }).click();
      const card = manager
        .locator('article, li, section')
        .filter({ has: manager.getByRole('heading', { name: challengeTitle }) })
        .last();
      await card.getByRole('button', { name: 'Publish' }).click();
      await card
        .getByText(/open|published/i)
        .first()
        .waitFor();
      await shot(manager, `${width}-manager-challenges`);
    });

    it('the ambassador submits a post, gets feedback, resubmits, and is approved', async () => {
      await ambassador.goto(`${url}/programs/${programId}/challenges`);
      // The list's card opens the challenge's own page, with the post form.
      await ambassador.getByRole('link', { name: challengeTitle, exact: true }).click();
      await ambassador.getByRole('heading', { level: 1, name: challengeTitle }).waitFor();
      const card = ambassador
        .locator('article, section, li')
        .filter({ has: ambassador.getByRole('heading', { name: challengeTitle }) })
        .last();
      await card
        .getByLabel('Post link')
        .fill(`https://www.youtube.com/watch?v=${width === 'desktop' ? 'DanaDesk001' : 'DanaPhone01'}`);
      await card.getByLabel('Caption').fill('Six hundred kilometres in the Fiesta. #FiestaAgents');
      await card.getByRole('button', { name: 'Submit post' }).click();
      await card
        .getByText(/Submitted/)
        .first()
        .waitFor();

      await openTab(manager, 'Review');
      const item = manager
        .getByRole('article')
        .filter({ has: manager.getByRole('heading', { name: new RegExp(name) }) });
      await item.getByRole('button', { name: 'Request changes' }).click();
      await item.getByLabel('Feedback').fill('Please add #ad so viewers know it is a partnership.');
      await item.getByRole('button', { name: 'Send feedback' }).click();
      await expect.poll(() => item.count()).toBe(0);

      await ambassador.goto(`${url}/programs/${programId}/posts`);
      await ambassador.getByText('Please add #ad so viewers know it is a partnership.').waitFor();
      await ambassador
        .getByText(/changes requested/i)
        .first()
        .waitFor();
      await ambassador.getByRole('button', { name: 'Resubmit' }).first().click();
      await ambassador.getByLabel('Caption').fill('Six hundred kilometres in the Fiesta. #FiestaAgents #ad');
      await ambassador.getByRole('button', { name: 'Send again' }).click();
      await ambassador
        .getByText(/pending/i)
        .first()
        .waitFor();

      await manager.reload();
      const again = manager
        .getByRole('article')
        .filter({ has: manager.getByRole('heading', { name: new RegExp(name) }) });
      await shot(manager, `${width}-manager-review`);
      await again.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => again.count()).toBe(0);

      await eventually(ambassador, async () => {
        await ambassador
          .getByText(/approved/i)
          .first()
          .waitFor({ timeout: 2000 });
      });
    });

    it("the ambassador's link is clicked and an order is posted with a brand's new API key", async () => {
      await ambassador.goto(`${url}/programs/${programId}/home`);
      const link = ambassador.getByText(new RegExp(`${url.replace(/[/.]/g, '\\$&')}/r/[A-Z0-9-]+`)).first();
      await link.waitFor();
      code = /\/r\/([A-Z0-9-]+)/.exec((await link.textContent()) ?? '')?.[1] ?? '';
      expect(code).not.toBe('');
      await shot(ambassador, `${width}-ambassador-home`);

      // A visitor follows the link (the shop's site is elsewhere, so the redirect is read, not followed).
      // Another address than the ambassador's own browser: an order from that one would be flagged
      // own_link_purchase and earn nothing.
      const click = await fetch(`${url}/r/${code}`, {
        redirect: 'manual',
        headers: { 'user-agent': CHROME_UA, 'x-forwarded-for': '203.0.113.7' },
      });
      expect(click.status).toBe(302);
      const rid = new URL(click.headers.get('location') ?? '').searchParams.get('rid');
      expect(rid).toBeTruthy();

      const { page: brand } = await newPage(viewport);
      await signIn(brand, 'brand@demo.embassy.test');
      await openTab(brand, 'Integrations');
      await brand.getByRole('button', { name: 'Create API key' }).click();
      const nameField = brand.getByLabel('Name', { exact: true });
      if (await nameField.count()) await nameField.fill(`Shop ${width}`);
      await brand.getByRole('button', { name: 'Create key' }).click();
      const key = await brand.getByLabel('New API key').inputValue();
      expect(key.length).toBeGreaterThan(20);

      const order = await fetch(`${url}/api/programs/${programId}/conversions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          orderId: `order-${suffix}`,
          amount: 12_345,
          currency: 'EUR',
          clickId: rid,
          occurredAt: new Date().toISOString(),
        }),
      });
      expect(order.status, await order.clone().text()).toBe(201);

      // The brand sees the sale in the report, per ambassador, and exports it.
      await openTab(brand, 'Sales');
      // Its row in the per-ambassador table: one click, one order, 123.45 in revenue.
      const perAmbassador = brand.getByRole('row').filter({ hasText: name });
      await eventually(brand, async () => {
        expect(await perAmbassador.first().textContent({ timeout: 2000 })).toMatch(/123\.45/);
      });
      await shot(brand, `${width}-brand-sales`);
      const [download] = await Promise.all([
        brand.waitForEvent('download'),
        brand.getByRole('button', { name: 'Export CSV' }).first().click(),
      ]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv).toContain(name);
      expect(csv).toContain('12345');
      await done(brand);
      await done(ambassador);
      await done(manager);
    });
  });
}

describe('a payout through the dashboard', () => {
  let ben: Page;

  it('an ambassador adds payout details, and each line says when it will be paid', async () => {
    ({ page: ben } = await newPage(DESKTOP));
    await signIn(ben, 'ben@demo.embassy.test');
    await ben.goto(`${url}/programs/${programId}/earnings`);
    // The scheduler approves the demo's older sales within half a minute of seeding them.
    await eventually(ben, async () => {
      await ben.getByText('Approved: waiting for your payout details').first().waitFor({ timeout: 2000 });
    });
    await ben
      .getByText(/Pending until .* \(holding period/)
      .first()
      .waitFor();
    await ben.getByRole('radio', { name: 'Bank transfer (IBAN)' }).check();
    await ben.getByLabel('Account holder').fill('Ben Driver');
    await ben.getByLabel('IBAN', { exact: true }).fill('DE89 3704 0044 0532 0130 00');
    await ben.getByRole('button', { name: 'Save payout details' }).click();
    await ben.getByText('You are paid into: Bank account of Ben Driver, DE89 **** 3000').waitFor();
    await ben.reload();
    await ben.getByText('Approved: in the next payout').first().waitFor();
    await shot(ben, 'desktop-ambassador-earnings');
  });

  it('the brand makes the payout, downloads its bank file and confirms it; the lines say paid', async () => {
    const { page: brand } = await newPage(DESKTOP);
    await signIn(brand, 'brand@demo.embassy.test');
    await openTab(brand, 'Payouts');
    await brand.getByRole('checkbox', { name: 'Pay Ben Driver' }).waitFor();
    await shot(brand, 'desktop-brand-payouts');
    await brand.getByRole('button', { name: /^Make the payout/ }).click();
    await brand.getByRole('heading', { name: 'Pay it from your own account' }).waitFor();
    const [download] = await Promise.all([
      brand.waitForEvent('download'),
      brand.getByRole('button', { name: 'Download Bank transfer CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Ben Driver,DE89370400440532013000,');
    await brand.getByLabel('Bank reference').fill('DEMO-BANK-1');
    await brand.getByRole('button', { name: 'Confirm sent' }).click();
    await brand.getByText(/reference DEMO-BANK-1\. The ambassadors were told/).waitFor();
    await shot(brand, 'desktop-brand-payout-sent');
    await done(brand);

    await ben.reload();
    await ben
      .getByText(/Paid on .*, ref DEMO-BANK-1/)
      .first()
      .waitFor();
    await done(ben);
  });
});

describe('the session in the browser', () => {
  it('refreshes an expiring token, signs out, and brings you back to the page after signing in', async () => {
    const { page } = await newPage(DESKTOP);
    await signIn(page, 'brand@demo.embassy.test');
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('embassy.session') ?? '{}'));
    // The ID token "expires": the next request refreshes it through Cognito (REFRESH_TOKEN_AUTH).
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('embassy.session') ?? '{}');
      localStorage.setItem('embassy.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/cognito') && request.postData()?.includes('REFRESH_TOKEN_AUTH'))
        refreshes.push(request.url());
    });
    await page.goto(`${url}/programs/${programId}/sales`);
    await page.getByRole('heading', { name: 'By ambassador' }).waitFor();
    // One refresh for all the requests the page sent at once.
    expect(refreshes).toHaveLength(1);
    const after = await page.evaluate(() => JSON.parse(localStorage.getItem('embassy.session') ?? '{}'));
    expect(after.expiresAt).toBeGreaterThan(Date.now());
    expect(after.refreshToken).toBe(before.refreshToken);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('embassy.session'))).toBeNull();

    // A private page while signed out: sign in first, then that page.
    await page.goto(`${url}/programs/${programId}/commissions`);
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('Email').fill('brand@demo.embassy.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/programs/${programId}/commissions`);
    await page.getByRole('heading', { level: 1, name: 'Commissions' }).waitFor();
    await done(page);
  });
});

describe('two managers on one review queue', () => {
  it('tells the second that someone decided first, and shows the decision', async () => {
    const { page: first } = await newPage(DESKTOP);
    const { page: second } = await newPage(PHONE);
    await Promise.all([
      signIn(first, 'owner@demo.embassy.test'),
      signIn(second, 'manager@demo.embassy.test'),
    ]);
    await Promise.all([
      first.goto(`${url}/programs/${programId}/review`),
      second.goto(`${url}/programs/${programId}/review`),
    ]);
    // The demo's pending post by Ben, on both screens.
    const post = (page: Page) =>
      page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Ben Driver/ }) });
    await Promise.all([post(first).waitFor(), post(second).waitFor()]);

    await post(first).getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => post(first).count()).toBe(0);

    await post(second).getByRole('button', { name: 'Approve', exact: true }).click();
    await second.getByText(/Someone decided first/).waitFor();
    await shot(second, 'phone-manager-review-conflict');
    await done(first);
    await done(second);
  });
});

describe('what the dashboard was answered', () => {
  it('is described by the OpenAPI document, every answer of the walks above', () => {
    const { exchanges, problems } = recordedProblems(exchangesFile);
    expect(exchanges).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

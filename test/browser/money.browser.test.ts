import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn as signInToCognito, upsertUser } from '../../local/cognito-users.ts';
import { localCognito } from '../../local/provision.ts';
import { csvRecords } from '../csv-reader.ts';
import { PHONE } from './chromium.ts';
import { axe, demoStack, eventually, openTab, PASSWORD, shot } from './harness.ts';

/**
 * The money screens in Chromium, against `npm start --demo`: an ambassador's lines follow the
 * payout details they save, and a payout made and
 * confirmed moves every figure on screen without a reload (the commission totals, the next
 * payout, the history, then the Commissions and Sales tabs); each CSV downloaded from the
 * dashboard opens as a spreadsheet would read it (a header row in words, decimal money, the
 * currency, names), its amounts the dashboard's to the cent; and axe finds nothing on
 * Commissions, Payouts, Sales and the content library at 390 and 1366 px. With 55 more sellers,
 * Sales shows the top 50 and adds the rest on "Show the next 50", each once, by net revenue.
 */
const WIDE = { width: 1366, height: 900 };

const stack = demoStack();
const { newPage, done, signIn } = stack;
let url = '';
let programId = '';
beforeAll(() => {
  ({ url, programId } = stack);
});

/** A key figure's value, by its label, within a part of the page. */
const figure = (within: Locator, label: string) =>
  within
    .locator('.stat')
    .filter({ has: within.page().locator('.stat-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.stat-value');

/** Money as shown ("€1,234.50", "-€3.00") in minor units. */
const cents = (shown: string) => {
  const digits = shown.replace(/[^\d.-]/g, '');
  return Math.round(Number(digits) * 100);
};

const centsOf = async (value: Locator) => cents((await value.textContent()) ?? '');

/** A download's text, and the name it was saved under. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ text: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { text: readFileSync((await download.path()) ?? '', 'utf8'), name: download.suggestedFilename() };
}

describe('money screens that are never stale', () => {
  let brand: Page;
  let paidBefore = 0;
  let approvedBefore = 0;
  let payoutTotal = 0;

  it('an ambassador’s lines follow their payout details at once, without a reload', async () => {
    const { page: ben } = await newPage(WIDE);
    await signIn(ben, 'ben@demo.embassy.test');
    await ben.goto(`${url}/programs/${programId}/earnings`);
    // The scheduler approves the demo's older sales within half a minute of seeding them.
    await eventually(ben, async () => {
      await ben.getByText('Approved: waiting for your payout details').first().waitFor({ timeout: 2000 });
    });
    await ben.evaluate(() => Object.assign(window, { stillThisPage: true }));
    await ben.getByRole('radio', { name: 'Bank transfer (IBAN)' }).check();
    await ben.getByLabel('Account holder').fill('Ben Driver');
    await ben.getByLabel('IBAN', { exact: true }).fill('DE89 3704 0044 0532 0130 00');
    await ben.getByRole('button', { name: 'Save payout details' }).click();
    await ben.getByText('Approved: in the next payout').first().waitFor({ timeout: 10_000 });
    expect(await ben.getByText('Approved: waiting for your payout details').count()).toBe(0);
    expect(await ben.evaluate(() => 'stillThisPage' in window), 'no page load').toBe(true);
    await done(ben);
  }, 120_000);

  it('confirming a payout moves the totals, the next payout and the history at once, without a reload', async () => {
    ({ page: brand } = await newPage(WIDE));
    await signIn(brand, 'brand@demo.embassy.test');
    await brand.goto(`${url}/programs/${programId}/payouts`);
    await brand.getByRole('checkbox', { name: 'Pay Ben Driver' }).waitFor();
    const totals = brand.getByRole('region', { name: 'Commission, all time' });
    await figure(totals, 'Paid').waitFor();
    paidBefore = await centsOf(figure(totals, 'Paid'));
    approvedBefore = await centsOf(figure(totals, 'Approved, to pay'));
    expect(approvedBefore).toBeGreaterThan(0);
    await axe(brand, 'payouts at 1366');

    // Make it: the history lists it at once.
    await brand.getByRole('button', { name: /^Make the payout/ }).click();
    await brand.getByRole('heading', { name: 'Pay it from your own account' }).waitFor();
    const history = brand.getByRole('table', { name: 'Payouts' });
    await history.getByRole('row').filter({ hasText: 'Ready to send' }).first().waitFor();
    const card = brand
      .locator('.card')
      .filter({ has: brand.getByRole('heading', { name: 'Payout', exact: true }) });
    payoutTotal = await centsOf(figure(card, 'Total'));
    expect(payoutTotal).toBeGreaterThan(0);
    // Its lines wait in it: owed, not paid, until it is confirmed.
    expect(await centsOf(figure(totals, 'Paid'))).toBe(paidBefore);

    // Anna is paid by PayPal, Ben by bank: PayPal's file has PayPal's own columns and no header
    // row; the bank list a header in words. Their decimal amounts add up to the payout's total.
    const paypal = await downloaded(brand, () =>
      brand.getByRole('button', { name: 'Download PayPal Payouts CSV' }).click(),
    );
    const paypalRows = paypal.text
      .trim()
      .split('\r\n')
      .map((row) => row.split(','));
    expect(paypalRows[0]?.[2]).toBe('EUR');
    const bank = await downloaded(brand, () =>
      brand.getByRole('button', { name: 'Download Bank transfer CSV' }).click(),
    );
    const bankFile = csvRecords(bank.text);
    expect(bankFile.header).toEqual([
      'Account holder',
      'IBAN',
      'BIC',
      'Amount',
      'Currency',
      'Reference',
      'Description',
    ]);
    expect(bankFile.records[0]).toMatchObject({ 'Account holder': 'Ben Driver', Currency: 'EUR' });
    const paid = [
      ...paypalRows.map((row) => row[1] ?? ''),
      ...bankFile.records.map((row) => row.Amount ?? ''),
    ];
    for (const amount of paid) expect(amount).toMatch(/^\d+\.\d{2}$/);
    expect(paid.map((amount) => Math.round(Number(amount) * 100)).reduce((a, b) => a + b, 0)).toBe(
      payoutTotal,
    );

    // Confirm it: the totals move by its amount, with no reload.
    // A mark on the window: a page load would take it away.
    await brand.evaluate(() => Object.assign(window, { stillThisPage: true }));
    await brand.getByLabel('Bank reference').fill('MONEY-TEST-1');
    await brand.getByRole('button', { name: 'Confirm sent' }).click();
    await brand.getByText(/reference MONEY-TEST-1\. The ambassadors were told/).waitFor();
    await expect
      .poll(() => centsOf(figure(totals, 'Paid')), { timeout: 10_000 })
      .toBe(paidBefore + payoutTotal);
    expect(await centsOf(figure(totals, 'Approved, to pay'))).toBe(approvedBefore - payoutTotal);
    await history.getByRole('row').filter({ hasText: 'MONEY-TEST-1' }).waitFor();
    await brand.getByRole('heading', { name: 'Next payout' }).waitFor();
    expect(await brand.evaluate(() => 'stillThisPage' in window), 'no page load').toBe(true);
    await shot(brand, 'desktop-brand-payouts-after-confirming');
    // The scheduler may take half a minute to approve the demo's sales first.
  }, 120_000);

  it('the Commissions and Sales tabs show the new figures, and their CSV the same to the cent', async () => {
    await openTab(brand, 'Commissions');
    const totals = brand.getByRole('region', { name: 'Totals' });
    await expect
      .poll(() => centsOf(figure(totals, 'Paid')), { timeout: 10_000 })
      .toBe(paidBefore + payoutTotal);
    await brand.getByLabel('Show').selectOption('paid');
    const lines = brand.getByRole('table', { name: 'Commission lines: paid' });
    await lines.getByRole('row').filter({ hasText: 'MONEY-TEST-1' }).first().waitFor();
    await axe(brand, 'commissions at 1366');

    await openTab(brand, 'Sales');
    // The demo's sales are all within the last 30 days, the period the tab opens with.
    const keyFigures = brand.getByRole('region', { name: 'Key figures' });
    await expect
      .poll(() => centsOf(figure(keyFigures, 'Commission paid')), { timeout: 10_000 })
      .toBe(paidBefore + payoutTotal);
    await brand.getByRole('table', { name: /^By ambassador/ }).waitFor();
    await axe(brand, 'sales at 1366');

    const byAmbassador = await downloaded(brand, () =>
      brand
        .locator('.card')
        .filter({ has: brand.getByRole('heading', { name: 'By ambassador' }) })
        .getByRole('button', { name: 'Export CSV' })
        .click(),
    );
    expect(byAmbassador.name).toMatch(
      /^fiesta-agents-referrals-by-ambassador-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const { header, records } = csvRecords(byAmbassador.text);
    expect(header).toEqual([
      'Ambassador',
      'Clicks',
      'Orders',
      'Conversion rate',
      'Revenue',
      'Refunds',
      'Net revenue',
      'Code-only orders',
      'Code-only revenue',
      'Commission pending',
      'Commission approved',
      'Commission paid',
      'Suspicious clicks',
      'Currency',
    ]);
    const total = records.at(-1);
    expect(total?.Ambassador).toBe('Total');
    expect(total?.Currency).toBe('EUR');
    expect(total?.['Commission paid']).toMatch(/^-?\d+\.\d{2}$/);
    expect(Math.round(Number(total?.['Commission paid']) * 100)).toBe(paidBefore + payoutTotal);
    expect(Math.round(Number(total?.['Net revenue']) * 100)).toBe(
      await centsOf(figure(keyFigures, 'Net revenue')),
    );
    // The ambassadors by name, as the table shows them.
    const table = brand.getByRole('table', { name: /^By ambassador/ });
    const names = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(records.slice(0, -1).map((row) => row.Ambassador)).toEqual(names);
    expect(names).toContain('Anna Agent');

    await openTab(brand, 'Content');
    await brand.getByRole('heading', { name: 'Content library' }).waitFor();
    await brand.waitForLoadState('networkidle');
    await axe(brand, 'content library at 1366');
    const library = await downloaded(brand, () => brand.getByRole('button', { name: 'Export CSV' }).click());
    expect(library.name).toMatch(/^fiesta-agents-content-library-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = csvRecords(library.text);
    expect(content.header.slice(0, 7)).toEqual([
      'Submission ID',
      'Post link',
      'Platform',
      'Challenge ID',
      'Challenge',
      'Ambassador ID',
      'Ambassador',
    ]);
    // The brand sees no member's email in the dashboard: nor in its CSV.
    expect(content.header).not.toContain('Email');
    expect(library.text).not.toMatch(/@demo\.embassy\.test/);
    await done(brand);
  }, 60_000);

  it('on a phone, every money table is a labelled region to scroll, and axe finds nothing', async () => {
    const { page } = await newPage(PHONE);
    await signIn(page, 'brand@demo.embassy.test');
    for (const [tab, heading] of [
      ['Payouts', 'Payouts'],
      ['Commissions', 'Commissions'],
      ['Sales', 'Sales'],
      ['Content', 'Content library'],
    ] as const) {
      await page.goto(`${url}/programs/${programId}/${tab === 'Content' ? 'content' : tab.toLowerCase()}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await page
        .locator('.loading')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await axe(page, `${tab} at 390`);
    }
    await page.goto(`${url}/programs/${programId}/commissions`);
    await page.getByLabel('Show').selectOption('paid');
    const region = page.getByRole('region', { name: 'Commission lines: paid' });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    await page.getByText('Scroll sideways for more columns').first().waitFor();
    // It scrolls with the keyboard once focused.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    await axe(page, 'commission lines at 390');
    await shot(page, 'phone-brand-commission-lines');
    await done(page);
  }, 60_000);
});

describe('the Sales view pages a large program', () => {
  it('shows the top 50 sellers, then the next ones on "Show the next 50", each once, by net revenue', async () => {
    // Prepare: 55 more ambassadors, each selling once through the shop's API (amounts apart).
    const { cognitoEndpoint, userPoolId, clientId } = stack.state();
    const cognito = localCognito(cognitoEndpoint);
    const tokenOf = (email: string) =>
      signInToCognito(cognito, clientId, email, PASSWORD).then((s) => s.idToken);
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const manager = await tokenOf('manager@demo.embassy.test');
    const brandToken = await tokenOf('brand@demo.embassy.test');
    const key = await call(brandToken, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Big shop' });
    expect(key.status).toBe(201);
    const SELLERS = 55;
    for (let batch = 0; batch < SELLERS; batch += 5) {
      await Promise.all(
        Array.from({ length: Math.min(5, SELLERS - batch) }, async (_, j) => {
          const i = batch + j;
          const email = `seller-${i}@demo.embassy.test`;
          const name = `Seller ${String(i).padStart(2, '0')}`;
          await upsertUser(cognito, userPoolId, { email, password: PASSWORD, name });
          const applied = await call(
            await tokenOf(email),
            'POST',
            `/api/programs/${programId}/applications`,
            {
              displayName: name,
              answers: { why: 'I sell.', channel: 'Blog' },
              socialHandles: { instagram: `@seller${i}` },
              consent: { termsVersion: '1', accepted: true },
            },
          );
          expect(applied.status).toBe(201);
          const decided = await call(
            manager,
            'POST',
            `/api/programs/${programId}/ambassadors/${applied.json.userId}/decision`,
            { decision: 'approve' },
          );
          expect(decided.status).toBe(200);
          const sold = await fetch(`${url}/api/programs/${programId}/conversions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key.json.key}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              orderId: `PAGE-${i}`,
              amount: 1_000 + i * 100,
              currency: 'EUR',
              referralCode: decided.json.referralCode,
              occurredAt: new Date().toISOString(),
            }),
          });
          expect(sold.status).toBeLessThan(300);
        }),
      );
    }

    // The rollups count orders from the stream in batches: wait until the report has them all.
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    await expect
      .poll(
        async () =>
          (
            (
              await call(
                brandToken,
                'GET',
                `/api/programs/${programId}/reports/referrals?groupBy=ambassador&from=${monthAgo}&to=${today}`,
              )
            ).json.rows as unknown[]
          ).length,
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(SELLERS + 2);

    // Act: the brand opens Sales and asks for the next page.
    const { page } = await newPage(WIDE);
    await signIn(page, 'brand@demo.embassy.test');
    await page.goto(`${url}/programs/${programId}/sales`);
    const table = page.getByRole('table', { name: /^By ambassador/ });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(50);
    const more = page.getByRole('button', { name: 'Show the next 50 (showing 50)' });
    await more.click();

    // Assess: everyone once, top sellers first, and no further page offered.
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(SELLERS + 2);
    const names = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Anna Agent', 'Ben Driver', 'Seller 00', 'Seller 54']));
    const netRevenue = (await rows.locator('td:nth-child(7)').allTextContents()).map(cents);
    expect(netRevenue).toEqual([...netRevenue].sort((a, b) => b - a));
    expect(names.indexOf('Seller 54')).toBeLessThan(names.indexOf('Seller 00'));
    expect(await page.getByRole('button', { name: /^Show the next 50/ }).count()).toBe(0);
    await axe(page, 'sales, second page, at 1366');
    await done(page);
  }, 180_000);
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * Rewards through the dashboard, in Chromium, against `npm start --demo`: a manager adds a code
 * reward and uploads its codes from a file (one already in the pool is refused and listed), and
 * a product; Anna, an ambassador given points through the adjustments API, redeems the code and
 * sees it, then the product with her address; the manager approves and fulfils it from the
 * queue with the keyboard and a tracking link; Anna sees it fulfilled with the link. The
 * manager works at a desktop width, Anna on a phone. axe checks each new screen.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let url = '';
let programId = '';
beforeAll(() => {
  ({ url, programId } = stack);
});

const VOUCHER = 'Fiesta shop voucher';
const HOODIE = 'Fiesta hoodie';
const TRACKING = 'https://tracking.example.com/parcel/42';
let manager: Page;
let anna: Page;

const codesFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});

describe('rewards through the dashboard', () => {
  it('a manager adds a code reward with codes from a file, and a product', async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    await openTab(manager, 'Rewards');
    await manager.getByText('No rewards yet').waitFor();

    await manager.getByRole('button', { name: 'New reward' }).click();
    await manager.getByLabel('Title').fill(VOUCHER);
    await manager.getByLabel('Description').fill('25 € off anything in the Fiesta shop.');
    await manager.getByLabel('Kind').selectOption('code');
    await manager.getByLabel('Cost in points').fill('50');
    await axe(manager, 'manager reward form');
    await manager.getByRole('button', { name: 'Add to the catalogue' }).click();

    // A new code reward goes straight on to its codes: a CSV whose header is skipped.
    await manager.getByRole('heading', { name: `Upload codes to “${VOUCHER}”` }).waitFor();
    await manager
      .getByLabel('File of codes')
      .setInputFiles(
        codesFile('codes.csv', ['code,value', 'FIESTA-0001,25', 'FIESTA-0002,25', 'FIESTA-0003,25']),
      );
    await manager.getByText('3 codes', { exact: true }).waitFor();
    await manager.getByRole('button', { name: 'Upload 3 codes' }).click();
    await manager.getByText(/3 added, 3 left in the pool/).waitFor();
    // The next file holds one code the pool has: the other goes in, that one is listed.
    await manager
      .getByLabel('File of codes')
      .setInputFiles(codesFile('more.txt', ['FIESTA-0003', 'FIESTA-0004']));
    await manager.getByRole('button', { name: 'Upload 2 codes' }).click();
    await manager.getByText(/1 added, 4 left in the pool/).waitFor();
    await manager.getByText('1 were in the pool already').waitFor();
    await expect.poll(() => manager.locator('.notice code', { hasText: 'FIESTA-0003' }).count()).toBe(1);
    await axe(manager, 'manager code upload');
    await manager.getByRole('button', { name: 'Done' }).click();
    const voucherRow = manager.getByRole('row').filter({ hasText: VOUCHER });
    await expect.poll(() => voucherRow.textContent()).toContain('4 left');

    await manager.getByRole('button', { name: 'New reward' }).click();
    await manager.getByLabel('Title').fill(HOODIE);
    await manager.getByLabel('Kind').selectOption('product');
    await manager.getByLabel('Cost in points').fill('80');
    await manager.getByLabel('Stock').fill('5');
    await manager.getByLabel('Available until').fill('2099-12-31T23:59');
    await manager.getByRole('button', { name: 'Add to the catalogue' }).click();
    const hoodieRow = manager.getByRole('row').filter({ hasText: HOODIE });
    await hoodieRow.waitFor();
    expect(await hoodieRow.textContent()).toMatch(/needs approval.*80.*5 left/);
    await shot(manager, 'desktop-manager-rewards-catalogue');
    await axe(manager, 'manager catalogue');
  });

  it('the manager grants Anna points, through the API and on the Adjust points form', async () => {
    const list = await callAs(
      manager,
      'GET',
      `/api/programs/${programId}/ambassadors?status=approved&limit=100`,
    );
    const annaId = (list.body.items as { userId: string; displayName: string }[]).find(
      (m) => m.displayName === 'Anna Agent',
    )?.userId;
    expect(annaId).toBeTruthy();
    const granted = await callAs(
      manager,
      'POST',
      `/api/programs/${programId}/ambassadors/${annaId}/points-adjustments`,
      {
        points: 200,
        reason: 'Rewards launch',
      },
    );
    expect(granted.status).toBe(201);

    await manager
      .getByRole('navigation', { name: 'Rewards sections' })
      .getByRole('link', { name: 'Adjust points' })
      .click();
    await manager.getByLabel('Ambassador').selectOption({ label: 'Anna Agent' });
    await manager.getByText('Lifetime points').waitFor();
    await manager.getByLabel('Points', { exact: true }).fill('5');
    await manager.getByLabel('Reason').fill('Thanks for the launch video');
    await shot(manager, 'desktop-manager-rewards-points');
    await axe(manager, 'manager adjust points');
    await manager.getByRole('button', { name: 'Grant points' }).click();
    await manager.getByText('Granted 5 points to Anna Agent').waitFor();
  });

  it('Anna redeems the code and sees it, then the product with her address', async () => {
    ({ page: anna } = await newPage(PHONE));
    await signIn(anna, 'anna@demo.embassy.test');
    await anna.goto(`${url}/programs/${programId}/rewards`);
    await anna.getByRole('heading', { level: 1, name: 'Rewards' }).waitFor();
    await anna.getByText('spending never lowers them').waitFor();
    await anna.getByText('You can afford it').first().waitFor();
    await anna.getByText(/^Points history/).click();
    await anna.getByText('Rewards launch').waitFor();
    await shot(anna, 'phone-ambassador-rewards');
    await axe(anna, 'ambassador catalogue');

    // The first answer is lost on the way back (the server did redeem): the retry sends the same
    // Idempotency-Key and gets that redemption again, debited once.
    const sent: { key: string | undefined; replayed?: string | undefined }[] = [];
    await anna.route('**/rewards/*/redemptions', async (route) => {
      const key = route.request().headers()['idempotency-key'];
      if (sent.length === 0) {
        sent.push({ key });
        await route.fetch();
        return route.abort('internetdisconnected');
      }
      const response = await route.fetch();
      sent.push({ key, replayed: response.headers()['idempotent-replayed'] });
      return route.fulfill({ response });
    });
    await anna.getByRole('button', { name: `Redeem ${VOUCHER}` }).click();
    await anna.getByRole('button', { name: 'Confirm: spend 50 points' }).click();
    await anna.getByText('Sending it again is safe').waitFor();
    await anna.getByRole('button', { name: 'Try again' }).click();
    const result = anna.getByRole('status').filter({ hasText: 'Your code' });
    await result.waitFor();
    await anna.unroute('**/rewards/*/redemptions');
    expect(sent).toHaveLength(2);
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]).toEqual({ key: sent[0]?.key, replayed: 'true' });
    const balance = anna.locator('.stat', { hasText: 'To spend' });
    await expect.poll(() => balance.textContent()).toMatch(/405/);
    expect(await result.locator('code').textContent()).toMatch(/^FIESTA-000[1-4]$/);
    await result.getByRole('button', { name: 'Copy code' }).waitFor();
    await result.getByRole('button', { name: 'Done' }).click();

    await anna.getByRole('button', { name: `Redeem ${HOODIE}` }).click();
    // Her name is filled in, and a country from her browser's language; sent without the rest,
    // the first missing field takes the keyboard.
    await expect.poll(() => anna.getByLabel('Full name').inputValue()).toBe('Anna Agent');
    await anna.getByRole('button', { name: 'Confirm: spend 80 points' }).click();
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.getAttribute('autocomplete')))
      .toBe('address-line1');
    expect(await anna.getByText('Required').count()).toBe(3);
    await anna.getByLabel('Address line 1').fill('Hauptstraße 1');
    await anna.getByLabel('Postal code').fill('10115');
    await anna.getByLabel('City').fill('Berlin');
    await anna.getByLabel('Country').selectOption('DE');
    await axe(anna, 'ambassador address form');
    await anna.getByRole('button', { name: 'Confirm: spend 80 points' }).click();
    await anna.getByText('Requested.').waitFor();
    await expect.poll(() => balance.textContent()).toMatch(/325/);

    const history = anna.getByRole('region', { name: 'Your redemptions' });
    const voucher = history.getByRole('listitem').filter({ hasText: VOUCHER });
    await expect.poll(() => voucher.textContent()).toMatch(/Fulfilled.*Your code:.*FIESTA-000/);
    const hoodie = history.getByRole('listitem').filter({ hasText: HOODIE });
    await hoodie.getByRole('button', { name: `Cancel request for ${HOODIE}` }).waitFor();
    await axe(anna, 'ambassador redemptions');
  });

  it('the manager approves and fulfils it from the queue, by keyboard, with a tracking link', async () => {
    await manager
      .getByRole('navigation', { name: 'Rewards sections' })
      .getByRole('link', { name: 'Fulfilment' })
      .click();
    const item = manager.getByRole('article').filter({ hasText: HOODIE });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Anna Agent.*Hauptstraße 1.*10115 Berlin.*Germany/);
    await shot(manager, 'desktop-manager-rewards-queue');
    await axe(manager, 'manager fulfilment queue');
    // The review queue's keys: a approves the current request.
    await item.focus();
    await manager.keyboard.press('a');
    await expect.poll(() => item.count()).toBe(0);

    await manager.getByLabel('Show').selectOption('approved');
    await item.waitFor();
    await item.focus();
    await manager.keyboard.press('f');
    await expect.poll(() => manager.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('url');
    await manager.keyboard.type(TRACKING);
    await item.getByLabel('Note').fill('DHL, two days');
    await axe(manager, 'manager fulfil form');
    await item.getByRole('button', { name: 'Mark fulfilled' }).click();
    await expect.poll(() => item.count()).toBe(0);

    await manager.getByLabel('Show').selectOption('fulfilled');
    await item.getByRole('link', { name: /Tracking link/ }).waitFor();
  });

  it('Anna sees it fulfilled, with the tracking link and the note', async () => {
    await anna.reload();
    const hoodie = anna.getByRole('region', { name: 'Your redemptions' }).getByRole('listitem').filter({
      hasText: HOODIE,
    });
    await hoodie.getByText('Fulfilled.').waitFor();
    expect(await hoodie.getByRole('link', { name: /Track your parcel/ }).getAttribute('href')).toBe(TRACKING);
    await hoodie.getByText('DHL, two days').waitFor();
    // Spending shows in the points history as moving the balance only.
    await anna.getByText(/^Points history/).click();
    await anna.getByText(`Redeemed: ${VOUCHER}`).waitFor();
    await anna
      .getByText(/Spent · .* · balance only, not lifetime points/)
      .first()
      .waitFor();
    await shot(anna, 'phone-ambassador-rewards-fulfilled');
    await done(anna);
    await done(manager);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

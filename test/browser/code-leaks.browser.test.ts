import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * Leaked-code protection through the dashboard, in Chromium, against `npm start --demo`: a shop
 * reports ten orders on Ben's code from new customers who never clicked; the brand finds the
 * alert in Notifications, follows it to those orders, and sees code-only sales apart in Sales;
 * the manager rotates Ben's code from his row and sees the old one in its history.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let programId = '';
beforeAll(() => {
  ({ programId } = stack);
});

let brand: Page;
let manager: Page;
let benCode = '';

describe('leaked codes through the dashboard', () => {
  it('the brand is told of a burst of code-only orders and finds them', async () => {
    ({ page: brand } = await newPage(DESKTOP));
    await signIn(brand, 'brand@demo.embassy.test');
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    const approved = await callAs(manager, 'GET', `/api/programs/${programId}/ambassadors?status=approved`);
    const ben = (approved.body.items as Array<{ displayName: string; referralCode?: string }>).find(
      (m) => m.displayName === 'Ben Driver',
    );
    benCode = String(ben?.referralCode);
    const key = String(
      (await callAs(brand, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Leak test' })).body.key,
    );
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${stack.url}/api/programs/${programId}/conversions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          orderId: `COUPON-${i}`,
          amount: 1_990,
          currency: 'EUR',
          referralCode: benCode,
          customerEmail: `coupon-${i}@shopper.test`,
          occurredAt: `${day}T10:00:00.000Z`,
        }),
      });
      expect(response.status).toBe(201);
    }

    await openTab(brand, 'Notifications');
    const alert = brand
      .locator('.notification')
      .filter({ hasText: `Referral code ${benCode} may have leaked` });
    // The stream consumer raises it within moments of the tenth order.
    await expect
      .poll(
        async () => {
          if ((await alert.count()) > 0) return true;
          await brand.reload();
          await brand.getByRole('heading', { level: 1 }).first().waitFor();
          return (await alert.count()) > 0;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(true);
    await alert.getByText('10 code-only orders from new customers').waitFor();
    await axe(brand, 'team notifications');
    await shot(brand, 'desktop-brand-leak-alert');
    await alert.getByRole('link', { name: 'See these orders' }).click();
    await brand.getByText(`Showing only the code-only orders of code ${benCode}`).waitFor();
    await brand.getByText('COUPON-0', { exact: true }).waitFor();
    // Ours, and the demo's own order on Ben's code that day (also code-only): nothing else.
    await expect.poll(() => brand.locator('tbody tr').filter({ hasText: 'COUPON-' }).count()).toBe(10);
    const rows = await brand.locator('tbody tr').allInnerTexts();
    for (const text of rows) expect(text).toContain(`Code only ${benCode}`);

    await openTab(brand, 'Sales');
    await brand.getByText('Code-only orders').first().waitFor();
    await brand.getByText('Code-only revenue').first().waitFor();
    await axe(brand, 'brand sales with code-only figures');
    await shot(brand, 'desktop-brand-sales-code-only');
  }, 120_000);

  it('the manager rotates Ben’s code with no grace, and sees the old one in his history', async () => {
    await openTab(manager, 'Applications');
    await manager.getByLabel('Show').selectOption('approved');
    const row = manager.locator('.m-person').filter({ hasText: 'Ben Driver' });
    await row.getByRole('button', { name: 'Rotate code' }).click();
    await row.getByLabel('Grace days for the old code').fill('0');
    await axe(manager, 'manager code rotation');
    await row.getByRole('button', { name: 'Give a new code' }).click();
    await manager.getByText(/Ben Driver's new code is [A-Z]+-[0-9A-Z]{4}; they have been told/).waitFor();
    await row.getByText('Earlier codes (1)').click();
    await row.getByText(benCode).waitFor();
    await row.getByText(/retired/).waitFor();
    await shot(manager, 'desktop-manager-code-rotated');

    const after = await callAs(manager, 'GET', `/api/programs/${programId}/ambassadors?status=approved`);
    const ben = (after.body.items as Array<{ displayName: string; referralCode?: string }>).find(
      (m) => m.displayName === 'Ben Driver',
    );
    expect(ben?.referralCode).not.toBe(benCode);
    await done(brand);
    await done(manager);
  }, 60_000);

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { type ShopifyAdminStandIn, startShopifyAdminStandIn } from '../shopify-admin-stand-in.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * Shopify codes through the dashboard, in Chromium, against `npm start --demo` pointed at the
 * Admin API stand-in (`EMBASSY_SHOPIFY_ADMIN_URL`), which refuses every create at first: the
 * brand adds an Admin API token and a 15 % discount; Anna's and Ben's codes are queued for the
 * shop and fail; Anna is told her code exists only in Embassy; the manager sees the failure in
 * the member list and retries it once the cause is gone, and the code is then in the shop.
 */
let standIn: ShopifyAdminStandIn;
beforeAll(async () => {
  standIn = await startShopifyAdminStandIn();
  standIn.refuse('*');
});
afterAll(() => standIn?.close());

const stack = demoStack({ env: () => ({ EMBASSY_SHOPIFY_ADMIN_URL: standIn.url }) });
const { newPage, done, signIn } = stack;
let brand: Page;
let manager: Page;

/** Reloads until `check` passes: the sweep runs on the local 30 s timer. */
async function untilShown(page: Page, check: () => Promise<unknown>, tries = 12) {
  for (let i = 0; ; i++) {
    try {
      await check();
      return;
    } catch (error) {
      if (i >= tries) throw error;
      await page.waitForTimeout(5_000);
      await page.reload();
    }
  }
}

describe('Shopify codes through the dashboard', () => {
  it('the brand adds an Admin API token and the discount', async () => {
    ({ page: brand } = await newPage(DESKTOP));
    await signIn(brand, 'brand@demo.embassy.test');
    await openTab(brand, 'Integrations');
    await brand.getByLabel('Shop domain').fill('fiesta-shop.myshopify.com');
    await brand.getByLabel('Webhook signing secret').fill('shpss_0123456789abcdef0123456789abcdef');
    await brand.getByLabel('Admin API access token').fill('shpat_0123456789abcdef0123456789abcdef');
    await brand.getByLabel('Percentage off').fill('15');
    await axe(brand, 'brand shopify codes form');
    await brand.getByRole('button', { name: 'Connect Shopify' }).click();
    await brand.getByText(/each approved ambassador’s code a discount in your shop: 15 % off/).waitFor();
    // The token is never shown again: the form asks for a new one or keeps the stored one.
    await brand.getByRole('button', { name: 'Change the connection' }).click();
    await expect.poll(() => brand.getByLabel('Admin API access token').inputValue()).toBe('');
    await shot(brand, 'desktop-brand-shopify-codes');
    await done(brand);
  });

  it('the manager sees a failed code, and retries it once the cause is gone', {
    timeout: 150_000,
  }, async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    await openTab(manager, 'Applications');
    await manager.getByLabel('Show').selectOption('approved');
    const anna = manager.locator('.m-people > li').filter({ hasText: 'Anna' });
    await untilShown(manager, async () => {
      await manager.getByLabel('Show').selectOption('approved');
      await anna.getByText(/exists only in Embassy: Shopify did not take it/).waitFor({ timeout: 3_000 });
    });
    await anna.getByText(/Code is invalid/).waitFor();
    await axe(manager, 'manager failed shopify code');

    // Anna is told, in plain words, on her phone.
    const { page: annaPage } = await newPage(PHONE);
    await signIn(annaPage, 'anna@demo.embassy.test');
    await annaPage
      .getByText(/exists only in Embassy/)
      .first()
      .waitFor();
    await done(annaPage);

    standIn.refuse('*', false);
    await anna.getByRole('button', { name: 'Retry in Shopify' }).click();
    await manager.getByText(/Retrying .* in the shop within a minute/).waitFor();
    await untilShown(manager, async () => {
      await manager.getByLabel('Show').selectOption('approved');
      await anna.getByText('works at the shop’s checkout').waitFor({ timeout: 3_000 });
    });
    expect([...standIn.creates.values()].every((count) => count === 1)).toBe(true);
    expect(standIn.creates.size).toBeGreaterThanOrEqual(1);
    await shot(manager, 'desktop-manager-shopify-code-retried');
    await done(manager);
  });

  it('got answers the document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { startReceiver, verifyStandardWebhook } from '../webhook-receiver.ts';
import { PHONE } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * Outbound webhooks through the dashboard, in Chromium on a phone, against `npm start --demo`
 * with `EMBASSY_WEBHOOKS_ALLOW_LOOPBACK=true` (the receiver runs on this machine): the brand adds
 * an endpoint and copies its secret, sends a test event that the receiver verifies, sees a
 * failed attempt in the delivery log and replays it, rotates the secret and pauses the endpoint.
 */
const stack = demoStack({ env: { EMBASSY_WEBHOOKS_ALLOW_LOOPBACK: 'true' } });
const { newPage, done, signIn } = stack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let brand: Page;
let secret = '';

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
});

/** Presses the log's Refresh until `target` shows: the sender works a moment after the click. */
async function untilShown(log: Locator, target: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await log.getByRole('button', { name: 'Refresh' }).click();
    try {
      await target.waitFor({ timeout: 1_500 });
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
}

/** The test events the receiver got, in order: the demo's own activity is sent to it too. */
const tests = () =>
  receiver.received.filter((r) => (JSON.parse(r.body) as { type: string }).type === 'webhook.test');

const card = () =>
  brand
    .locator('section.card')
    .filter({ has: brand.getByRole('heading', { name: 'Webhooks', exact: true }) });
const endpointItem = () => card().locator('li.endpoint').filter({ hasText: receiver.url });

describe('outbound webhooks through the dashboard', () => {
  it('the brand adds an endpoint for two events and copies its secret, shown once', async () => {
    ({ page: brand } = await newPage(PHONE));
    await signIn(brand, 'brand@demo.embassy.test');
    await openTab(brand, 'Integrations');
    await card().getByRole('button', { name: 'Add endpoint' }).click();
    await card().getByLabel('Endpoint URL').fill(receiver.url);
    await card().getByLabel('What it is for (optional)').fill('The CRM');
    await card()
      .getByLabel(/A post was submitted/)
      .check();
    await axe(brand, 'brand new webhook endpoint');
    await card().getByRole('button', { name: 'Add endpoint' }).click();

    const field = card().getByLabel('Signing secret');
    await field.waitFor();
    secret = await field.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await shot(brand, 'phone-brand-webhook-secret');
    await card().getByRole('button', { name: 'I have stored it' }).click();
    await expect.poll(() => card().getByLabel('Signing secret').count()).toBe(0);
    await endpointItem()
      .getByText(/Sends: A post was submitted, A post was approved, A referral sale was recorded/)
      .waitFor();
  });

  it('a test event reaches the receiver, signed with that secret, and the log says delivered', async () => {
    await endpointItem().getByRole('button', { name: 'Send a test event' }).click();
    await expect.poll(() => tests().length, { timeout: 20_000 }).toBe(1);
    const [request] = tests();
    expect(verifyStandardWebhook(secret, request?.headers ?? {}, request?.body ?? '')).toBe(true);
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({ type: 'webhook.test' });

    const log = endpointItem().locator('.delivery-log');
    await untilShown(log, log.getByRole('row').filter({ hasText: 'webhook.test' }).getByText('succeeded'));
    await axe(brand, 'brand webhook delivery log');
  });

  it('a failed attempt shows its status code, and a replay delivers it under the same webhook-id', async () => {
    receiver.answer(500);
    await endpointItem().getByRole('button', { name: 'Send a test event' }).click();
    await expect.poll(() => tests().length, { timeout: 20_000 }).toBe(2);
    const failedId = tests()[1]?.headers['webhook-id'];
    const log = endpointItem().locator('.delivery-log');
    const row = log.getByRole('row').filter({ hasText: String(failedId) });
    await untilShown(log, row.getByText('500'));
    await shot(brand, 'phone-brand-webhook-failed-attempt');

    receiver.answer(200);
    await row.getByRole('button', { name: /^Replay/ }).click();
    await brand.getByText(/Sent again/).waitFor();
    await expect.poll(() => tests().length, { timeout: 20_000 }).toBe(3);
    expect(tests()[2]?.headers['webhook-id']).toBe(failedId);
    await untilShown(log, row.getByText('succeeded'));
  });

  it('the brand rotates the secret (both sign during the overlap) and pauses the endpoint', async () => {
    await endpointItem().getByRole('button', { name: 'Rotate secret' }).click();
    const field = endpointItem().getByLabel('New signing secret');
    await field.waitFor();
    const next = await field.inputValue();
    expect(next).not.toBe(secret);
    await endpointItem().getByRole('button', { name: 'I have stored it' }).click();
    await endpointItem()
      .getByText(/Signed with two secrets/)
      .waitFor();

    await endpointItem().getByRole('button', { name: 'Send a test event' }).click();
    await expect.poll(() => tests().length, { timeout: 20_000 }).toBe(4);
    const rotated = tests()[3];
    for (const key of [secret, next])
      expect(verifyStandardWebhook(key, rotated?.headers ?? {}, rotated?.body ?? '')).toBe(true);

    await endpointItem().getByRole('button', { name: 'Pause' }).click();
    await endpointItem()
      .getByText(/Paused: nothing is sent/)
      .waitFor();
    await expect(
      endpointItem().getByRole('button', { name: 'Send a test event' }).isDisabled(),
    ).resolves.toBe(true);
    await axe(brand, 'brand paused webhook endpoint');
    await done(brand);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

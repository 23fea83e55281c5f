import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP } from './chromium.ts';
import { axe, demoStack, openTab, PASSWORD, shot } from './harness.ts';

/**
 * The data export and account deletion through the dashboard, in Chromium, against
 * `npm start --demo`: Ben downloads his data from his account page, then deletes his account
 * with the typed confirmation; he is signed out and cannot sign in again, and the manager's list
 * of approved ambassadors no longer names him.
 */
const stack = demoStack();
const { newPage, done, signIn } = stack;
let ben: Page;

describe('my data, through the dashboard', () => {
  it('Ben downloads everything Embassy holds about him', async () => {
    ({ page: ben } = await newPage(DESKTOP));
    await signIn(ben, 'ben@demo.embassy.test');
    await ben.getByRole('link', { name: 'Account' }).click();
    await ben.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    await axe(ben, 'account page');
    await shot(ben, 'desktop-ambassador-account');
    const [download] = await Promise.all([
      ben.waitForEvent('download'),
      ben.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^embassy-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(String(await download.path()), 'utf8'));
    expect(data.user.email).toBe('ben@demo.embassy.test');
    expect(data.programs[0].membership).toMatchObject({ displayName: 'Ben Driver', status: 'approved' });
  });

  it('Ben deletes his account after typing the confirmation, and cannot sign in again', async () => {
    const remove = ben.getByRole('button', { name: 'Delete my account' });
    await expect.poll(() => remove.isDisabled()).toBe(true);
    await ben.getByLabel('Type DELETE to confirm').fill('delete');
    await expect.poll(() => remove.isDisabled()).toBe(true);
    await ben.getByLabel('Type DELETE to confirm').fill('DELETE');
    await remove.click();
    await ben.getByText('Your account was deleted.').waitFor();
    await ben.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await ben.getByRole('button', { name: 'Sign out' }).count()).toBe(0);

    await ben.getByLabel('Email').fill('ben@demo.embassy.test');
    await ben.getByLabel('Password').fill(PASSWORD);
    await ben.getByRole('button', { name: 'Sign in' }).click();
    await ben.getByRole('alert').waitFor();
    expect(await ben.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await done(ben);
  });

  it('the manager’s list no longer names him', async () => {
    const { page: manager } = await newPage(DESKTOP);
    await signIn(manager, 'manager@demo.embassy.test');
    await openTab(manager, 'Applications');
    await manager.getByLabel('Show').selectOption('approved');
    await manager.locator('.m-people > li').filter({ hasText: 'Anna' }).first().waitFor();
    expect(await manager.getByText('Ben Driver').count()).toBe(0);
    await done(manager);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * The team and the audit log through the dashboard, in Chromium, against `npm start --demo`:
 * Olivia (the owner) invites someone and revokes it, removes Max (a manager), whose next call is
 * refused, and reads both in the audit log.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let olivia: Page;
let max: Page;

const card = (page: Page, title: string) =>
  page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

const settingsSection = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('link', { name, exact: true })
    .click();

describe('the team, through the dashboard', () => {
  it('Olivia sees her team and invites someone, then revokes it', async () => {
    ({ page: max } = await newPage(DESKTOP));
    await signIn(max, 'manager@demo.embassy.test');
    ({ page: olivia } = await newPage(DESKTOP));
    olivia.on('dialog', (dialog) => void dialog.accept());
    await signIn(olivia, 'owner@demo.embassy.test');
    await olivia.getByRole('link', { name: 'Fiesta Agents' }).click();
    await openTab(olivia, 'Settings');
    await settingsSection(olivia, 'Team');
    const members = card(olivia, 'Members');
    await members.getByText('manager@demo.embassy.test').waitFor();
    await members.getByText('brand@demo.embassy.test').waitFor();

    const team = card(olivia, 'Team');
    await team.getByLabel('Email').fill('dora@demo.embassy.test');
    await team.getByRole('button', { name: 'Send invitation' }).click();
    await team.getByText('Invited dora@demo.embassy.test as manager').waitFor();
    const pending = members.getByRole('list', { name: 'Pending invitations' });
    await pending.getByText('dora@demo.embassy.test').waitFor();
    await axe(olivia, 'team and audit log');
    await shot(olivia, 'desktop-owner-team');
    await pending.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => members.getByText('dora@demo.embassy.test').count()).toBe(0);
  });

  it('Olivia removes Max, and his next call is refused', async () => {
    const before = await callAs(max, 'GET', `/api/programs/${stack.programId}/ambassadors`);
    const row = card(olivia, 'Members')
      .getByRole('listitem')
      .filter({ hasText: 'manager@demo.embassy.test' });
    await row.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => card(olivia, 'Members').getByText('manager@demo.embassy.test').count()).toBe(0);
    const after = await callAs(max, 'GET', `/api/programs/${stack.programId}/ambassadors`);
    expect(before.status).toBe(200);
    expect(after.status).toBe(403);
    await done(max);
  });

  it('the audit log lists both, by Olivia', async () => {
    await olivia.reload();
    await settingsSection(olivia, 'Audit log');
    const log = card(olivia, 'Audit log');
    await log.getByText('Removed a manager from the team').waitFor();
    await log.getByText('Revoked the invitation of a manager').waitFor();
    await log.getByLabel('Show').selectOption('member.removed');
    // The entries, not the lists of changed fields inside them.
    const entries = log.getByRole('list', { name: 'Audit log' }).locator(':scope > li');
    await expect.poll(() => entries.count()).toBe(1);
    const by = await entries.innerText();
    expect(by).toMatch(/by \S+ \(owner\)/);
    await done(olivia);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

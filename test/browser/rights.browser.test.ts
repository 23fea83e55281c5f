import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, openTab, shot } from './harness.ts';

/**
 * Content rights through the dashboard, in Chromium, against `npm start --demo`: the manager
 * sets the program's content terms in Settings; Anna, on a phone, reads them on the post form
 * and grants paid ads with her post; once it is approved, the brand finds it in the Content
 * library filtered by rights; Anna revokes the grant from My posts and the brand no longer
 * finds it among the granted posts. axe checks each new screen.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let programId = '';
beforeAll(() => {
  ({ programId } = stack);
});

const TERMS = 'Fiesta may show this post on its channels and in paid ads for twelve months, with credit.';
const POST_URL = 'https://www.instagram.com/p/RIGHTSANNA1/';
let manager: Page;
let anna: Page;
let brand: Page;

/** The library's card of Anna's post, with the rights filter set to `rights`. */
async function libraryCard(rights: string) {
  await brand.getByLabel('Rights').selectOption(rights);
  await brand
    .getByText(/posts? shown|No posts match/)
    .first()
    .waitFor();
  return brand.locator('article.content-card').filter({ hasText: 'Launch party' });
}

describe('content rights through the dashboard', () => {
  it('the manager sets the content terms in Settings', async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    await openTab(manager, 'Settings');
    const card = manager
      .locator('section.card')
      .filter({ has: manager.getByRole('heading', { name: 'Content rights' }) });
    await card.getByLabel('Terms version').fill('2026-1');
    await card.getByLabel('Duration (months)').fill('12');
    await card.getByLabel('Terms text').fill(TERMS);
    await card.getByLabel('Organic posts on the brand’s own channels').check();
    await card.getByLabel('Paid ads').check();
    await axe(manager, 'manager content terms');
    await manager.getByRole('button', { name: 'Save settings' }).click();
    await manager.getByText('Settings saved').waitFor();
    const program = await callAs(manager, 'GET', `/api/programs/${programId}`);
    expect((program.body.program as { contentTerms?: unknown }).contentTerms).toEqual({
      version: '2026-1',
      text: TERMS,
      scopes: ['organic', 'paid_ads'],
      durationMonths: 12,
    });
  });

  it('Anna reads the terms on the post form and grants paid ads with her post', async () => {
    ({ page: anna } = await newPage(PHONE));
    await signIn(anna, 'anna@demo.embassy.test');
    await openTab(anna, 'Challenges');
    await anna.getByRole('link', { name: 'Launch party', exact: true }).click();
    await anna.getByRole('heading', { level: 1, name: 'Launch party' }).waitFor();
    const card = anna
      .locator('article, section, li')
      .filter({ has: anna.getByRole('heading', { name: 'Launch party' }) })
      .last();
    await card.getByLabel('Post link').fill(POST_URL);
    await card.getByLabel('Caption').fill('Launch night with the new Fiesta #ad');
    await card.getByText(TERMS).waitFor();
    await card.getByLabel('Paid ads').check();
    await axe(anna, 'ambassador post form with content rights');
    await card.getByRole('button', { name: 'Submit post' }).click();
    await card
      .getByText(/Submitted/)
      .first()
      .waitFor();

    const queue = await callAs(
      manager,
      'GET',
      `/api/programs/${programId}/submissions?status=pending&limit=100`,
    );
    const post = (
      queue.body.items as {
        submissionId: string;
        postUrl: string;
        version: number;
        rightsGrant?: { scopes: string[] };
      }[]
    ).find((s) => s.postUrl === POST_URL);
    expect(post?.rightsGrant?.scopes).toEqual(['paid_ads']);
    const approved = await callAs(
      manager,
      'POST',
      `/api/programs/${programId}/submissions/${post?.submissionId}/review`,
      {
        decision: 'approve',
        version: post?.version,
      },
    );
    expect(approved.status).toBe(200);
  });

  it('the brand finds the post in the content library under granted rights', async () => {
    ({ page: brand } = await newPage(PHONE));
    await signIn(brand, 'brand@demo.embassy.test');
    await openTab(brand, 'Content');
    const card = await libraryCard('granted');
    await card.getByText('Rights granted').waitFor();
    expect(await card.textContent()).toContain('paid ads');
    await card.getByRole('link', { name: /Open the post/ }).waitFor();
    await shot(brand, 'phone-brand-content-library');
    await axe(brand, 'brand content library');
  });

  it('Anna revokes the grant, and the post leaves the granted ones', async () => {
    await openTab(anna, 'My posts');
    const item = anna.locator('.submission').filter({ hasText: POST_URL });
    await item.getByRole('button', { name: 'Revoke rights' }).click();
    await axe(anna, 'ambassador revoke confirmation');
    await item.getByRole('button', { name: 'Revoke now' }).click();
    await item.getByText(/You revoked the content rights; the brand’s use ended/).waitFor();

    await brand.reload();
    await brand.getByRole('heading', { name: 'Content library' }).waitFor();
    // The page shows the last answer's cards until the filtered one arrives: wait for it.
    const granted = await libraryCard('granted');
    await expect.poll(() => granted.count()).toBe(0);
    const none = await libraryCard('none');
    await none.getByText('Rights revoked').waitFor();
    await done(anna);
    await done(brand);
    await done(manager);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

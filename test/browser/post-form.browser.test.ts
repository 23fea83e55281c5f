import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, openTab } from './harness.ts';

/**
 * One post form, in Chromium, against `npm start --demo`. Anna, on a phone, meets each of its
 * checks on a challenge that asks for hashtags, a mention and the disclosure: a plain http:// link
 * is refused in one sentence, a caption past the server's limit is counted and refused before
 * anything is sent, and a post that lacks a hashtag asks before it takes her slot ("Fix it first"
 * keeps the form, Escape too). Sent back by the manager, her resubmission has the same checks and
 * the same question, and its version is 2. The manager's challenge editor names a bad hashtag by
 * its place, not its path. Ben's kudos in the gallery survive a reload.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let programId = '';
beforeAll(() => {
  ({ programId } = stack);
});

const TITLE = 'Night lights';
const SUFFIX = Date.now().toString(36).toUpperCase();
const BARE_LINK = `www.instagram.com/p/NIGHT${SUFFIX}/`;
let manager: Page;
let anna: Page;

type Post = { submissionId: string; postUrl: string; version: number; status: string };

/** The challenge's own page, opened from its card on the list. */
async function challengeArea(page: Page): Promise<Locator> {
  await openTab(page, 'Challenges');
  await page.getByRole('link', { name: TITLE, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  return page
    .locator('article, section, li')
    .filter({ has: page.getByRole('heading', { name: TITLE }) })
    .filter({ has: page.locator('form.post-form') })
    .last();
}

async function annasPosts(): Promise<Post[]> {
  const mine = await callAs(anna, 'GET', `/api/programs/${programId}/submissions?limit=100`);
  expect(mine.status).toBe(200);
  return (mine.body.items as Post[]).filter((s) => s.postUrl.includes(`NIGHT${SUFFIX}`));
}

describe('one post form', () => {
  it('the manager opens a challenge that asks for hashtags, a mention and the disclosure', async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    const created = await callAs(manager, 'POST', `/api/programs/${programId}/challenges`, {
      title: TITLE,
      brief: 'The city after dark, with the Fiesta’s lights on.',
      points: 30,
      maxSubmissionsPerAmbassador: 2,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      requirements: {
        platforms: ['instagram'],
        hashtags: ['#fiestaagents', '#nightlights'],
        mentions: ['@fiesta'],
        disclosureRequired: true,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await callAs(
      manager,
      'POST',
      `/api/programs/${programId}/challenges/${created.body.challengeId}/publish`,
    );
    expect(published.status).toBe(200);
  });

  it('refuses a plain http:// link in one sentence, and a caption past the limit before sending', async () => {
    ({ page: anna } = await newPage(PHONE));
    await signIn(anna, 'anna@demo.embassy.test');
    const area = await challengeArea(anna);
    const form = area.locator('form.post-form');

    await form.getByLabel('Post link').fill(`http://${BARE_LINK}`);
    await form.getByLabel('Caption').fill('x'.repeat(5001));
    await form.getByText('5,001 / 5,000').waitFor();
    await form.getByText('The caption is too long: at most 5,000 characters').waitFor();
    await form.getByRole('button', { name: 'Submit post' }).click();
    await form.locator('.field-error', { hasText: 'Use a link that starts with https://' }).waitFor();
    // The live region speaks only near the limit: now, how many are too many.
    expect(await form.locator('.character-count [aria-live=polite]').textContent()).toBe(
      '1 character too many',
    );
    await axe(anna, 'phone post form refusals');

    expect(await annasPosts()).toEqual([]);
  });

  it('asks before a post that lacks a hashtag takes the slot; "Fix it first" and Escape keep the form', async () => {
    const area = await challengeArea(anna);
    const form = area.locator('form.post-form');
    const caption = 'Neon and tail lights #fiestaagents @fiesta #ad';
    await form.getByLabel('Post link').fill(BARE_LINK);
    await form.getByLabel('Caption').fill(caption);
    await form.getByText('Missing hashtag #nightlights').waitFor();
    await form.getByRole('button', { name: 'Submit post' }).click();

    const ask = form.getByRole('alertdialog', { name: 'Your post is missing what the challenge asks for' });
    await ask.getByText('Missing hashtag #nightlights').waitFor();
    // The focus moves in once the dialog has rendered (an effect), a frame later on a busy machine.
    const focusInside = () => ask.evaluate((el) => el.contains(document.activeElement));
    await expect.poll(focusInside).toBe(true);
    await axe(anna, 'phone post form confirmation');
    await ask.getByRole('button', { name: 'Fix it first' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await form.getByLabel('Caption').inputValue()).toBe(caption);
    expect(await form.getByLabel('Caption').evaluate((el) => el === document.activeElement)).toBe(true);

    await form.getByRole('button', { name: 'Submit post' }).click();
    await ask.waitFor();
    // Escape is the dialog's own key: pressed once the focus is in it, as a person would.
    await expect.poll(focusInside).toBe(true);
    await anna.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    expect(await annasPosts()).toEqual([]);

    await form.getByRole('button', { name: 'Submit post' }).click();
    await ask.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(async () => (await annasPosts()).length).toBe(1);
    const [post] = await annasPosts();
    // The bare address went out with https:// added.
    expect(post).toMatchObject({ postUrl: `https://${BARE_LINK}`, version: 1, status: 'pending' });
  });

  it('shows the same counter and question on a wide screen', async () => {
    const { page: wide } = await newPage(DESKTOP);
    await signIn(wide, 'anna@demo.embassy.test');
    const area = await challengeArea(wide);
    const form = area.locator('form.post-form');
    await form.getByLabel('Post link').fill(`https://www.instagram.com/p/WIDE${SUFFIX}/`);
    await form.getByLabel('Caption').fill('y'.repeat(4990));
    await form.getByText('4,990 / 5,000').waitFor();
    expect(await form.locator('.character-count [aria-live=polite]').textContent()).toBe(
      '10 characters left',
    );
    await form.getByRole('button', { name: 'Submit post' }).click();
    const ask = form.getByRole('alertdialog');
    await ask.getByText('Missing mention @fiesta').waitFor();
    await axe(wide, 'desktop post form confirmation');
    await ask.getByRole('button', { name: 'Fix it first' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    await done(wide);
  });

  it('the resubmission after changes has the same checks and asks the same question; it is version 2', async () => {
    const [post] = await annasPosts();
    const back = await callAs(
      manager,
      'POST',
      `/api/programs/${programId}/submissions/${post?.submissionId}/review`,
      {
        decision: 'request_changes',
        feedback: 'Add #nightlights, please.',
        version: post?.version,
      },
    );
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.version).toBe(1);

    await openTab(anna, 'My posts');
    const item = anna.locator('.submission').filter({ hasText: `NIGHT${SUFFIX}` });
    await item.getByRole('button', { name: 'Resubmit' }).click();
    const form = item.locator('form.post-form');
    await form.getByText('Missing hashtag #nightlights').waitFor();
    await form.getByText(/^\d+ \/ 5,000$/).waitFor();
    await form.getByRole('button', { name: 'Send again' }).click();
    const ask = form.getByRole('alertdialog');
    await ask.getByText('Missing hashtag #nightlights').waitFor();
    await ask.getByRole('button', { name: 'Fix it first' }).click();
    await form.getByLabel('Caption').fill('Neon and tail lights #fiestaagents #nightlights @fiesta #ad');
    await form.getByText('The caption has everything the challenge asks for.').waitFor();
    await axe(anna, 'phone resubmit form');
    await form.getByRole('button', { name: 'Send again' }).click();
    await item.getByText('Sent again: version 2 is waiting for review.').waitFor();
    expect((await annasPosts())[0]).toMatchObject({ version: 2, status: 'pending' });
    await done(anna);
  });

  it('names a refused hashtag by its place in the manager’s challenge editor', async () => {
    await openTab(manager, 'Challenges');
    await manager.getByRole('button', { name: 'New challenge' }).click();
    await manager.getByLabel('Title').fill('Bad tags');
    await manager.getByLabel('Hashtags').fill('#fine #not-fine!');
    await manager.getByRole('button', { name: 'Save draft' }).click();
    const notice = manager.getByRole('alert').filter({ hasText: 'Please check these and try again' });
    await notice.getByText(/^Hashtag 2: /).waitFor();
    expect(await notice.textContent()).not.toMatch(/requirements|hashtags 1/i);
    await done(manager);
  });

  it('remembers the kudos Ben gave after a reload', async () => {
    const { page: ben } = await newPage(PHONE);
    await signIn(ben, 'ben@demo.embassy.test');
    await openTab(ben, 'Gallery');
    const post = ben.getByRole('listitem').filter({ hasText: 'Anna Agent' }).first();
    await post.getByRole('button', { name: 'Give kudos to Anna Agent' }).click();
    await post.getByText('Kudos given').waitFor();

    await ben.reload();
    await ben.getByRole('heading', { level: 1 }).first().waitFor();
    const again = ben.getByRole('listitem').filter({ hasText: 'Anna Agent' }).first();
    await again.getByText('Kudos given').waitFor();
    expect(await again.getByRole('button', { name: 'Give kudos to Anna Agent' }).count()).toBe(0);
    await axe(ben, 'phone gallery with kudos given');
    await done(ben);
  });
});

import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, eventually, openTab, shot } from './harness.ts';

/**
 * A post with a screenshot, in Chromium, against `npm start --demo`: Anna, on a phone, picks
 * files that are refused (a text file, one over 5 MB, a text file named .png) and is told why,
 * then a real screenshot, and submits; the manager sees its thumbnail (the resized copy the media
 * function made from the upload's event) in the review queue and approves; Anna sees it in the
 * gallery. She grants the brand paid ads with the post and adds its numbers afterwards, and the
 * brand finds it, thumbnail and figures, in the content library filtered by rights: issue 15's
 * walk from post to library in one. axe checks each new screen.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;
let url = '';
let programId = '';
beforeAll(() => {
  ({ url, programId } = stack);
});

const TITLE = 'Show us the dashboard';
const POST_URL = `https://www.instagram.com/p/SHOT${Date.now().toString(36).toUpperCase()}/`;
let manager: Page;
let anna: Page;

/** A real 900 × 600 PNG with a gradient and some shapes, as a screenshot would have. */
async function screenshotPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600">
    <defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#1f3a8a"/><stop offset="1" stop-color="#f59e0b"/></linearGradient></defs>
    <rect width="900" height="600" fill="url(#g)"/><circle cx="450" cy="300" r="180" fill="#ffffff" opacity="0.6"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('a post with a screenshot', () => {
  it('the manager opens a challenge', async () => {
    ({ page: manager } = await newPage(DESKTOP));
    await signIn(manager, 'manager@demo.embassy.test');
    const created = await callAs(manager, 'POST', `/api/programs/${programId}/challenges`, {
      title: TITLE,
      brief: 'Post a screenshot of your favourite Fiesta feature.',
      points: 40,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await callAs(
      manager,
      'POST',
      `/api/programs/${programId}/challenges/${created.body.challengeId}/publish`,
    );
    expect(published.status).toBe(200);
    const terms = await callAs(manager, 'PATCH', `/api/programs/${programId}`, {
      contentTerms: {
        version: 'walk-1',
        text: 'Fiesta may use this post on its channels and in paid ads for a year.',
        scopes: ['organic', 'paid_ads'],
        durationMonths: 12,
      },
    });
    expect(terms.status, JSON.stringify(terms.body)).toBe(200);
  });

  it('Anna is told why a file is refused, then submits her post with a screenshot', async () => {
    ({ page: anna } = await newPage(PHONE));
    await signIn(anna, 'anna@demo.embassy.test');
    await anna.goto(`${url}/programs/${programId}/challenges`);
    await anna.getByRole('link', { name: TITLE, exact: true }).click();
    await anna.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const card = anna
      .locator('article, section, li')
      .filter({ has: anna.getByRole('heading', { name: TITLE }) })
      .last();
    await card.getByLabel('Post link').fill(POST_URL);
    await card.getByLabel('Caption').fill('The new dashboard, on the road. #ad');
    const proof = card.getByLabel('Screenshot or photo (optional)');

    // Refused in the browser: not an image at all, and over 5 MB.
    await proof.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
    await card
      .getByText('notes.txt is not a JPEG, PNG or WebP image. Choose a photo or a screenshot.')
      .waitFor();
    await proof.setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(6 * 1024 * 1024),
    });
    await card.getByText('huge.png is 6 MB; an image may be at most 5 MB. Choose a smaller one.').waitFor();

    // Refused by the API: its name and type say PNG, its bytes are text.
    await proof.setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is text, not a picture'),
    });
    await card.getByText('fake.png is attached', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Submit post' }).click();
    await card.getByText(/^The file is not a PNG image/).waitFor();
    await axe(anna, 'ambassador post form with a refused screenshot');

    // A real screenshot goes through.
    await proof.setInputFiles({
      name: 'screenshot.png',
      mimeType: 'image/png',
      buffer: await screenshotPng(),
    });
    await card.getByText('screenshot.png is attached', { exact: false }).waitFor();
    await card.getByLabel('Paid ads').check();
    await card.getByRole('button', { name: 'Submit post' }).click();
    await card
      .getByText(/Submitted/)
      .first()
      .waitFor();
  });

  it('the manager sees its thumbnail in review, and approves what she sees', async () => {
    await openTab(manager, 'Review');
    const item = () => manager.getByRole('article').filter({ hasText: POST_URL });
    // The media function makes the thumbnail from the upload's event, a moment after the upload.
    await eventually(manager, async () => {
      await item().locator('img.proof-thumbnail').waitFor({ timeout: 2000 });
    });
    const thumbnail = item().locator('img.proof-thumbnail');
    await expect
      .poll(() =>
        thumbnail.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]),
      )
      .toEqual([true, 480, 320]);
    expect(await thumbnail.getAttribute('src')).toMatch(/\/s3\/.*\/thumbs\/.*\.webp\?/);
    await item()
      .getByRole('link', { name: /Full-size proof image/ })
      .waitFor();
    await shot(manager, 'desktop-manager-review-thumbnail');
    await axe(manager, 'manager review with a thumbnail');
    await item().getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => item().count()).toBe(0);
    await done(manager);
  });

  it('Anna sees the thumbnail in the gallery', async () => {
    await anna.goto(`${url}/programs/${programId}/gallery`);
    const entry = anna.getByRole('listitem').filter({ has: anna.locator(`a[href="${POST_URL}"]`) });
    await entry.locator('img.proof-thumbnail').waitFor();
    await expect
      .poll(() => entry.locator('img.proof-thumbnail').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(480);
    await shot(anna, 'phone-ambassador-gallery-thumbnail');
    await axe(anna, 'ambassador gallery with thumbnails');
  });

  it('Anna adds the post’s numbers afterwards', async () => {
    await openTab(anna, 'My posts');
    // Her own list shows the post's picture too.
    await anna.getByRole('listitem').filter({ hasText: POST_URL }).locator('img.proof-thumbnail').waitFor();
    const item = anna.locator('.submission').filter({ hasText: POST_URL });
    await item.getByRole('button', { name: 'Add your numbers' }).click();
    await item.getByLabel('Views').fill('5200');
    await item.getByLabel('Reach (accounts)').fill('4100');
    await item.getByLabel('Likes').fill('380');
    await item.getByRole('button', { name: 'Send your numbers' }).click();
    await item.getByText('5,200 views').waitFor();
    await done(anna);
  });

  it('the brand finds it in the content library under granted rights, with its thumbnail and figures', async () => {
    const { page: brand } = await newPage(PHONE);
    await signIn(brand, 'brand@demo.embassy.test');
    await openTab(brand, 'Content');
    await brand.getByLabel('Rights').selectOption('granted');
    const card = brand.locator('article.content-card').filter({ hasText: TITLE });
    await card.getByText('Rights granted').waitFor();
    expect(await card.textContent()).toContain('paid ads');
    await expect
      .poll(() => card.locator('img.content-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(480);
    await card.getByText('4,100').waitFor();
    await axe(brand, 'brand content library with a thumbnail and figures');
    await done(brand);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

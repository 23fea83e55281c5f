import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, shot } from './harness.ts';

/**
 * The program's public face and leaving it (issue 17 §4, §5), in Chromium against
 * `npm start --demo`: the signed-out home page explains Embassy; the public page shows the perks
 * and FAQ the manager set, above the form; Ben leaves the program behind a confirmation.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;

describe('the public face', () => {
  it('the signed-out home page says what Embassy is, for whom, and how to start', async () => {
    const { page } = await newPage(PHONE);
    await page.goto(`${stack.url}/`);
    await page.getByRole('heading', { level: 1, name: /Embassy/ }).waitFor();
    for (const who of ['Ambassadors', 'Program managers', 'Brands'])
      expect(await page.getByText(who, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(1);
    await axe(page, 'signed-out home');
    await shot(page, 'phone-signed-out-home');
    await done(page);
  });

  it('the public page shows the perks and FAQ the manager set, above the application form', async () => {
    const { page: manager } = await newPage(DESKTOP);
    await signIn(manager, 'manager@demo.embassy.test');
    const saved = await callAs(manager, 'PATCH', `/api/programs/${stack.programId}`, {
      publicPage: {
        tagline: 'Drive it first. Tell everyone.',
        perks: [{ title: 'Early access', text: 'New models a month before launch.' }],
        faq: [{ question: 'Is it paid?', answer: 'Yes: commission on every sale your link brings.' }],
        sampleChallenges: 3,
      },
    });
    expect(saved.status).toBe(200);
    await done(manager);

    const { page } = await newPage(PHONE);
    await page.goto(`${stack.url}/p/fiesta-agents`);
    await page.getByRole('heading', { name: 'What you get' }).waitFor();
    expect(await page.getByText('Drive it first. Tell everyone.').count()).toBe(1);
    expect(await page.getByText('Early access').count()).toBe(1);
    await page.getByText('Is it paid?').click();
    await page.getByText('Yes: commission on every sale your link brings.').waitFor();
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBeGreaterThan(0);
    await axe(page, 'public program page');
    await shot(page, 'phone-public-program-page');
    await done(page);
  });

  it('Ben leaves the program behind a confirmation, and sees what stays', async () => {
    const { page } = await newPage(PHONE);
    await signIn(page, 'ben@demo.embassy.test');
    await page.goto(`${stack.url}/programs/${stack.programId}/home`);
    await page.getByRole('button', { name: 'Leave this program…' }).click();
    await page.getByText(/Your referral code and links stop earning at once/).waitFor();
    await page.getByLabel('Why are you leaving? (optional)').fill('Moving abroad');
    await page.getByRole('button', { name: 'Leave the program' }).click();
    await page.getByText(/You left this program/).waitFor();
    expect(await page.getByRole('link', { name: 'Apply again' }).count()).toBe(1);
    await shot(page, 'phone-ambassador-left');
    await done(page);
  });
});

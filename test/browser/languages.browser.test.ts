import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../web/src/i18n/messages/de/index.ts';
import { en } from '../../web/src/i18n/messages/en/index.ts';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { expectGerman } from './german.ts';
import { axe, demoStack, PASSWORD, shot } from './harness.ts';

/**
 * The dashboard in two languages (issue 18), in Chromium against `npm start --demo`: before a
 * person chooses, the browser's language decides (English when it is neither); the header's
 * picker switches at once and is kept; signed in, the profile's language applies, and a choice
 * is saved to it. A German page may show no English message of the catalogues.
 */
const stack = demoStack();
const { newPage, done, callAs, signIn } = stack;

type GermanKey = keyof typeof de;

/** A German message with its values, as the dashboard writes it. */
const german = (key: GermanKey, values: Record<string, string | number> = {}): string =>
  String(new IntlMessageFormat(de[key], 'de-DE').format(values));

/** A German message whose values the test does not know (a date), as a pattern. */
const germanPattern = (key: GermanKey): RegExp =>
  new RegExp(`^${de[key].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);

/** Signs in (the form in English), and switches the person's profile to German: their next page is German. */
async function signInGerman(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  expect((await callAs(page, 'PATCH', '/api/me/profile', { language: 'de' })).status).toBe(200);
}

/** The trimmed texts of what `selector` matches, once there is at least one. */
async function textsOf(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().waitFor();
  return (await page.locator(selector).allInnerTexts()).map((text) => text.trim());
}

describe('the dashboard in English and German', () => {
  it('speaks the browser’s language before anyone chooses, and English when it is neither', async () => {
    for (const [locale, language, heading] of [
      ['de-DE', 'de', de['welcome.title']],
      ['de-AT', 'de', de['welcome.title']],
      ['fr-FR', 'en', en['welcome.title']],
      ['en-GB', 'en', en['welcome.title']],
    ] as const) {
      const { page } = await newPage(PHONE, { locale });
      await page.goto(`${stack.url}/`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), locale).toBe(language);
      await done(page);
    }
  });

  it('translates every screen a signed-out person sees, at both widths, with no axe violation', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await newPage(viewport, { locale: 'de-DE' });
      for (const [path, heading] of [
        ['/', de['welcome.title']],
        ['/signin', de['auth.signIn.title']],
        ['/signup', de['auth.signUp.title']],
        ['/forgot-password', de['auth.reset.title']],
      ] as const) {
        await page.goto(`${stack.url}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectGerman(page, `${path} at ${viewport.width}`);
        await axe(page, `${path} in German at ${viewport.width}`);
        await shot(page, `german${path.replaceAll('/', '-')}-${viewport.width}`);
      }
      // A refusal is German too: a wrong password.
      await page.goto(`${stack.url}/signin`);
      await page.getByLabel(de['auth.email']).fill('anna@demo.embassy.test');
      await page.getByLabel(de['auth.password']).fill('Not-the-password-1');
      await page.getByRole('button', { name: de['auth.signIn.submit'] }).click();
      await page.getByText(de['cognito.wrongPassword']).waitFor();
      await done(page);
    }
  });

  it('switches at once with the header’s picker, and keeps the choice in this browser', async () => {
    const { page } = await newPage(DESKTOP, { locale: 'en-US' });
    await page.goto(`${stack.url}/signin`);
    await page.getByRole('heading', { level: 1, name: en['auth.signIn.title'] }).waitFor();
    await page.getByLabel(en['app.language']).selectOption('de');
    await page.getByRole('heading', { level: 1, name: de['auth.signIn.title'] }).waitFor();
    await expectGerman(page, 'sign-in after the switch');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: de['auth.signIn.title'] }).waitFor();
    await done(page);
  });

  it('follows the profile’s language once signed in, and saves a choice to the profile', async () => {
    const { page } = await newPage(DESKTOP, { locale: 'en-US' });
    await page.goto(`${stack.url}/signin`);
    await page.getByLabel(en['auth.email']).fill('ben@demo.embassy.test');
    await page.getByLabel(en['auth.password']).fill(PASSWORD);
    await page.getByRole('button', { name: en['auth.signIn.submit'] }).click();
    await page.getByRole('button', { name: en['app.signOut'] }).waitFor();
    // Ben prefers German (set elsewhere, e.g. on his phone): the next load follows it.
    expect((await callAs(page, 'PATCH', '/api/me/profile', { language: 'de' })).status).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: de['app.signOut'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // He switches back to English in the header: his profile (and so his emails) follows.
    await page.getByLabel(de['app.language']).selectOption('en');
    await page.getByRole('button', { name: en['app.signOut'] }).waitFor();
    await expect.poll(async () => (await callAs(page, 'GET', '/api/me/profile')).body.language).toBe('en');
    await done(page);
  });

  it('on a phone, where the header has no room, the account page’s Language sets it at once', async () => {
    const { page } = await newPage(PHONE, { locale: 'en-US' });
    await page.goto(`${stack.url}/signin`);
    await page.getByLabel(en['auth.email']).fill('anna@demo.embassy.test');
    await page.getByLabel(en['auth.password']).fill(PASSWORD);
    await page.getByRole('button', { name: en['auth.signIn.submit'] }).click();
    await page.getByRole('button', { name: en['app.signOut'] }).waitFor();
    await page.getByRole('link', { name: en['app.account'] }).click();
    await page.getByRole('heading', { level: 1, name: en['account.title'] }).waitFor();
    await page.getByRole('main').getByLabel(en['account.profile.language']).selectOption('de');
    await page.getByRole('button', { name: en['account.profile.save'] }).click();
    await page.getByRole('heading', { level: 1, name: de['account.title'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expectGerman(page, 'the account page after choosing German');
    await axe(page, 'the account page in German on a phone');
    await shot(page, 'german-account-390');
    await done(page);
  });

  it('words in German what the API says in English: a lock, a locked reward, the shop-code note, a flagged figure', {
    timeout: 120_000,
  }, async () => {
    // Prepare: a reward for a higher tier and one not open yet; Anna reports implausible figures.
    const programs = `/api/programs/${stack.programId}`;
    const { page: manager } = await newPage(DESKTOP);
    await signInGerman(manager, 'manager@demo.embassy.test');
    const opens = new Date(Date.now() + 30 * 86_400_000).toISOString();
    for (const reward of [
      { title: 'Insider dinner', kind: 'perk', costPoints: 10, minTier: 'insider' },
      { title: 'Next month’s cap', kind: 'perk', costPoints: 10, availableFrom: opens },
    ])
      expect((await callAs(manager, 'POST', `${programs}/rewards`, reward)).status).toBe(201);
    const { page: anna } = await newPage(PHONE);
    await signIn(anna, 'anna@demo.embassy.test');
    const posts = (await callAs(anna, 'GET', `${programs}/submissions?limit=100`)).body.items as {
      submissionId: string;
      status: string;
    }[];
    const approved = posts.find((post) => post.status === 'approved');
    const figures = { views: 1_000_000, likes: 2_000_000 };
    const reported = await callAs(
      anna,
      'POST',
      `${programs}/submissions/${approved?.submissionId}/metrics`,
      figures,
    );
    expect(reported.status).toBe(201);
    await done(anna);

    // Ben, whose Road trip post is not approved yet, on his phone; German is his profile's choice.
    const { page: ben } = await newPage(PHONE);
    await signInGerman(ben, 'ben@demo.embassy.test');
    const challenges = (await callAs(ben, 'GET', `${programs}/challenges`)).body.items as {
      challengeId: string;
      title: string;
    }[];
    const nightDrive = challenges.find((c) => c.title === 'Night drive')?.challengeId;
    await ben.goto(`${stack.url}/programs/${stack.programId}/challenges/${nightDrive}`);
    const locked = ben.locator('.challenge-page .notice p').filter({ hasText: 'Gesperrt:' });
    await locked.waitFor();
    expect((await locked.innerText()).trim()).toBe(
      `Gesperrt: ${german('ambassadorPosts.challenge.lock.prerequisite', { names: german('ambassadorPosts.challenge.lock.title', { title: 'Road trip' }) })}`,
    );
    await expectGerman(ben, 'a locked challenge');
    await axe(ben, 'a locked challenge in German on a phone');

    await ben.goto(`${stack.url}/programs/${stack.programId}/rewards`);
    const reasons = await textsOf(ben, '.r-locked');
    expect(reasons).toContain(`🔒 ${german('ambassadorHome.rewards.lock.tier', { tier: 'Insider' })}`);
    expect(reasons.map((text) => text.replace('🔒 ', ''))).toContainEqual(
      expect.stringMatching(germanPattern('ambassadorHome.rewards.lock.notYet')),
    );
    // The date in the program's zone, in German.
    expect(reasons.join(' ')).toContain('(Europe/Berlin)');
    await expectGerman(ben, 'locked rewards');
    await axe(ben, 'locked rewards in German on a phone');

    // The demo shop is not connected for codes: his code exists only in Embassy.
    await ben.goto(`${stack.url}/programs/${stack.programId}/home`);
    const [note] = await textsOf(ben, '[data-shop-code]');
    expect(note).toMatch(germanPattern('ambassadorHome.shopCode.notConnected'));
    await expectGerman(ben, 'the shop-code note');
    await done(ben);

    // The manager's review of the flagged figures.
    await manager.goto(`${stack.url}/programs/${stack.programId}/figures`);
    const flags = await textsOf(manager, '.figures-item .checks li');
    const count = (n: number) => n.toLocaleString('de-DE');
    expect(flags).toEqual([
      `⚠ ${german('figures.flag.jump', { metric: de['api.figure.views'], before: count(1800), now: count(figures.views), factor: count(100) })}`,
      `⚠ ${german('figures.flag.jump', { metric: de['api.figure.likes'], before: count(140), now: count(figures.likes), factor: count(100) })}`,
      `⚠ ${german('figures.flag.likesAboveViews', { likes: figures.likes, views: figures.views })}`,
    ]);
    await expectGerman(manager, 'flagged figures');
    await axe(manager, 'flagged figures in German');
    await shot(manager, 'german-flagged-figures-1366');
    await done(manager);
  });

  it('words the points history and the audit log in German, from the codes and values the API stores', {
    timeout: 90_000,
  }, async () => {
    // Anna's points come from the demo's sales and approved posts, written through the API.
    const { page: anna } = await newPage(PHONE);
    await signInGerman(anna, 'anna@demo.embassy.test');
    await anna.goto(`${stack.url}/programs/${stack.programId}/rewards`);
    const history = anna.locator('.points-history');
    await history.locator('summary').click();
    const reasons = (await textsOf(anna, '.points-history li > span')).map(
      (text) => text.split('\n')[0]?.trim() ?? '',
    );
    expect(reasons).toContainEqual(expect.stringMatching(germanPattern('ui.points.reason.sale')));
    expect(reasons).toContainEqual(expect.stringMatching(germanPattern('ui.points.reason.postApproved')));
    expect(reasons.filter((text) => /^(Sale |Approved post|Redeemed: |Recruited )/.test(text))).toEqual([]);
    await expectGerman(anna, 'the points history');
    await axe(anna, 'the points history in German on a phone');
    await done(anna);

    // The manager's audit log: the demo's approvals, each in a German sentence.
    const { page: manager } = await newPage(DESKTOP);
    await signInGerman(manager, 'manager@demo.embassy.test');
    await manager.goto(`${stack.url}/programs/${stack.programId}/settings/audit`);
    const summaries = await textsOf(manager, `[aria-label="${de['teamAdmin.audit.title']}"] > li strong`);
    expect(summaries).toContain(de['teamAdmin.audit.summary.applicationApproved']);
    expect(summaries).toContainEqual(
      expect.stringMatching(germanPattern('teamAdmin.audit.summary.submissionApproved')),
    );
    expect(summaries.filter((text) => /^(Approved|Rejected|Changed|Made|Invited|Gave) /.test(text))).toEqual(
      [],
    );
    await expectGerman(manager, 'the audit log');
    await axe(manager, 'the audit log in German');
    await done(manager);
  });

  it('words the server’s field limits plainly in German: a short Shopify token reads "Mindestens 20 Zeichen"', {
    timeout: 60_000,
  }, async () => {
    const { page: brand } = await newPage(DESKTOP);
    await signInGerman(brand, 'brand@demo.embassy.test');
    await brand.goto(`${stack.url}/programs/${stack.programId}/integrations`);
    await brand.getByLabel(de['brandIntegrations.shopify.domain']).fill('fiesta-shop.myshopify.com');
    await brand
      .getByLabel(de['brandIntegrations.shopify.secret'])
      .fill('shpss_0123456789abcdef0123456789abcdef');
    await brand.getByLabel(de['brandIntegrations.codes.token'], { exact: true }).fill('shpat_short');
    await brand.getByLabel(de['brandIntegrations.codes.percentageOff']).fill('15');
    await brand.getByRole('button', { name: de['brandIntegrations.shopify.connect'] }).click();
    // The server's limit for a token, answered in zod's German locale, in the dashboard's words.
    await brand.getByText(german('api.zod.atLeast', { unit: 'characters', limit: '20' })).waitFor();
    expect(await brand.getByText(/Zu klein|erwartet, dass/).count()).toBe(0);
    await expectGerman(brand, 'the Shopify form with a short token');
    await done(brand);
  });

  it('names a new program’s default tiers and badges in the language of the admin who creates it', {
    timeout: 60_000,
  }, async () => {
    const { page: owner } = await newPage(DESKTOP);
    await signInGerman(owner, 'owner@demo.embassy.test');
    await owner.goto(`${stack.url}/`);
    await owner.getByLabel(de['home.create.name']).fill('Winterfahrer');
    await owner.getByLabel(de['home.create.brandName']).fill('Fiesta');
    await owner.getByLabel(de['home.create.slug']).fill('winterfahrer');
    await owner.getByLabel(de['home.create.landingUrl']).fill('https://example.com/winter');
    await owner.getByRole('button', { name: de['home.create.submit'] }).click();
    await owner.waitForURL(/\/programs\/[0-9A-Z]+/);
    const programId = /\/programs\/([0-9A-Z]+)/.exec(owner.url())?.[1];
    const created = await callAs(owner, 'GET', `/api/programs/${programId}`);
    const program = created.body.program as { tiers: { name: string }[]; badges: { name: string }[] };
    expect(program.tiers.map((tier) => tier.name)).toEqual(['Mitglied', 'Insider', 'Profi']);
    expect(program.badges.map((badge) => badge.name)).toContain('Erster Beitrag');
    await owner.goto(`${stack.url}/programs/${programId}/settings/badges`);
    await owner.getByLabel(de['managerSettings.badges.name']).first().waitFor();
    expect(await owner.getByLabel(de['managerSettings.badges.name']).first().inputValue()).toBe(
      'Erster Beitrag',
    );
    await expectGerman(owner, 'a new program’s badges');
    await done(owner);
  });

  it('got only answers the OpenAPI document describes (the codes and values above with them)', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { de } from '../../web/src/i18n/messages/de/index.ts';
import { en } from '../../web/src/i18n/messages/en/index.ts';
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
const { newPage, done, callAs } = stack;

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
});

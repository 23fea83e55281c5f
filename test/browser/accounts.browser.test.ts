import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../web/src/i18n/messages/de/index.ts';
import { recordedProblems } from '../contract/openapi-contract.ts';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, PASSWORD, shot } from './harness.ts';

/**
 * People's own accounts through the dashboard (issue 17 §1 and §5), in Chromium against
 * `npm start --demo`: Chloe resets a forgotten password with the code from the dev outbox; Anna
 * edits her profile and changes her password, then turns on her public page with a pick, and a
 * follower opens `/a/{code}` signed out on a phone.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;

/** A real 1×1 PNG. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The newest code the dev outbox holds for an address, as a person would read it there. */
async function latestCode(email: string): Promise<string | undefined> {
  const response = await fetch(
    `${stack.url}/dev/outbox?to=${encodeURIComponent(email)}&kind=confirmation_code`,
  );
  const { messages } = (await response.json()) as { messages: { code: string }[] };
  return messages[0]?.code;
}

/** Cognito's sign-in, as the dashboard calls it through `/cognito`: the HTTP status it answers. */
async function cognitoSignIn(email: string, password: string): Promise<number> {
  const config = (await (await fetch(`${stack.url}/config.json`)).json()) as {
    cognito: { clientId: string };
  };
  const response = await fetch(`${stack.url}/cognito`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      ClientId: config.cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  });
  await response.text();
  return response.status;
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('your account, through the dashboard', () => {
  it('Chloe resets a forgotten password with the emailed code; the old one stops working', async () => {
    const email = 'chloe@demo.embassy.test';
    const { page } = await newPage(PHONE);
    await page.goto(`${stack.url}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    const before = await latestCode(email);
    await page.getByRole('button', { name: 'Send the code' }).click();
    await page.getByLabel('Code from the email').waitFor();
    await expect.poll(() => latestCode(email), { timeout: 15_000 }).not.toBe(before);
    const code = (await latestCode(email)) ?? '';
    expect(code).toMatch(/^\d{6}$/);

    // A wrong code and a weak password are each told at their field.
    await page.getByLabel('Code from the email').fill(code === '000000' ? '111111' : '000000');
    await page.getByLabel('New password').fill('Reset-password-2');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('That code is not right. Check the email and try again.').waitFor();
    await page.getByLabel('Code from the email').fill(code);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText(/Choose a password of at least 8 characters/).waitFor();
    await axe(page, 'reset password');
    await shot(page, 'phone-reset-password');

    await page.getByLabel('New password').fill('Reset-password-2');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await cognitoSignIn(email, PASSWORD)).toBe(400);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signInWith(page, email, PASSWORD);
    await page.getByText('Wrong email or password.').waitFor();
    await signInWith(page, email, 'Reset-password-2');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await done(page);

    // The reset is in the log of the program she applied to, once: the user pool's trigger wrote it.
    const { page: manager } = await newPage(PHONE);
    await signIn(manager, 'manager@demo.embassy.test');
    const log = await callAs(
      manager,
      'GET',
      `/api/programs/${stack.programId}/audit?type=account.password_reset`,
    );
    expect(
      (log.body.items as Array<{ actorName?: string; summary: string }>).map((e) => [e.actorName, e.summary]),
    ).toEqual([['Chloe Creator', 'A member reset their password']]);
    await done(manager);
  });

  it('the name given at sign-up is saved to the profile at the first sign-in', async () => {
    const email = 'dana@example.net';
    const { page } = await newPage(PHONE);
    await page.goto(`${stack.url}/signup`);
    await page.getByLabel('Your name').fill('Dana Driver');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    await expect.poll(() => latestCode(email), { timeout: 15_000 }).toMatch(/^\d{6}$/);
    await page.getByLabel('Confirmation code').fill((await latestCode(email)) ?? '');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The header shows once signed in; the name is saved a moment later, then forgotten here.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('embassy.signUpName')), { timeout: 15_000 })
      .toBeNull();
    const profile = await callAs(page, 'GET', '/api/me/profile');
    // Saved, not only read from the token: a saved profile has a time of change.
    expect(profile.body).toMatchObject({ displayName: 'Dana Driver' });
    expect(profile.body.updatedAt).toBeDefined();
    await done(page);
  });

  let anna: Page;

  it('Anna edits her profile: name, avatar, handles, time zone; a bad handle is told at its field', async () => {
    ({ page: anna } = await newPage(DESKTOP));
    await signIn(anna, 'anna@demo.embassy.test');
    await anna.getByRole('link', { name: 'Account' }).click();
    await anna.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    await anna.getByRole('heading', { name: 'Profile' }).waitFor();
    await anna.getByLabel('Display name').waitFor();

    await anna.getByLabel('X', { exact: true }).fill('a-name-far-too-long-for-x');
    await anna.getByRole('button', { name: 'Save profile' }).click();
    await anna
      .locator('.field.invalid')
      .getByText(/handle is up to 15 letters/)
      .waitFor();

    await anna.getByLabel('Display name').fill('Anna Fiesta');
    await anna.getByLabel('X', { exact: true }).fill('');
    await anna.getByLabel('Instagram').fill('@anna.fiesta');
    await anna.getByLabel('Time zone').selectOption('Europe/Paris');
    await anna.getByRole('main').getByLabel('Language').selectOption('de');
    await anna.getByRole('button', { name: 'Save profile' }).click();
    // Saved, the dashboard speaks the chosen language at once; the header's picker brings English back.
    await anna.getByText(de['account.profile.saved']).waitFor();
    expect(await anna.evaluate(() => document.documentElement.lang)).toBe('de');
    expect((await callAs(anna, 'GET', '/api/me/profile')).body.language).toBe('de');
    await anna.getByRole('banner').getByLabel(de['app.language']).selectOption('en');
    await anna.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();

    await anna.getByLabel('Photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: TINY_PNG });
    await anna.getByText('Photo saved').waitFor();
    await anna.getByRole('img', { name: 'Your avatar' }).waitFor();

    const me = await callAs(anna, 'GET', '/api/me');
    expect((me.body.user as { name: string }).name).toBe('Anna Fiesta');
    const profile = await callAs(anna, 'GET', '/api/me/profile');
    expect(profile.body).toMatchObject({
      displayName: 'Anna Fiesta',
      handles: { instagram: 'anna.fiesta' },
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    expect(profile.body.avatarKey).toMatch(/^proofs\/avatars\//);
    await axe(anna, 'account page with profile');
    await shot(anna, 'desktop-account-profile');
  });

  it('Anna changes her password, asked for the current one first', async () => {
    await anna.getByLabel('Current password').fill('Not-my-password-1');
    await anna.getByLabel('New password').fill('Changed-password-3');
    await anna.getByRole('button', { name: 'Change password' }).click();
    await anna.getByText('That is not your current password.').waitFor();
    await anna.getByLabel('Current password').fill(PASSWORD);
    await anna.getByRole('button', { name: 'Change password' }).click();
    await anna.getByText('Password changed').waitFor();
    expect(await cognitoSignIn('anna@demo.embassy.test', 'Changed-password-3')).toBe(200);
    expect(await cognitoSignIn('anna@demo.embassy.test', PASSWORD)).toBe(400);
  });

  it('Anna turns on her public page with a pick; a follower opens it signed out on a phone', async () => {
    const link = await callAs(anna, 'POST', `/api/programs/${stack.programId}/links`, {
      destination: 'https://example.com/fiesta/summer',
      slug: 'summer-drive',
    });
    expect(link.status).toBe(201);
    await anna.goto(`${stack.url}/programs/${stack.programId}/home`);
    const card = anna.locator('#public-page');
    await card.getByRole('checkbox', { name: /summer-drive/ }).check();
    await card.getByRole('button', { name: 'Save public page' }).click();
    await anna.getByText('Public page saved').waitFor();
    await shot(anna, 'desktop-ambassador-public-page-settings');
    const address = (await card.locator('.referral-link a').textContent()) ?? '';
    expect(address).toMatch(/\/a\/[A-Z0-9-]+$/);
    const code = address.split('/a/')[1] ?? '';
    await done(anna);

    const { page } = await newPage(PHONE);
    await page.goto(address);
    await page.getByRole('heading', { name: 'Anna Fiesta', level: 1 }).waitFor();
    const pick = page.getByRole('link', { name: /Summer drive/ });
    expect(await pick.getAttribute('href')).toBe(`/r/${code}/summer-drive`);
    expect(await page.getByRole('link', { name: /@anna\.fiesta/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Posts' }).waitFor();
    expect(await page.locator('.amb-posts li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await axe(page, 'ambassador public page');
    await shot(page, 'phone-ambassador-public-page');

    // The pick goes through the redirect, to the shop page it names.
    const redirect = await fetch(`${stack.url}${await pick.getAttribute('href')}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toContain('https://example.com/fiesta/summer');

    await page.goto(`${stack.url}/a/NO-SUCH-CODE`);
    await page.getByRole('heading', { name: 'This page is not available' }).waitFor();
    await done(page);
  });

  it('got only answers the OpenAPI document describes', () => {
    const { exchanges, problems } = recordedProblems(stack.exchangesFile);
    expect(exchanges).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './chromium.ts';
import { axe, demoStack, shot } from './harness.ts';

/**
 * The manager's screens (issue 18 §4), in Chromium against `npm start --demo`: every program
 * page names its program, and Olivia, in two programs, moves between them on the same tab; an
 * applicant's card has an avatar, links to the handles and readable answers ("56,000"); each
 * settings section has its own address and the back button returns to the one before;
 * notifications say whose clock their times are on; the analytics charts count in whole steps,
 * keep their money labels whole and name their series. axe finds nothing at either width.
 */
const stack = demoStack();
const { newPage, done, signIn, callAs } = stack;

const at = (page: Page, path: string) => page.goto(`${stack.url}/programs/${stack.programId}/${path}`);
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
const programName = (page: Page) => page.locator('.program-header-name').innerText();
const sections = (page: Page) => page.getByRole('navigation', { name: 'Settings sections' });
const card = (page: Page, title: string) =>
  page.locator('section.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Records what the page draws on canvases (the charts' axis labels), with where it lands. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: { chart: string; text: string; left: number; align: string }[] = [];
    (window as unknown as { drawn: typeof drawn }).drawn = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      const width = this.measureText(String(text)).width;
      const left =
        this.textAlign === 'right' || this.textAlign === 'end'
          ? x - width
          : this.textAlign === 'center'
            ? x - width / 2
            : x;
      const chart = this.canvas.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
      drawn.push({ chart, text: String(text), left, align: this.textAlign });
      return maxWidth === undefined
        ? fillText.call(this, text, x, y)
        : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

const drawnIn = async (page: Page, chart: string) =>
  (
    (await page.evaluate(
      () =>
        (window as unknown as { drawn: { chart: string; text: string; left: number; align: string }[] })
          .drawn,
    )) ?? []
  ).filter((d) => d.chart === chart);

describe('the program header', () => {
  it('names the program on every tab, and Olivia switches between her two programs on the same tab', async () => {
    // Prepare: a second program of Olivia's (owners are platform admins, who create programs)
    const { page: olivia } = await newPage(DESKTOP);
    await signIn(olivia, 'owner@demo.embassy.test');
    const created = await callAs(olivia, 'POST', '/api/programs', {
      name: 'Second Spin',
      brandName: 'Spin',
      slug: `second-spin-${Date.now().toString(36)}`,
      description: 'A second program, to switch to.',
      landingUrl: 'https://example.com/spin',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
    });
    expect(created.status).toBe(201);
    const secondId = String(created.body.programId);

    // Act: Fiesta's analytics, then the switcher
    await at(olivia, 'analytics');
    await h1(olivia, 'Analytics');
    expect(await programName(olivia)).toContain('Fiesta Agents');
    await at(olivia, 'applications');
    await h1(olivia, 'Applications');
    expect(await programName(olivia)).toContain('Fiesta Agents');
    await at(olivia, 'analytics');
    await olivia.getByText('Switch program').click();
    await olivia
      .getByRole('list', { name: 'Your other programs' })
      .getByRole('link', { name: /Second Spin/ })
      .click();

    // Assess: the same tab, in the other program, named in the header
    await expect.poll(() => new URL(olivia.url()).pathname).toBe(`/programs/${secondId}/analytics`);
    await h1(olivia, 'Analytics');
    await expect.poll(() => programName(olivia)).toContain('Second Spin');
    await axe(olivia, 'program header with the switcher');
    await olivia.getByText('Switch program').click();
    await olivia
      .getByRole('list', { name: 'Your other programs' })
      .getByRole('link', { name: /Fiesta Agents/ })
      .click();
    await expect.poll(() => new URL(olivia.url()).pathname).toBe(`/programs/${stack.programId}/analytics`);
    await expect.poll(() => programName(olivia)).toContain('Fiesta Agents');
    await olivia.goBack();
    await expect.poll(() => programName(olivia)).toContain('Second Spin');
    await done(olivia);
  });
});

describe('the tab counts', () => {
  it('the Rewards tab counts what waits in the fulfilment queue', async () => {
    // Prepare: Anna redeems a perk that waits for the team
    const { page: max } = await newPage(DESKTOP);
    await signIn(max, 'manager@demo.embassy.test');
    const { page: anna } = await newPage(PHONE);
    await signIn(anna, 'anna@demo.embassy.test');
    const programPath = `/api/programs/${stack.programId}`;
    const before = (await callAs(max, 'GET', `${programPath}/waiting`)).body as { rewards: number };
    const perk = await callAs(max, 'POST', `${programPath}/rewards`, {
      title: 'Track day seat',
      kind: 'perk',
      costPoints: 1,
    });
    expect(perk.status).toBe(201);
    const me = (await callAs(anna, 'GET', '/api/me')).body as { user: { id: string } };
    const granted = await callAs(max, 'POST', `${programPath}/ambassadors/${me.user.id}/points-adjustments`, {
      points: 1,
      reason: 'For the track day',
    });
    expect(granted.status).toBe(201);
    const token = await anna.evaluate(
      () => (JSON.parse(localStorage.getItem('embassy.session') ?? '{}') as { idToken?: string }).idToken,
    );
    const redeemed = await fetch(`${stack.url}${programPath}/rewards/${perk.body.rewardId}/redemptions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `track-day-${Date.now().toString(36)}`,
      },
      body: '{}',
    });
    expect(redeemed.status).toBe(201);

    // Act: the manager opens another tab (the counts are read on each tab change)
    await expect
      .poll(
        async () =>
          ((await callAs(max, 'GET', `${programPath}/waiting`)).body as { rewards: number }).rewards,
        {
          timeout: 30_000,
        },
      )
      .toBe(before.rewards + 1);
    await at(max, 'review');

    // Assess
    const rewardsTab = max.getByRole('navigation').getByRole('link', { name: 'Rewards', exact: true });
    await expect.poll(() => rewardsTab.locator('.tab-count').textContent()).toBe(String(before.rewards + 1));
    await axe(max, 'tabs with the rewards count');
    await done(max);
    await done(anna);
  });
});

describe('the manager’s screens at both widths', () => {
  for (const [width, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`an applicant's card has an avatar, handles and readable answers (${width})`, async () => {
      const { page: max } = await newPage(viewport);
      await signIn(max, 'manager@demo.embassy.test');
      await at(max, 'applications');
      await h1(max, 'Applications');
      const chloe = max.locator('li.m-person').filter({ hasText: 'Chloe Creator' });
      await chloe.waitFor();
      expect(await chloe.locator('.m-avatar').innerText()).toBe('CC');
      const handle = chloe.getByRole('link', { name: /@demo/ });
      expect(await handle.getAttribute('href')).toBe('https://www.instagram.com/demo/');
      // The follower count, grouped as the reader's locale groups it (Chromium's en-US here).
      await chloe.getByText('56,000', { exact: true }).waitFor();
      await chloe.getByText('TikTok', { exact: true }).waitFor();
      expect(await programName(max)).toContain('Fiesta Agents');
      await axe(max, `applications (${width})`);
      await shot(max, `${width}-manager-applicant-card`);
      await done(max);
    });

    it(`each settings section has its own address, and back returns to the one before (${width})`, async () => {
      const { page: max } = await newPage(viewport);
      await signIn(max, 'manager@demo.embassy.test');
      await at(max, 'settings');
      await h1(max, 'Settings');
      await sections(max).getByRole('link', { name: 'Commission' }).click();
      await expect.poll(() => new URL(max.url()).pathname).toMatch(/\/settings\/commission$/);
      await card(max, 'Commission').waitFor();
      await axe(max, `settings commission (${width})`);
      await shot(max, `${width}-manager-settings-commission`);

      if (width === 'phone') {
        // A phone shows one section at a time, with a way back to the list.
        expect(await sections(max).isVisible()).toBe(false);
        await max.getByRole('link', { name: 'All settings' }).click();
        await sections(max).waitFor();
        expect(await card(max, 'Program').isVisible()).toBe(false);
      }
      await sections(max).getByRole('link', { name: 'Tiers' }).click();
      await expect.poll(() => new URL(max.url()).pathname).toMatch(/\/settings\/tiers$/);
      await card(max, 'Tiers').waitFor();
      await max.goBack();
      if (width === 'phone') {
        await expect.poll(() => new URL(max.url()).pathname).toMatch(/\/settings$/);
        await max.goBack();
      }
      await expect.poll(() => new URL(max.url()).pathname).toMatch(/\/settings\/commission$/);
      await card(max, 'Commission').waitFor();
      // A section saves on its own: a change here is what the program has afterwards.
      const days = width === 'phone' ? 21 : 28;
      await card(max, 'Commission').getByLabel('Holding days').fill(String(days));
      await max.getByRole('button', { name: 'Save settings' }).click();
      await max.getByText('Settings saved').first().waitFor();
      const program = await callAs(max, 'GET', `/api/programs/${stack.programId}`);
      expect((program.body.program as { commission: { holdingDays: number } }).commission.holdingDays).toBe(
        days,
      );
      await done(max);
    });

    it(`the analytics charts count in whole steps, keep their money labels whole and name their series (${width})`, async () => {
      const { page: max } = await newPage(viewport);
      await recordCanvasText(max);
      await signIn(max, 'manager@demo.embassy.test');
      await at(max, 'analytics');
      await h1(max, 'Analytics');
      const posts = max.locator('figure.chart').filter({ hasText: 'Posts submitted and approved' });
      await posts.locator('canvas').first().waitFor();
      await expect
        .poll(async () => (await drawnIn(max, 'Posts submitted and approved')).length)
        .toBeGreaterThan(0);

      // Counts: every label on the y axis (drawn right-aligned, left of the plot) is a whole
      // number: no 0.25 posts, and no blank label standing for one.
      const counts = (await drawnIn(max, 'Posts submitted and approved'))
        .filter((d) => d.align === 'right')
        .map((d) => d.text);
      expect(counts.length).toBeGreaterThan(1);
      for (const label of counts) expect(label, 'a count on the axis').toMatch(/^-?[\d,]+$/);
      // Money: the labels carry their currency and start inside the chart.
      await expect.poll(async () => (await drawnIn(max, 'Referral revenue')).length).toBeGreaterThan(0);
      const money = (await drawnIn(max, 'Referral revenue')).filter((d) => d.align === 'right');
      expect(money.length).toBeGreaterThan(1);
      for (const label of money) expect(label.text).toMatch(/^-?€[\d,]+\.\d\d$/);
      for (const label of money)
        expect(label.left, `"${label.text}" starts inside the chart`).toBeGreaterThanOrEqual(0);
      // The legend names the series, not the time axis.
      const legend = await posts.locator('.u-legend').innerText();
      expect(legend).toContain('Submitted');
      expect(legend).toContain('Approved');
      expect(legend).not.toContain('Time');
      expect(legend).not.toContain('--');

      await axe(max, `analytics (${width})`);
      await shot(max, `${width}-manager-analytics`);
      await done(max);
    });
  }
});

describe('notification times', () => {
  it('are in the reader’s zone and say which (a reader in Berlin)', async () => {
    const { page: anna } = await newPage(PHONE);
    const cdp = await anna.context().newCDPSession(anna);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' });
    await signIn(anna, 'anna@demo.embassy.test');
    await at(anna, 'notifications');
    const time = anna.locator('ul.notifications time').first();
    await time.waitFor();
    const [shown, instant] = [await time.innerText(), await time.getAttribute('datetime')];
    const berlinHour = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Berlin',
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date(String(instant)));
    expect(shown).toContain(berlinHour);
    expect(shown).toMatch(/(GMT\+1|GMT\+2|CET|CEST)$/);
    await done(anna);
  });

  it('for the team too', async () => {
    const { page: max } = await newPage(DESKTOP);
    const cdp = await max.context().newCDPSession(max);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/New_York' });
    await signIn(max, 'manager@demo.embassy.test');
    await at(max, 'notifications');
    await h1(max, 'Notifications');
    const time = max.locator('ul.notifications time').first();
    await time.waitFor();
    expect(await time.innerText()).toMatch(/(EST|EDT|GMT-5|GMT-4)$/);
    await done(max);
  });
});

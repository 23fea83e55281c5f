import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type LocalState, REPO_ROOT } from '../../local/runtime.ts';
import { startEmbassyOnFreePort, type startEmbassyProcess } from '../start-process.ts';
import { launchChromium } from './chromium.ts';

/**
 * What the browser tests share: `npm start --demo` in its own process with Chromium beside it,
 * a page per person whose script errors fail the test, signing in, and the checks each screen
 * passes before its screenshot (under test-results/screenshots, git-ignored).
 */
export const PASSWORD = 'Embassy-demo-1';
export const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

export type DemoStack = {
  /** Where Embassy listens, once the suite's beforeAll has run. */
  readonly url: string;
  /** The demo's program, Fiesta Agents. */
  readonly programId: string;
  /** Every API answer the dashboard (and the test) got, recorded by Embassy itself. */
  readonly exchangesFile: string;
  /** What `npm start` wrote to its state.json: the user pool and client, for people a test adds. */
  state: () => LocalState;
  /**
   * A fresh browser context and page at a viewport, recording its script errors; `locale` is the
   * browser's language (`navigator.languages`, Accept-Language), en-US unless given. The app's
   * service worker is blocked unless `serviceWorkers: 'allow'`: a test of the installed app asks
   * for it, the others read the server's answers and nothing a worker kept.
   */
  newPage: (
    viewport: { width: number; height: number },
    options?: { locale?: string; serviceWorkers?: 'allow' | 'block' },
  ) => Promise<{ context: BrowserContext; page: Page }>;
  /** Closes a person's browser, after checking that the page logged no script error meanwhile. */
  done: (page: Page) => Promise<void>;
  signIn: (page: Page, email: string) => Promise<void>;
  /** Calls the API as whoever is signed in on the page, with their ID token. */
  callAs: (
    page: Page,
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; body: Record<string, unknown> }>;
};

/**
 * Registers the hooks that start the demo stack and Chromium for the calling test file, stop
 * them after it, and photograph every open page when a test fails.
 * @param options.env Variables for `npm start`'s environment, as a developer would set them; or a
 * function giving them, called when the stack starts (after the file's own earlier beforeAll
 * hooks, so a stand-in started there can give its address).
 */
export function demoStack(
  options: { env?: Record<string, string> | (() => Record<string, string>) } = {},
): DemoStack {
  let url = '';
  let programId = '';
  let run: ReturnType<typeof startEmbassyProcess> | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  let exchangesFile = '';
  const pageErrors = new Map<Page, string[]>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'embassy-browser-'));
    exchangesFile = join(dataDir, 'exchanges.jsonl');
    mkdirSync(SHOTS, { recursive: true });
    const [launched, started] = await Promise.all([
      launchChromium(),
      startEmbassyOnFreePort(
        ['--demo', '--data-dir', dataDir, '--record-exchanges', exchangesFile],
        typeof options.env === 'function' ? options.env() : options.env,
      ),
    ]);
    browser = launched;
    ({ run, url } = started);
    // The demo seeds after the port opens: wait for its program.
    for (let i = 0; i < 240 && !programId; i++) {
      const response = await fetch(`${url}/api/public/programs/fiesta-agents`);
      if (response.ok)
        programId = ((await response.json()) as { program: { programId: string } }).program.programId;
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // And for its last step (the demo sales), so a test's own figures stand apart.
    for (let i = 0; i < 240 && !run.output().stdout.includes('Embassy is running'); i++)
      await new Promise((resolve) => setTimeout(resolve, 250));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    run?.child.kill('SIGTERM');
    await run?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  // When a step fails, every open page is photographed, to see what the person saw.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const pages = [...pageErrors.keys()].filter((page) => !page.isClosed());
    await Promise.all(
      pages.map((page, index) =>
        page
          .screenshot({
            path: join(SHOTS, `failed-${context.task.name.slice(0, 40)}-${index}.png`),
            fullPage: true,
          })
          .catch(() => undefined),
      ),
    );
  });

  return {
    get url() {
      return url;
    },
    get programId() {
      return programId;
    },
    get exchangesFile() {
      return exchangesFile;
    },
    state() {
      return JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8')) as LocalState;
    },
    async newPage(viewport, options = {}) {
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({
        viewport,
        acceptDownloads: true,
        locale: options.locale ?? 'en-US',
        serviceWorkers: options.serviceWorkers ?? 'block',
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // A refused request is logged by the browser; the dashboard shows it, the test checks that.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text());
      });
      return { context, page };
    },
    async done(page) {
      expect(pageErrors.get(page), 'errors in the browser console').toEqual([]);
      await page.context().close();
    },
    async callAs(page, method, path, body) {
      const token = await page.evaluate(
        () => (JSON.parse(localStorage.getItem('embassy.session') ?? '{}') as { idToken?: string }).idToken,
      );
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async signIn(page, email) {
      await page.goto(`${url}/signin`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    },
  };
}

/** Opens a tab from the navigation; on an ambassador's phone, through "More" when it is not on the bar. */
export async function openTab(page: Page, label: string): Promise<void> {
  // The tab row and the bottom bar both list the destinations; CSS shows one of the two.
  const link = page
    .getByRole('navigation')
    .getByRole('link', { name: label, exact: true })
    .filter({ visible: true });
  const more = page.getByRole('navigation').getByRole('button', { name: 'More', exact: true });
  // Wait for the navigation to be drawn before deciding whether the link is under More.
  await link.or(more).first().waitFor();
  if ((await link.count()) === 0) await more.click();
  await link.first().click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * Photographs a role's main screen, after checking what a screenshot cannot show: every control
 * has an accessible name, there is one h1, nothing is still loading, and the page is no wider
 * than the screen (a phone must not scroll sideways).
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A view renders what it fetched a moment after the network is idle; on a loaded machine that
  // moment is long. Wait for it (the assertion below still fails a view that never loads).
  await page
    .waitForFunction(() => document.querySelectorAll('[role=status].loading').length === 0, null, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  const found = await page.evaluate(() => {
    const named = (el: Element) =>
      Boolean(
        el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el as HTMLInputElement).labels?.length ||
          el.getAttribute('title') ||
          el.textContent?.trim(),
      );
    const controls = [
      ...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]'),
    ];
    return {
      unnamed: controls.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120)),
      h1: document.querySelectorAll('h1').length,
      loading: document.querySelectorAll('[role=status].loading').length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect(found.unnamed, `${name}: controls without a name`).toEqual([]);
  expect(found.h1, `${name}: one h1`).toBe(1);
  expect(found.loading, `${name}: still loading`).toBe(0);
  expect(found.overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now and fails on any violation,
 * naming the rule and the elements. axe goes in through the DevTools protocol, which the
 * dashboard's Content-Security-Policy (script-src 'self') does not govern.
 */
export async function axe(page: Page, name: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const engine = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }
    ).axe;
    const result = (await engine.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: unknown[] };
    return result.violations;
  })) as AxeViolation[];
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `${name}: axe violations`).toEqual([]);
}

/** Retries a check, reloading the page between tries: the stream consumers update reports a moment later. */
export async function eventually(page: Page, check: () => Promise<void>, tries = 20): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await check();
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      await page.waitForTimeout(1000);
      await page.reload();
    }
  }
}

/**
 * A developer's look at one dashboard page: signs in (optionally), opens a path, and saves a
 * screenshot at desktop and phone widths. Against a running `npm start`:
 *
 *   node --import tsx test/browser/look.ts --url http://localhost:3000 --path /programs/… \
 *     [--email anna@demo.embassy.test --password Embassy-demo-1] [--out test-results/look]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DESKTOP, launchChromium, PHONE } from './chromium.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    path: { type: 'string', default: '/' },
    email: { type: 'string' },
    password: { type: 'string', default: 'Embassy-demo-1' },
    out: { type: 'string', default: 'test-results/look' },
    name: { type: 'string', default: 'page' },
  },
});

const browser = await launchChromium();
try {
  mkdirSync(values.out, { recursive: true });
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await browser.newPage({ viewport });
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`[console] ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`[pageerror] ${error.message}`));
    if (values.email) {
      await page.goto(`${values.url}/signin`);
      await page.getByLabel('Email').fill(values.email);
      await page.getByLabel('Password').fill(values.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    }
    await page.goto(`${values.url}${values.path}`);
    await page.waitForLoadState('networkidle');
    const file = join(values.out, `${values.name}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}

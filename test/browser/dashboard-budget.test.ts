import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../local/runtime.ts';
import { firstLoadFiles } from '../../local/web-weight.ts';

/** Issue 6's budget: under 150 KB of gzipped JavaScript on first load. */
const FIRST_LOAD_BUDGET = 150 * 1024;

describe('the dashboard build', () => {
  // The test run's global setup built web/dist from the current sources.
  const dist = join(REPO_ROOT, 'web', 'dist');
  const firstLoad = firstLoadFiles(dist);

  it('loads under 150 KB of gzipped JavaScript first', () => {
    expect(firstLoad.length).toBeGreaterThan(0);
    const gzipped = firstLoad.map((src) => gzipSync(readFileSync(join(dist, src))).length);
    const total = gzipped.reduce((sum, bytes) => sum + bytes, 0);
    console.log(
      `dashboard first load: ${(total / 1024).toFixed(1)} KB gzipped in ${firstLoad.length} file(s)`,
    );
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET);
  });

  it('keeps uPlot and the QR code out of the first load, in chunks of their own', () => {
    const read = (file: string) => readFileSync(join(dist, file), 'utf8');
    const first = firstLoad.map(read).join('\n');
    const lazy = readdirSync(join(dist, 'assets'))
      .filter((file) => file.endsWith('.js') && !firstLoad.includes(`/assets/${file}`))
      .map((file) => read(join('assets', file)))
      .join('\n');
    // uPlot's and qrcode-generator's own names, which minification keeps as strings.
    for (const marker of ['u-over', 'getErrorCorrectPolynomial']) {
      expect(lazy).toContain(marker);
      expect(first).not.toContain(marker);
    }
  });
});

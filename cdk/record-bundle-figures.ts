/**
 * `npm run bundles:record`: bundles every function as deployed and records what its cold start
 * loads (cdk/bundle-sizes.json, bytes) and evaluates (cdk/init-modules.json, modules), the figures
 * cdk/bundles.test.ts holds each function to. Run it when a change makes a function lighter.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAll } from './bundling.ts';

const outDir = mkdtempSync(join(tmpdir(), 'embassy-bundle-figures-'));
try {
  const reports = await bundleAll(outDir);
  const write = (file: string, figure: (report: (typeof reports)[number]) => number) =>
    writeFileSync(
      join(import.meta.dirname, file),
      `${JSON.stringify(Object.fromEntries(reports.map((report) => [report.name, figure(report)])), null, 2)}\n`,
    );
  write('bundle-sizes.json', (report) => report.bytes);
  write('init-modules.json', (report) => report.initModules);
  for (const report of reports)
    console.log(
      `${report.name}: ${report.bytes} bytes (${report.initBytes} at INIT), ${report.initModules} modules`,
    );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

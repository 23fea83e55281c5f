import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentFuzzReport } from './document-fuzz.suite.ts';

/**
 * `npm run fuzz:warm [seed…]`: the document fuzz of `npm test` (test/document-fuzz.test.ts) run
 * three times with 10,000 requests (EMBASSY_FUZZ_REQUESTS overrides), each warm in one process
 * with its own seed (given, or drawn), and the figures of
 * each run: requests, operations covered, statuses, 5xx, contract problems. Issue 20's
 * acceptance is three such runs with no answer of 500 or more and none the document does not
 * describe. Exits 1 when a run failed.
 */
const given = process.argv.slice(2).map(Number).filter(Number.isFinite);
const seeds = given.length ? given : Array.from({ length: 3 }, () => Math.floor(Math.random() * 2 ** 31));
const folder = mkdtempSync(join(tmpdir(), 'embassy-fuzz-'));
let failed = false;

for (const seed of seeds) {
  const reportFile = join(folder, `${seed}.json`);
  const run = spawnSync('npx', ['vitest', 'run', 'test/document-fuzz.test.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      EMBASSY_FUZZ_REQUESTS: '10000',
      ...process.env,
      EMBASSY_FUZZ_SEED: String(seed),
      EMBASSY_FUZZ_REPORT: reportFile,
    },
  });
  let report: DocumentFuzzReport;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as DocumentFuzzReport;
  } catch {
    console.log(`seed ${seed}: no report (the run stopped before its requests: exit ${run.status})`);
    failed = true;
    continue;
  }
  failed ||= run.status !== 0;
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(
    [
      `seed ${seed}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${report.seconds} s`,
      `  requests ${report.requests}, operations ${report.operations} of ${report.operationsInDocument} (${report.operationsAccepted} answered 2xx or 3xx)`,
      `  statuses ${statuses}`,
      `  5xx ${report.fiveXx}, contract problems ${report.contractProblems}, other problems ${report.otherProblems}`,
      `  documented responses seen ${report.responsesSeen} of ${report.responsesDocumented}`,
      ...report.problems.slice(0, 10).map((p) => `  ${p.slice(0, 400)}`),
    ].join('\n'),
  );
}
rmSync(folder, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

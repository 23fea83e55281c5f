import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAll } from '../cdk/bundling.ts';
import type { FunctionName } from '../shared/platform/routes.ts';
import { coldRun, EVENTS } from './cold-start.ts';
import { BENCH_NODES, officialNode } from './node-runtimes.ts';
import { summarize } from './stats.ts';

const RUNS = Number(process.env.COLD_START_RUNS ?? 20);
const REPO = join(import.meta.dirname, '..');

/**
 * `COLD_START_AGAINST=<commit> npm run bench -- cold-start-against`: each function's cold start
 * as bundled now against the same function bundled at the commit, in fresh processes
 * interleaved in one run on Node 22 (as Lambda). Two runs of the cold-start bench on this noisy
 * machine differ by more than most changes do; now ÷ then, measured side by side, does not.
 * `COLD_START_FUNCTIONS=redirect,programs` limits it to some functions.
 */
export async function benchColdStartAgainst() {
  const commit = process.env.COLD_START_AGAINST;
  if (!commit) throw new Error('Set COLD_START_AGAINST to the commit to measure against');
  const node = officialNode(BENCH_NODES[0]) ?? process.execPath;
  const dir = mkdtempSync(join(tmpdir(), 'embassy-against-'));
  const then = join(dir, 'then');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', then, commit], { cwd: REPO, stdio: 'ignore' });
    symlinkSync(join(REPO, 'node_modules'), join(then, 'node_modules'));
    // The commit's own bundling, so its bundles are what it deployed.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'cdk/bundle-functions.ts', join(dir, 'then-bundles')],
      {
        cwd: then,
        stdio: 'ignore',
      },
    );
    const now = await bundleAll(join(dir, 'now-bundles'));
    const wanted = new Set((process.env.COLD_START_FUNCTIONS ?? '').split(',').filter(Boolean));
    const names = now.map((report) => report.name).filter((name) => wanted.size === 0 || wanted.has(name));
    const file = (side: string, name: FunctionName) => join(dir, `${side}-bundles`, name, 'index.mjs');
    const samples = new Map<string, number[]>();
    const add = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);
    for (let run = 0; run < RUNS; run++)
      for (const name of names)
        for (const side of ['then', 'now'])
          add(`${side} ${name}`, coldRun(node, file(side, name), EVENTS[name].event));
    return {
      name: `Cold start now against ${commit}: fresh processes, interleaved, ${RUNS} runs each (${node === process.execPath ? process.version : `Node ${BENCH_NODES[0]}`})`,
      target: 'now ÷ then below 1 where a change meant to make a function lighter',
      functions: names.map((name) => {
        const before = summarize(samples.get(`then ${name}`) ?? []).p50;
        const after = summarize(samples.get(`now ${name}`) ?? []).p50;
        return {
          function: name,
          thenMs: before,
          nowMs: after,
          ratio: Math.round((after / before) * 100) / 100,
        };
      }),
    };
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', then], { cwd: REPO, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

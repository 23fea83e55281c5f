import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../local/runtime.ts';

/**
 * The layering rules of docs/architecture.md, checked on the files git tracks, so a change
 * that breaks one fails here with the file and the line, not in a review.
 */
const tracked = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const isTest = (file: string) => /\.(test|stress\.test)\.ts$/.test(file);

/** Every line of `files` that matches `pattern`, as `file:line: text`. */
function offending(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/**
 * Server code that is neither a store nor shared/platform/db: services, rules, routes, handlers, the
 * local runtime, the stack. (Tests and benchmarks read what was stored, as an operator would.)
 */
const outsideStores = tracked.filter(
  (file) =>
    /^(shared|functions|local|cdk)\/.*\.ts$/.test(file) &&
    !isTest(file) &&
    !file.endsWith('.store.ts') &&
    !file.startsWith('shared/platform/db/'),
);

describe('the persistence boundary', () => {
  it('has server code to check', () => {
    expect(outsideStores.length).toBeGreaterThan(100);
  });

  it('no file outside the stores and shared/platform/db builds a key, a condition, an expression or a command', () => {
    const dynamo =
      /\b(Key|KeyCondition|Condition|Update|Filter|Projection)Expression\b|\b(keys|indexKeys)\.[a-zA-Z]+\(|new (Get|Put|Query|Update|Delete|Scan|BatchGet|BatchWrite|TransactWrite|TransactGet)(Item)?Command\b|\bACCESS_PATTERNS\b/;
    expect(offending(outsideStores, dynamo)).toEqual([]);
  });

  it('no file outside the stores and shared/platform/db imports the DynamoDB client, its commands or the key table', () => {
    const imports =
      /^import (?!type ).*from '(@aws-sdk\/(lib-dynamodb|client-dynamodb)|(\.\.?\/)+(db|platform\/db|shared\/platform\/db)\/(client|keys|table)\.ts|#shared\/platform\/db\/(client|keys|table)\.ts)'/;
    // The platform's own: the local runtime creates the table and follows its stream; the
    // stack declares the same table (shared/platform/db/table.ts is the one description of it).
    const exempt = new Set(['local/provision.ts', 'local/stream-poller.ts', 'cdk/embassy-stack.ts']);
    expect(offending(outsideStores, imports).filter((line) => !exempt.has(line.split(':')[0] ?? ''))).toEqual(
      [],
    );
  });

  it('no file spells a key prefix or a counter row but keys.ts and the two row vocabularies', () => {
    const prefix = /['`][A-Z]{1,12}#/;
    const vocabularies = new Set([
      'shared/platform/db/keys.ts',
      'shared/reports/rollup-rows.ts',
      'shared/analytics/analytics-rows.ts',
    ]);
    const code = tracked.filter(
      (file) => /^(shared|functions)\/.*\.ts$/.test(file) && !isTest(file) && !vocabularies.has(file),
    );
    // Comments may name the rows they describe.
    const spelled = offending(code, prefix).filter((line) => !/^\S+:\d+: (\/\/|\/\*\*|\*)/.test(line));
    expect(spelled).toEqual([]);
  });

  it('no transaction result is read by position: only shared/platform/db and the error mapper read cancellation reasons', () => {
    const positional =
      /\bcancellationReasons\(|CancellationReasons|failed\.includes\(\d|\.refused\([^)]*,\s*\d/;
    const readers = tracked.filter(
      (file) =>
        /^(shared|functions)\/.*\.ts$/.test(file) &&
        !isTest(file) &&
        !file.startsWith('shared/platform/db/') &&
        file !== 'functions/http/error-mapper.ts',
    );
    expect(offending(readers, positional)).toEqual([]);
  });

  it('retries go through the one optimistic-retry loop: no hand-written backoff outside shared/platform/db', () => {
    const backoff = /setTimeout\(\s*resolve\s*,\s*(Math\.random|\d+\s*\*\s*2\s*\*\*)/;
    const code = tracked.filter(
      (file) =>
        /^(shared|functions)\/.*\.ts$/.test(file) && !isTest(file) && !file.startsWith('shared/platform/db/'),
    );
    expect(offending(code, backoff)).toEqual([]);
    expect(offending(['shared/platform/db/optimistic-retry.ts'], backoff)).toHaveLength(1);
  });
});

describe('the folders', () => {
  it('keep the platform apart: shared/ holds domain folders, shared/platform the rest', () => {
    const topLevel = new Set(tracked.filter((f) => f.startsWith('shared/')).map((f) => f.split('/')[1]));
    const platform = ['db', 'http', 'secrets', 'limits', 'env.ts', 'log.ts', 'routes.ts'];
    expect(platform.filter((name) => topLevel.has(name))).toEqual([]);
    expect(topLevel.has('platform')).toBe(true);
  });
});

describe('the dashboard', () => {
  it('has no view file over 300 lines', () => {
    const views = tracked.filter((file) => /^web\/src\/views\/.*\.tsx?$/.test(file));
    expect(views.length).toBeGreaterThan(20);
    const long = views
      .map((file) => [file, read(file).split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, ROUTES } from '../shared/platform/routes.ts';
import { deployCommands, parseDeployArgs } from './deploy.ts';
import { atRestCost, dollars, runsPerMonth, type TemplateJson } from './deploy-plan.ts';
import { LIST_PRICES } from './list-prices.ts';

const REPO_ROOT = join(import.meta.dirname, '..');

describe('npm run deploy', () => {
  it('is cdk/deploy.ts, which without --dry-run builds the dashboard and then runs cdk deploy --all', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.deploy).toBe('node --import tsx cdk/deploy.ts');
    const commands = deployCommands(['-c', 'stage=prod', '--require-approval', 'never']);
    expect(commands.map((c) => [c.command.split('/').pop(), ...c.args])).toEqual([
      ['npm', 'run', 'build:web'],
      ['cdk', 'deploy', '--all', '-c', 'stage=prod', '--require-approval', 'never'],
    ]);
    expect(existsSync(commands[1]?.command ?? '')).toBe(true);
  });

  it('reads --dry-run and the -c values, and passes everything else on to cdk deploy', () => {
    expect(
      parseDeployArgs([
        '--dry-run',
        '-c',
        'stage=prod',
        '--context',
        'mailFrom=A <a@b.example>',
        '--context=x=y=z',
      ]),
    ).toEqual({
      dryRun: true,
      verbose: false,
      context: { stage: 'prod', mailFrom: 'A <a@b.example>', x: 'y=z' },
      cdkArgs: ['-c', 'stage=prod', '--context', 'mailFrom=A <a@b.example>', '--context=x=y=z'],
    });
    expect(parseDeployArgs(['--profile', 'p'])).toMatchObject({ dryRun: false, cdkArgs: ['--profile', 'p'] });
    expect(() => parseDeployArgs(['-c', 'stage'])).toThrow(/key=value/);
    expect(() => parseDeployArgs(['-c'])).toThrow(/key=value/);
  });
});

describe('the cost at rest', () => {
  const resource = (Type: string, Properties: Record<string, unknown> = {}) => ({ Type, Properties });
  const many = (n: number, type: string) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`${type.split('::')[2]}${i}`, resource(type)]));

  it('prices secrets, alarms past the 10 free, dashboards past the 3 free, customer managed keys and scheduled runs', () => {
    // Prepare
    const template: TemplateJson = {
      Resources: {
        ...many(2, 'AWS::SecretsManager::Secret'),
        ...many(12, 'AWS::CloudWatch::Alarm'),
        ...many(4, 'AWS::CloudWatch::Dashboard'),
        ...many(1, 'AWS::KMS::Key'),
        Fn: resource('AWS::Lambda::Function', { MemorySize: 1024 }),
        Hourly: resource('AWS::Scheduler::Schedule', {
          ScheduleExpression: 'rate(1 hour)',
          Target: { Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } },
        }),
        Odd: resource('AWS::Made::Up'),
      },
    };

    // Act
    const cost = atRestCost(template, 2e9);
    const line = (item: string) => cost.lines.find((l) => l.item === item)?.usd;

    // Assess
    expect(line('Secrets Manager')).toBeCloseTo(0.8, 10);
    expect(line('CloudWatch alarms')).toBeCloseTo(0.2, 10);
    expect(line('CloudWatch dashboards')).toBeCloseTo(3, 10);
    expect(line('KMS')).toBeCloseTo(1, 10);
    expect(line('S3 storage')).toBeCloseTo(2 * LIST_PRICES.s3Standard.usd, 10);
    // 720 runs of 0.1 s at 1 GB, 350 B of log and 5 read units each.
    const p = LIST_PRICES;
    expect(line('Scheduled runs')).toBeCloseTo(
      (720 / 1e6) * p.lambdaRequests.usd +
        720 * 0.1 * p.lambdaArmGbSecond.usd +
        ((720 * 350) / 1e9) * p.cloudWatchLogsIngestion.usd +
        ((720 * 5) / 1e6) * p.dynamoDbReadRequestUnits.usd,
      12,
    );
    expect(cost.total).toBeCloseTo(
      cost.lines.reduce((sum, l) => sum + l.usd, 0),
      12,
    );
    expect(cost.unpriced).toEqual(['AWS::Made::Up']);
    expect(cost.payPerUse).toEqual(['AWS::Lambda::Function', 'AWS::Scheduler::Schedule']);
  });

  it('counts schedule rates and shows sub-cent amounts as such', () => {
    expect(runsPerMonth('rate(5 minutes)')).toBe(8640);
    expect(runsPerMonth('rate(1 day)')).toBe(30);
    expect(runsPerMonth('cron(0 * * * ? *)')).toBeUndefined();
    expect([dollars(0), dollars(0.004), dollars(1.205)]).toEqual(['$0.00', '< $0.01', '$1.21']);
  });
});

describe('npm run deploy -- --dry-run', () => {
  let home: string;
  let networkLog: string;
  let run: ReturnType<typeof spawnSync>;

  // Offline as on a laptop without an AWS account: no credentials, no AWS config, and every
  // attempt at a network connection (in this process and the bundler's) refused and logged.
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'embassy-dry-run-home-'));
    networkLog = join(home, 'network-attempts.log');
    run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'cdk', 'deploy.ts'),
        '--dry-run',
        '-c',
        'stage=prod',
        '-c',
        'alarmEmail=ops@brand.example',
      ],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          NODE_OPTIONS: `--import ${join(REPO_ROOT, 'test', 'fixtures', 'no-network.mjs')}`,
          NO_NETWORK_LOG: networkLog,
        },
      },
    );
  }, 240_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('runs under a guard that does catch a network attempt (so the offline check can fail)', () => {
    const log = join(home, 'guard-check.log');
    spawnSync(process.execPath, ['-e', "fetch('https://example.com').catch(() => undefined)"], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        NODE_OPTIONS: `--import ${join(REPO_ROOT, 'test', 'fixtures', 'no-network.mjs')}`,
        NO_NETWORK_LOG: log,
      },
    });
    expect(readFileSync(log, 'utf8')).toMatch(/connect .*example\.com/);
  });

  it('synthesises without credentials or network and names what a first deploy creates, by group, with counts and ids', () => {
    const stdout = String(run.stdout);
    expect(run.status, `${stdout}\n${String(run.stderr)}`).toBe(0);
    expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
    for (const group of [
      'Data and identity',
      'Functions',
      'HTTP API and CloudFront',
      'Schedules and queues',
      'Monitoring',
    ])
      expect(stdout).toContain(`\n${group}\n`);
    const row = (type: string) => new RegExp(`^  ${type}\\s+(\\d+)  (.*)$`, 'm').exec(stdout);
    // One function per row of FUNCTIONS, and the CDK's deploy-time helpers (the web files, the
    // media bucket's notification).
    expect(Number(row('AWS::Lambda::Function')?.[1])).toBe(Object.keys(FUNCTIONS).length + 2);
    expect(Number(row('AWS::ApiGatewayV2::Route')?.[1])).toBe(ROUTES.length);
    expect(row('AWS::SecretsManager::Secret')?.[2]).toMatch(
      /OriginSecret\w+, ClickHashKey\w+\*, SigningMasterKey\w+\*/,
    );
    expect(row('AWS::DynamoDB::GlobalTable')?.[2]).toMatch(/^Table\w+\*$/);
    expect(Number(row('AWS::CloudWatch::Dashboard')?.[1])).toBe(3);
    expect(Number(row('AWS::SNS::Topic')?.[1])).toBe(1);
    expect(stdout).toMatch(/redirect reserved concurrency\s+100/);
  });

  it('prices the month at rest, line by line, with a total that adds up and nothing left unpriced', () => {
    const stdout = String(run.stdout);
    const amounts = [...stdout.matchAll(/^ {2}(.{34}) +(\$\d+\.\d\d|< \$0\.01) {2}/gm)].map((m) => ({
      item: (m[1] ?? '').trim(),
      usd: m[2] === '< $0.01' ? 0.005 : Number((m[2] ?? '').slice(1)),
    }));
    const total = amounts.find((a) => a.item === 'Total at rest');
    const lines = amounts.filter((a) => a.item !== 'Total at rest');
    expect(lines.map((l) => l.item)).toEqual(
      expect.arrayContaining([
        'Secrets Manager',
        'CloudWatch alarms',
        'CloudWatch dashboards',
        'KMS',
        'Scheduled runs',
      ]),
    );
    expect(lines.find((l) => l.item === 'Secrets Manager')?.usd).toBeCloseTo(
      3 * LIST_PRICES.secretsManagerSecret.usd,
      2,
    );
    // Each line is rounded to the cent: the total is their sum within a cent a line.
    expect(Math.abs((total?.usd ?? -1) - lines.reduce((sum, l) => sum + l.usd, 0))).toBeLessThanOrEqual(
      0.01 * lines.length,
    );
    expect(total?.usd).toBeLessThan(10);
    expect(stdout).not.toContain('Not priced');
    expect(stdout).toContain('https://aws.amazon.com/secrets-manager/pricing/');
  });
});

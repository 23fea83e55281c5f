import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPlan, type TemplateJson } from './deploy-plan.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `npm run deploy`'s arguments: the dry-run flags it reads, the rest for `cdk deploy`. */
export type DeployArgs = {
  dryRun: boolean;
  verbose: boolean;
  /** `-c key=value` and `--context key=value`, in order. */
  context: Record<string, string>;
  /** Everything but `--dry-run` and `--verbose`, as given, for `cdk deploy`. */
  cdkArgs: string[];
};

/**
 * Reads `npm run deploy -- [--dry-run] [--verbose] [-c key=value]… [other cdk deploy options]`.
 * @throws Error for a `-c` without `key=value`.
 */
export function parseDeployArgs(argv: string[]): DeployArgs {
  const args: DeployArgs = { dryRun: false, verbose: false, context: {}, cdkArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--dry-run') {
      args.dryRun = true;
      continue;
    }
    if (arg === '--verbose') {
      args.verbose = true;
      continue;
    }
    args.cdkArgs.push(arg);
    let pair: string | undefined;
    if (arg === '-c' || arg === '--context') {
      pair = argv[++i];
      if (pair !== undefined) args.cdkArgs.push(pair);
    } else if (arg.startsWith('--context=')) pair = arg.slice('--context='.length);
    else continue;
    const equals = pair?.indexOf('=') ?? -1;
    if (!pair || equals < 1) throw new Error(`${arg} takes key=value, such as -c stage=prod`);
    args.context[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return args;
}

/** The commands a real deploy runs, in order: the dashboard's build, then `cdk deploy --all`. */
export function deployCommands(cdkArgs: string[]): Array<{ command: string; args: string[] }> {
  return [
    { command: 'npm', args: ['run', 'build:web'] },
    { command: join(REPO_ROOT, 'node_modules', '.bin', 'cdk'), args: ['deploy', '--all', ...cdkArgs] },
  ];
}

/** Bytes in a folder and below. */
function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/**
 * Synthesises the stack in this process, as `cdk synth` would (cdk.json's context, then the
 * `-c` values; cdk-nag runs and stops the synth on an unacknowledged error), into a temporary
 * folder, and prints what a first deploy creates and costs at rest. Needs no AWS credentials
 * and no network: the stack is environment-agnostic and the functions are bundled locally.
 */
export async function dryRun(args: DeployArgs): Promise<string> {
  // Loaded here, not at the top: the real deploy path has no need to build the stack itself.
  const { createEmbassyApp, STACK_NAME } = await import('./embassy-app.ts');
  const { ALARM_EMAIL_CONTEXT, MAIL_FROM_CONTEXT } = await import('./embassy-stack.ts');
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  const outdir = mkdtempSync(join(tmpdir(), 'embassy-dry-run-'));
  try {
    const { app, stack } = createEmbassyApp({ context: { ...cdkJson.context, ...args.context }, outdir });
    const assembly = app.synth();
    const template = assembly.getStackByName(STACK_NAME).template as TemplateJson;
    // What the deploy uploads: each asset folder (function bundles, the dashboard) once.
    const assetBytes = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .reduce((sum, name) => sum + folderBytes(join(outdir, name)), 0);
    const settings: Record<string, string> = {
      stage: `${stack.stage}${stack.isProduction ? ' (deletion protection on the table and user pool)' : ''}`,
      domain: stack.domain?.name ?? "none: CloudFront's *.cloudfront.net name",
      'notification email (mailFrom)': args.context[MAIL_FROM_CONTEXT] ?? 'off',
      'user pool email': stack.userPoolEmail === 'ses' ? 'SES, from mailFrom' : "Cognito's own sender",
      'redirect reserved concurrency':
        stack.redirectConcurrency > 0 ? String(stack.redirectConcurrency) : 'none',
      'alarm email': args.context[ALARM_EMAIL_CONTEXT] ?? 'none: alarms show in CloudWatch only',
      'origin secret key CloudFront sends': stack.originSecretKey,
    };
    return formatPlan(template, {
      stackName: STACK_NAME,
      context: args.context,
      settings,
      assetBytes,
      verbose: args.verbose,
    });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseDeployArgs(process.argv.slice(2));
  if (args.dryRun) {
    console.log(await dryRun(args));
    return;
  }
  for (const { command, args: commandArgs } of deployCommands(args.cdkArgs)) {
    const result = spawnSync(command, commandArgs, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`npm run deploy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

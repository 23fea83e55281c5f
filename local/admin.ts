import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ADMIN_GROUP } from '../shared/identity/auth-user.ts';
import { parseFlags } from './cli-args.ts';
import { upsertUser } from './cognito-users.ts';
import { localCognito } from './provision.ts';
import { DEFAULT_DATA_DIR, type LocalState } from './runtime.ts';

const USAGE = `Usage:
  npm run admin -- create-admin <email> [--password <pw>] [--data-dir <dir>] (local: talks to npm start)
  npm run admin -- create-admin <email> --stack Embassy [--region eu-west-1] (a deployed stack)
  npm run admin -- create-admin <email> --user-pool-id <id> [--region ...]
  npm run admin -- rank-sales --stack Embassy [--region eu-west-1] (once, for a table deployed before the sales ranking)`;

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const [command, email] = flags.positionals;
  if (command === 'rank-sales') return rankSales(flags);
  if (command !== 'create-admin' || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(USAGE);
  const password = flags.password ?? generatePassword();
  const target = await resolveTarget(flags);
  const outcome = await upsertUser(target.client, target.userPoolId, {
    email: email.toLowerCase(),
    password,
    groups: [ADMIN_GROUP],
  });
  console.log(`Admin ${email} ${outcome} in ${target.where}.`);
  console.log(`Sign in with: ${email} / ${password}`);
  if (!flags.password) console.log('(a generated password: keep it somewhere safe)');
}

async function resolveTarget(flags: ReturnType<typeof parseFlags>) {
  if (flags.stack || flags['user-pool-id']) {
    const region = flags.region;
    let userPoolId = flags['user-pool-id'];
    if (!userPoolId && flags.stack) {
      const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
      const cfn = new CloudFormationClient(region ? { region } : {});
      const stack = (await cfn.send(new DescribeStacksCommand({ StackName: flags.stack }))).Stacks?.[0];
      userPoolId = stack?.Outputs?.find((o) => o.OutputKey === 'UserPoolId')?.OutputValue;
      if (!userPoolId)
        fail(`Stack ${flags.stack} has no UserPoolId output. Was it deployed with npm run deploy?`);
    }
    const client = new CognitoIdentityProviderClient(region ? { region } : {});
    return { client, userPoolId: userPoolId as string, where: `user pool ${userPoolId}` };
  }
  let state: LocalState;
  try {
    state = JSON.parse(
      readFileSync(join(flags['data-dir'] ?? DEFAULT_DATA_DIR, 'state.json'), 'utf8'),
    ) as LocalState;
    await fetch(`${state.cognitoEndpoint}/health`);
  } catch {
    fail('Embassy is not running locally: start it with npm start in another terminal, then run this again.');
  }
  return {
    client: localCognito(state.cognitoEndpoint),
    userPoolId: state.userPoolId,
    where: 'the local user pool',
  };
}

/**
 * Gives the referral report's sales ranking to ambassadors' rollup rows stored before it existed
 * (a table deployed earlier), scanning the stack's table; safe to run again, and beside live traffic.
 */
async function rankSales(flags: ReturnType<typeof parseFlags>): Promise<void> {
  if (!flags.stack) fail(USAGE);
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient(flags.region ? { region: flags.region } : {});
  const stack = (await cfn.send(new DescribeStacksCommand({ StackName: flags.stack }))).Stacks?.[0];
  const table = stack?.Outputs?.find((o) => o.OutputKey === 'TableName')?.OutputValue;
  if (!table) fail(`Stack ${flags.stack} has no TableName output. Was it deployed with npm run deploy?`);
  process.env.TABLE_NAME = table;
  if (flags.region) process.env.AWS_REGION = flags.region;
  // The stores read the table's name from the environment when they load: after it is set.
  const { rankLegacyRollups } = await import('../shared/reports/rollup.store.ts');
  const { ranked, busy } = await rankLegacyRollups();
  console.log(`Ranked ${ranked} ambassador rollup rows in ${table}.`);
  if (busy > 0) {
    console.log(`${busy} rows changed under it five times running: run it again to rank them.`);
    process.exitCode = 1;
  }
}

function generatePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `Em-${Buffer.from(bytes).toString('base64url')}9a`;
}

function fail(message: string): never {
  console.error(message.startsWith('Usage') ? message : `embassy admin: ${message}`);
  process.exit(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

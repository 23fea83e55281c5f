import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDynamo } from '../local/provision.ts';
import { tableName } from '../shared/platform/db/client.ts';
import { ENV_VARIABLES, parseEnv } from '../shared/platform/env.ts';
import { ORIGIN_HEADER } from '../shared/platform/http/origin-header.ts';
import { FUNCTIONS, type FunctionName, ROUTES } from '../shared/platform/routes.ts';
import {
  CELLS,
  type Cell,
  checkCell,
  expectedStatus,
  phaseOf,
  routeKey,
  sendCell,
} from '../test/authorization/cells.ts';
import { buildWorld, type World } from '../test/authorization/fixture.ts';
import { PHASES, useSigningMasterKey } from '../test/authorization/route-cases.ts';
import { type Api, dynamoEndpoint, ok, services, startApi } from '../test/helpers.ts';
import { bundleAll } from './bundling.ts';
import { useBundlesIn } from './embassy-function.ts';
import { EmbassyStack, MAIL_FROM_CONTEXT } from './embassy-stack.ts';
import { UNUSED_GRANTS, VARIABLES_NOT_IN_THE_TEMPLATE } from './iam-proof/accepted.ts';
import type { RecordedCall } from './iam-proof/aws-calls.ts';
import { type EnvFacts, envProblems } from './iam-proof/env-check.ts';
import { bundleEnvReads } from './iam-proof/env-usage.ts';
import {
  findViolations,
  type GrantUsage,
  grantUsage,
  type ResolvedStatement,
  resolveStatements,
} from './iam-proof/iam-check.ts';
import {
  deployLocally,
  LAMBDA_RUNTIME_VARIABLES,
  LOCAL_ONLY_VARIABLES,
  type LocalDeployment,
} from './iam-proof/local-deployment.ts';
import {
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  type LocalResources,
  localResources,
  type TemplateFunction,
  type TemplateJson,
  tableArn,
  templateFunctions,
} from './iam-proof/template-model.ts';

/**
 * IAM proven before the first deploy (issue 20). The stack is synthesised as a production deploy
 * would (mail on), from bundles built here. Each function's deployed bundle then runs in a Node
 * process of its own with the template's environment, against DynamoDB Local, cognito-local,
 * s3rver and stand-ins for Secrets Manager, SES and SQS, each behind a recording proxy per
 * function. The authorization matrix's world and cells (test/authorization/) drive every route
 * through the local gateway; the stream consumers and the queue's consumer run behind event source
 * mappings of their own and the scheduler on its clock. Every recorded call must be allowed by its function's policy in the
 * template; every grant no call used is listed with its reason (cdk/__snapshots__/iam-usage.md);
 * every variable a bundle reads must be set by the template, Lambda or a documented default,
 * and every variable the template sets must be read.
 */

const MAIL_FROM = 'Embassy <hello@example.com>';
const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

const bundleDir = mkdtempSync(join(tmpdir(), 'embassy-iam-proof-'));
let stack: EmbassyStack;
let functions: Record<FunctionName, TemplateFunction>;
let resources: LocalResources;
let policies: Record<FunctionName, { roleId: string; statements: ResolvedStatement[] }>;
let deployment: LocalDeployment;
let api: Api;
let world: World;
/** What the driven requests answered that the matrix did not expect. */
const surprises: string[] = [];
let checkedCalls: RecordedCall[] = [];
let envReports: Record<FunctionName, { envReads: string[]; sourceMapsEnabled: boolean }>;
let started = 0;

/** The cells sent: every permitted one, and the first refused one of each route and status. */
function selectedCells(): Cell[] {
  const seen = new Set<string>();
  return CELLS.filter((cell) => {
    if (cell.outcome === 'allow') return true;
    const key = `${cell.routeKey} ${cell.outcome}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function runCells(cells: Cell[]): Promise<void> {
  for (const phase of PHASES) {
    // As in the matrix: phases one after another, routes of a phase side by side, a route's cells in turn.
    await Promise.all(
      ROUTES.filter((route) => phaseOf(route) === phase).map(async (route) => {
        for (const cell of cells.filter((c) => c.route === route)) {
          const sent = await sendCell(world, cell);
          const where = `${cell.role} (${cell.scope}) → ${sent.method} ${sent.path}`;
          if (sent.response.status !== expectedStatus(cell)) {
            surprises.push(
              `${where}: expected ${expectedStatus(cell)}, got ${sent.response.status} ${JSON.stringify(sent.response.body).slice(0, 300)}`,
            );
            continue;
          }
          if (cell.outcome !== 'allow') continue;
          const problem = await checkCell(world, cell, sent, () => undefined);
          if (problem) surprises.push(`${where}: ${problem}`);
        }
      }),
    );
  }
}

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

/**
 * What a browser does that the matrix's requests (Node's fetch, which the API counts as a script)
 * do not, each as the suite that owns it does it: a proof image through the presigned URLs
 * (functions/challenges/challenges-api.test.ts) and its thumbnail, made by the media function
 * from the upload's event and shown in review and the gallery (test/media.test.ts), the links page from an ambassador's own browser
 * (test/fraud-flags.test.ts), and a monthly report the scheduler never writes (three months back:
 * it writes last month's and, until it is final, the one before).
 */
async function browserRequests(): Promise<void> {
  const { A } = world;
  // A real 1 × 1 PNG: the thumbnailer decodes it.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const upload = ok(
    await api.call(A.amb1.user, 'POST', `/api/programs/${A.programId}/uploads`, {
      contentType: 'image/png',
      size: png.length,
    }),
    201,
  );
  const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body: png });
  expect(put.status).toBe(200);
  await deployment.objectCreated(services().mediaBucket, upload.key, png.length);
  const submitted = ok(
    await api.call(
      A.amb1.user,
      'POST',
      `/api/programs/${A.programId}/challenges/${A.challengeId}/submissions`,
      {
        postUrl: `https://www.instagram.com/p/IAMPROOF${Date.now().toString(36).toUpperCase()}/`,
        platform: 'instagram',
        caption: 'Proof #ad',
        proofImageKey: upload.key,
      },
    ),
    201,
  ).submission;
  const reviewed = ok(
    await api.call(A.manager, 'GET', `/api/programs/${A.programId}/submissions/${submitted.submissionId}`),
  );
  const image = await fetch(reviewed.proofImageUrl);
  expect(Buffer.from(await image.arrayBuffer())).toEqual(png);
  const thumbnail = await fetch(reviewed.thumbnailUrl);
  expect([thumbnail.status, thumbnail.headers.get('content-type')]).toEqual([200, 'image/webp']);
  // Approved, the post shows its thumbnail in the gallery (served by content) too.
  ok(
    await api.call(
      A.manager,
      'POST',
      `/api/programs/${A.programId}/submissions/${submitted.submissionId}/review`,
      {
        decision: 'approve',
        version: submitted.version,
      },
    ),
  );
  const gallery = ok(await api.call(A.amb1.user, 'GET', `/api/programs/${A.programId}/gallery?limit=100`));
  const shown = gallery.items.find(
    (item: { submissionId: string }) => item.submissionId === submitted.submissionId,
  );
  expect((await fetch(shown.thumbnailUrl)).status).toBe(200);

  ok(
    await api.call(A.amb1.user, 'GET', `/api/programs/${A.programId}/links`, undefined, {
      'user-agent': BROWSER,
    }),
  );
  const now = new Date();
  const threeMonthsBack = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1))
    .toISOString()
    .slice(0, 7);
  ok(await api.call(A.owner, 'GET', `/api/programs/${A.programId}/reports/monthly/${threeMonthsBack}`));
  // A password reset by the emailed code, as the user pool's trigger hears of it.
  await deployment.cognitoTrigger('PostConfirmation', {
    version: '1',
    triggerSource: 'PostConfirmation_ConfirmForgotPassword',
    region: LOCAL_REGION,
    userPoolId: services().userPoolId,
    userName: A.amb1.user.email,
    callerContext: { awsSdkVersion: '3', clientId: services().clientId },
    request: { userAttributes: { sub: A.amb1.user.id, email: A.amb1.user.email } },
    response: {},
  });
}

beforeAll(async () => {
  started = Date.now();
  // Prepare: the bundles and the template, as `cdk deploy -c mailFrom=…` builds them.
  await bundleAll(bundleDir);
  useBundlesIn(bundleDir);
  stack = new EmbassyStack(
    new App({ context: { ...CDK_JSON_CONTEXT, [MAIL_FROM_CONTEXT]: MAIL_FROM } }),
    'Embassy',
  );
  const template = Template.fromStack(stack).toJSON() as TemplateJson;
  functions = templateFunctions(template, stack);

  const { s3Endpoint, cognitoEndpoint, userPoolId, clientId, mediaBucket } = services();
  const described = await localDynamo(dynamoEndpoint()).send(
    new DescribeTableCommand({ TableName: tableName }),
  );
  const id = (element: unknown) => stack.getLogicalId(element as CfnElement);
  resources = localResources(template, {
    [id(stack.table.node.defaultChild)]: {
      type: 'table',
      ref: tableName,
      attributes: { Arn: tableArn(tableName), StreamArn: described.Table?.LatestStreamArn ?? '' },
    },
    [id(stack.mediaBucket.node.defaultChild)]: {
      type: 'bucket',
      ref: mediaBucket,
      attributes: { Arn: `arn:aws:s3:::${mediaBucket}` },
    },
    [id(stack.userPool.node.defaultChild)]: {
      type: 'user pool',
      ref: userPoolId,
      // The privacy function's AdminDeleteUser grant names it (account deletion).
      attributes: { Arn: `arn:aws:cognito-idp:${LOCAL_REGION}:${LOCAL_ACCOUNT}:userpool/${userPoolId}` },
    },
    [id(stack.userPoolClient.node.defaultChild)]: { type: 'user pool client', ref: clientId, attributes: {} },
  });
  policies = Object.fromEntries(
    FUNCTION_NAMES.map((name) => [
      name,
      { roleId: functions[name].roleId, statements: resolveStatements(functions[name], resources) },
    ]),
  ) as typeof policies;
  const secrets: Record<string, string> = Object.fromEntries(
    Object.values(resources)
      .filter((resource) => resource.ref?.startsWith('arn:aws:secretsmanager:'))
      .map((resource, i) => [resource.ref, `generated-secret-${i}-0123456789abcdefghijklmnopqrstuvwxyz`]),
  );
  // CloudFront sends one value of the origin secret's JSON object in its origin header, as here.
  const originArn = resources[id(stack.originSecret.node.defaultChild)]?.ref;
  if (!originArn) throw new Error('the origin secret is not in the template');
  const originValue = 'origin-value-0123456789abcdefghijklmnopqrstuvwxyz';
  secrets[originArn] = JSON.stringify({ [stack.originSecretKey]: originValue });
  // The matrix signs its unsubscribe link with the master key these bundles read.
  const masterKeyArn = Object.entries(resources).find(([logicalId]) =>
    logicalId.startsWith('SigningMasterKey'),
  )?.[1].ref;
  const masterKey = masterKeyArn ? secrets[masterKeyArn] : undefined;
  if (!masterKey) throw new Error('the signing master key is not in the template');
  useSigningMasterKey(masterKey);
  deployment = await deployLocally({
    functions,
    resources,
    bundleDir,
    tableName,
    dynamoEndpoint: dynamoEndpoint(),
    s3Endpoint,
    cognitoEndpoint,
    secrets,
  });
  api = await startApi({ handlers: deployment.handlers, headers: { [ORIGIN_HEADER]: originValue } });

  // Act: the matrix's world and cells through the gateway, the stream and the clock.
  world = await buildWorld(api, {
    runScheduler: async () => {
      await deployment.runScheduled('scheduler', new Date(Date.now() + 60_000));
    },
  });
  await deployment.drain();
  await deployment.drain();
  await runCells(selectedCells());
  await browserRequests();
  // Forty days on: the challenges close, and the month's reports are written.
  await deployment.runScheduled('scheduler', new Date(Date.now() + 40 * 86_400_000));
  await deployment.drain();
  await deployment.drain();
  envReports = Object.fromEntries(
    await Promise.all(
      FUNCTION_NAMES.map(async (name) => [name, await deployment.hosts[name].report()] as const),
    ),
  ) as typeof envReports;
  // The local poller finds the stream with DescribeTable; in AWS the mapping is given the stream ARN.
  checkedCalls = deployment.calls.filter(
    (call) => !(call.source === 'event-source-mapping' && call.service === 'dynamodb'),
  );
}, 600_000);

afterAll(async () => {
  await api?.close();
  await deployment?.stop();
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('IAM and environment, proven on the deployed bundles', () => {
  it('answers every driven request as the matrix expects', () => {
    console.info(`iam proof: driven in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(surprises).toEqual([]);
  });

  it('runs every function and every route', () => {
    expect(
      FUNCTION_NAMES.filter((name) => deployment.invocations[name] === 0),
      'functions never invoked',
    ).toEqual([]);
    const invoked = new Set(deployment.routes.map((r) => r.routeKey));
    const succeeded = new Set(deployment.routes.filter((r) => r.status < 400).map((r) => r.routeKey));
    expect(
      ROUTES.map(routeKey).filter((key) => !invoked.has(key)),
      'routes never invoked',
    ).toEqual([]);
    // The greedy routes exist to answer unknown paths with an error-shaped 404 (or 405).
    expect(
      ROUTES.map(routeKey).filter((key) => !succeeded.has(key) && !key.endsWith('{proxy+}')),
      'routes never answered with success',
    ).toEqual([]);
    // The calls reached what the template names: DynamoDB answered only with the conflicts the
    // stores expect (a wrong table name would be ResourceNotFoundException), and every S3, Secrets
    // Manager, SES and SQS call succeeded (a wrong bucket, secret ARN, queue URL or signature would not).
    const expectedErrors = new Set(['ConditionalCheckFailedException', 'TransactionCanceledException']);
    expect(
      checkedCalls
        .filter((c) => c.status >= 400 && !(c.service === 'dynamodb' && expectedErrors.has(c.error ?? '')))
        .map((c) => `${c.fn} ${c.operation} ${c.resource}: ${c.status} ${c.error}`),
    ).toEqual([]);
    expect(deployment.parked(), 'stream records and queue messages that failed every retry').toEqual({});
    expect(deployment.sentEmails(), 'emails the notifier sent through SES').toBeGreaterThan(0);
    expect(deployment.queueDeliveries().webhookSender, 'webhook attempts run from the queue').toBeGreaterThan(
      0,
    );
    const pairs = new Set(checkedCalls.map((call) => `${call.fn} ${call.action} ${call.resource}`));
    console.info(
      `iam proof: ${checkedCalls.length} AWS calls by ${new Set(checkedCalls.map((c) => c.fn)).size} functions, ` +
        `${pairs.size} distinct function × action × resource, over ${deployment.routes.length} API invocations`,
    );
  });

  it('makes no AWS call that its role in the template does not allow', () => {
    const violations = findViolations(checkedCalls, policies, resources);
    expect(violations.map((v) => v.message)).toEqual([]);
  });

  it('reports a dropped action as exactly the missing statement', () => {
    // Prepare: the challenges role without dynamodb:ConditionCheckItem, as if the grant forgot it.
    const mutated = {
      ...policies,
      challenges: {
        ...policies.challenges,
        statements: policies.challenges.statements.map((s) => ({
          ...s,
          actions: s.actions.filter((a) => a !== 'dynamodb:ConditionCheckItem'),
        })),
      },
    };

    // Act
    const violations = findViolations(checkedCalls, mutated, resources);

    // Assess
    expect(violations.map((v) => [v.fn, v.action, v.resource, v.missing])).toEqual([
      [
        'challenges',
        'dynamodb:ConditionCheckItem',
        tableArn(tableName),
        {
          Effect: 'Allow',
          Action: 'dynamodb:ConditionCheckItem',
          Resource: { 'Fn::GetAtt': [tableId(), 'Arn'] },
        },
      ],
    ]);
    console.info(violations.map((v) => v.message).join('\n'));
  });

  it('lists every grant no call used, each with its reason', async () => {
    const usage = grantUsage(checkedCalls, policies);
    const unused = usage.filter((row) => row.calls === 0);
    const reasonOf = (row: GrantUsage) =>
      UNUSED_GRANTS.find(
        (entry) =>
          (entry.functions === undefined || entry.functions.includes(row.fn)) &&
          entry.actions.includes(row.action) &&
          entry.resource.test(row.resource),
      );
    console.info(usageTable(usage, reasonOf));
    expect(
      unused.filter((row) => !reasonOf(row)).map((row) => `${row.fn}: ${row.action} on ${row.resource}`),
      'grants nothing uses and no reason explains: remove them from the stack or give the reason in cdk/iam-proof/accepted.ts',
    ).toEqual([]);
    const usedReasons = new Set(unused.map(reasonOf));
    expect(
      UNUSED_GRANTS.filter((entry) => !usedReasons.has(entry)).map((entry) => entry.reason),
      'reasons that explain no unused grant',
    ).toEqual([]);
    await expect(usageReport(usage, reasonOf)).toMatchFileSnapshot('./__snapshots__/iam-usage.md');
  });

  it('sets every variable a bundle reads, and reads every variable the template sets', () => {
    const facts = envFacts();
    const { problems, idleReasons } = envProblems(facts);
    expect(problems).toEqual([]);
    expect(idleReasons, 'reasons that explain no variable').toEqual([]);
    // Every variable of the env module is accounted for: set by the template or Lambda, or explained.
    const setAnywhere = new Set(Object.values(facts.set).flat());
    expect(
      ENV_VARIABLES.filter(
        (v) => !setAnywhere.has(v) && !facts.lambda.includes(v) && !VARIABLES_NOT_IN_THE_TEMPLATE[v],
      ),
    ).toEqual([]);
    // The harness's own variables are each read by some function, or they point nowhere.
    const readAnywhere = new Set(FUNCTION_NAMES.flatMap((name) => envReports[name].envReads));
    expect(
      Object.keys(LOCAL_ONLY_VARIABLES).filter((v) => v !== 'PATH' && v !== 'HOME' && !readAnywhere.has(v)),
    ).toEqual([]);
    console.info(envTable(facts));
  });

  it('reports a variable set that nothing reads, and one a function needs that is missing', () => {
    // Prepare: the template as if rollups got a stray variable and challenges lost its bucket.
    const facts = envFacts();
    const set = {
      ...facts.set,
      rollups: [...facts.set.rollups, 'UNREAD_VARIABLE'],
      challenges: facts.set.challenges.filter((v) => v !== 'MEDIA_BUCKET'),
    };

    // Act
    const { problems } = envProblems({ ...facts, set });

    // Assess
    expect(problems).toEqual([
      'challenges: needs MEDIA_BUCKET, which the template does not set',
      'rollups: the template sets UNREAD_VARIABLE, which nothing in its bundle reads',
    ]);
  });
});

/** What the environment check works from: the template, the bundles, and what each process saw. */
function envFacts(): EnvFacts {
  const byFunction = <T>(of: (name: FunctionName) => T) =>
    Object.fromEntries(FUNCTION_NAMES.map((name) => [name, of(name)])) as Record<FunctionName, T>;
  return {
    set: byFunction((name) => Object.keys(functions[name].environment)),
    reads: byFunction((name) => bundleEnvReads(join(bundleDir, name), ENV_VARIABLES)),
    sourceMapsEnabled: byFunction((name) => envReports[name].sourceMapsEnabled),
    required: requiredVariables(),
    lambda: LAMBDA_RUNTIME_VARIABLES,
    accepted: VARIABLES_NOT_IN_THE_TEMPLATE,
  };
}

/** Per function: what the template sets, and what the bundle reads that it does not. */
function envTable(facts: EnvFacts): string {
  return FUNCTION_NAMES.map((name) => {
    const set = facts.set[name];
    const schemaOnly = set.filter((v) => facts.required.includes(v) && !facts.reads[name].has(v));
    const unset = [...facts.reads[name]].filter((v) => !set.includes(v));
    const note = schemaOnly.length
      ? ` (${schemaOnly.join(', ')}: only because shared/platform/env.ts requires it)`
      : '';
    return `${name}: the template sets ${set.join(', ')}${note}; the bundle also reads ${unset.join(', ')}`;
  }).join('\n');
}

function tableId(): string {
  return stack.getLogicalId(stack.table.node.defaultChild as CfnElement);
}

/** The env module's variables without which parsing fails. */
function requiredVariables(): string[] {
  try {
    parseEnv({});
    return [];
  } catch (error) {
    return ENV_VARIABLES.filter((name) => (error as Error).message.includes(`${name}:`));
  }
}

type ReasonOf = (row: GrantUsage) => { reason: string } | undefined;

function usageTable(usage: GrantUsage[], reasonOf: ReasonOf): string {
  return [
    'function | action | resource | calls | unused because',
    ...usage.map(
      (row) =>
        `${row.fn} | ${row.action} | ${row.resource} | ${row.calls} | ${row.calls ? '' : (reasonOf(row)?.reason ?? 'NO REASON')}`,
    ),
  ].join('\n');
}

/** The review copy: used or not per grant, with the reason (no counts: they vary with timing). */
function usageReport(usage: GrantUsage[], reasonOf: ReasonOf): string {
  const reasons: string[] = [];
  const mark = (row: GrantUsage) => {
    if (row.calls > 0) return 'used';
    const reason = reasonOf(row)?.reason ?? 'NO REASON';
    if (!reasons.includes(reason)) reasons.push(reason);
    return `unused<sup>${reasons.indexOf(reason) + 1}</sup>`;
  };
  const rows = usage.map((row) => `| ${row.fn} | \`${row.action}\` | \`${row.resource}\` | ${mark(row)} |`);
  return [
    '# IAM grants and their use (generated by cdk/iam-proof.test.ts)',
    '',
    "Each action × resource of each function's role in the synthesised template (with `-c mailFrom`), and",
    'whether a call recorded while the authorization matrix, the stream consumers and the scheduler ran on the',
    'deployed bundles used it. An unused grant fails the test unless a reason below explains it.',
    '',
    '| Function | Action | Resource | |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Why a grant is unused',
    '',
    ...reasons.map((reason, i) => `${i + 1}. ${reason}`),
    '',
  ].join('\n');
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnElement, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../local/provision.ts';
import { TABLE } from '../shared/platform/db/table.ts';
import { ORIGIN_HEADER } from '../shared/platform/http/origin-header.ts';
import { METRIC_NAMESPACE, METRICS } from '../shared/platform/metrics.ts';
import {
  FUNCTIONS,
  type FunctionDefinition,
  type FunctionName,
  ROUTES,
  THROTTLES,
  throttleOf,
} from '../shared/platform/routes.ts';
import {
  API_GATEWAY_TIMEOUT_MS,
  SDK_TIMEOUTS,
  SECRET_FETCH_TIMEOUT_MS,
  sdkCallWorstCaseMs,
} from '../shared/platform/timeout-ladder.ts';
import { COUNTED_LOG } from '../shared/reports/counted-log.ts';
import {
  ALARM_EMAIL_CONTEXT,
  CERTIFICATE_ARN_CONTEXT,
  DEFAULT_REDIRECT_CONCURRENCY,
  DOMAIN_NAME_CONTEXT,
  EmbassyStack,
  MAIL_FROM_CONTEXT,
  MEDIA_NONCURRENT_VERSION_DAYS,
  ORIGIN_SECRET_KEY_CONTEXT,
  parseMailbox,
  REDIRECT_CONCURRENCY_CONTEXT,
  STAGE_CONTEXT,
  USER_POOL_EMAIL_CONTEXT,
} from './embassy-stack.ts';
import { NAG_SUPPRESSIONS, type NagSuppression } from './nag-suppressions.ts';
import { FREE_DASHBOARD_METRICS } from './operations-dashboards.ts';

/** Managed CloudFront policy ids (fixed by AWS). */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
/** Functions fed by the table's stream, with what they subscribe to. */
const STREAM_FUNCTIONS = FUNCTION_NAMES.flatMap((name) => {
  const { stream }: FunctionDefinition = FUNCTIONS[name];
  return stream ? [{ name, stream }] : [];
});
const QUEUE_FUNCTIONS = FUNCTION_NAMES.flatMap((name) => {
  const { queue, timeoutSeconds }: FunctionDefinition = FUNCTIONS[name];
  return queue ? [{ name, queue, timeoutSeconds }] : [];
});
const STREAM_READ_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
] as const;
const MAIL_FROM = 'Embassy <hello@example.com>';
const ALARM_EMAIL = 'ops@brand.example';
const DOMAIN = 'ambassadors.brand.example';
const CERTIFICATE_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
/** Every context value set, as a production deploy would: `cdk deploy -c stage=prod -c mailFrom=…`. */
const FULL_CONTEXT = {
  [MAIL_FROM_CONTEXT]: MAIL_FROM,
  [STAGE_CONTEXT]: 'prod',
  [DOMAIN_NAME_CONTEXT]: DOMAIN,
  [CERTIFICATE_ARN_CONTEXT]: CERTIFICATE_ARN,
  [ALARM_EMAIL_CONTEXT]: ALARM_EMAIL,
  [USER_POOL_EMAIL_CONTEXT]: 'ses',
};
/** The options a rotation and a smaller account would pass, as `-c` values (strings). */
const OPTIONS_CONTEXT = { [ORIGIN_SECRET_KEY_CONTEXT]: 'v2', [REDIRECT_CONCURRENCY_CONTEXT]: '25' };
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource?: unknown };

// Synthesising bundles every function with esbuild, so it happens once for the whole file.
let app: App;
let stack: EmbassyStack;
let template: Template;
/** The same stack with every context value set (FULL_CONTEXT): full, production, a domain, alarm email. */
let full: { app: App; stack: EmbassyStack; template: Template };
/** The default stack with OPTIONS_CONTEXT: a rotated origin secret and a small reservation. */
let options: { stack: EmbassyStack; template: Template };

/** cdk.json's feature flags, so the tests build what `cdk synth` builds (they change IAM policies, for one). */
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

beforeAll(() => {
  app = new App({ context: CDK_JSON_CONTEXT });
  stack = new EmbassyStack(app, 'Embassy');
  template = Template.fromStack(stack);
  const fullApp = new App({ context: { ...CDK_JSON_CONTEXT, ...FULL_CONTEXT } });
  const fullStack = new EmbassyStack(fullApp, 'Embassy');
  full = { app: fullApp, stack: fullStack, template: Template.fromStack(fullStack) };
  const optionsStack = new EmbassyStack(
    new App({ context: { ...CDK_JSON_CONTEXT, ...OPTIONS_CONTEXT } }),
    'Embassy',
  );
  options = { stack: optionsStack, template: Template.fromStack(optionsStack) };
}, 300_000);

const logicalId = (construct: IConstruct, of: EmbassyStack = stack): string =>
  of.getLogicalId(construct.node.defaultChild as CfnElement);

/** Every IAM statement granted to one function's role. */
function statementsOf(name: FunctionName, of = { stack, template }): Statement[] {
  const roleId = logicalId(of.stack.functions[name].role, of.stack);
  const policies = Object.values(
    of.template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
    }),
  ) as Resource[];
  return policies.flatMap(
    (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
  );
}

/** Every IAM action granted to one function's role. */
function actionsOf(name: FunctionName, of = { stack, template }): string[] {
  return statementsOf(name, of).flatMap((statement) => [statement.Action].flat());
}

/** Whether a statement applies to the table's stream (and nothing else). */
function isOnStream(statement: Statement): boolean {
  return (
    JSON.stringify(statement.Resource) ===
    JSON.stringify({ 'Fn::GetAtt': [logicalId(stack.table), 'StreamArn'] })
  );
}

/** One function's environment variables. */
function environmentOf(name: FunctionName, of = { stack, template }): Record<string, unknown> {
  const fn =
    of.template.findResources('AWS::Lambda::Function')[logicalId(of.stack.functions[name].fn, of.stack)];
  return (fn?.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
}

/** Every acknowledged cdk-nag finding in a stack: its id, its reason and where. */
function acknowledgementsIn(of: EmbassyStack): Array<{ id: string; reason: string; path: string }> {
  return of.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          // Recorded with the CDK's namespace, as `Annotation::AwsSolutions-COG1`.
          id: id.replace(/^[A-Za-z-]+::/, ''),
          reason,
          path: construct.node.path,
        })),
      ),
  );
}

/** The logical id of the one resource of a type whose properties match. */
function idOf(type: string, properties: Record<string, unknown>, of = template): string {
  const ids = Object.keys(of.findResources(type, { Properties: properties }));
  expect(ids, `${type} ${JSON.stringify(properties)}`).toHaveLength(1);
  return ids[0] ?? '';
}

describe('EmbassyStack', () => {
  it('invokes each scheduled function on its schedule', () => {
    const scheduled = Object.entries(FUNCTIONS).filter(([, d]) => 'schedule' in d && d.schedule);
    expect(scheduled.length).toBeGreaterThan(0);
    template.resourceCountIs('AWS::Scheduler::Schedule', scheduled.length);
    for (const [, definition] of scheduled) {
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: (definition as { schedule: string }).schedule,
        State: 'ENABLED',
      });
    }
  });

  describe('table', () => {
    it('has the same key schema and indexes as the local table (both built from shared/platform/db/table.ts)', () => {
      const local = tableDefinition('any');
      template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        KeySchema: local.KeySchema,
        GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
        // Every key attribute, with its type (the ranking's sort key is a number).
        AttributeDefinitions: Match.arrayWith(local.AttributeDefinitions ?? []),
        BillingMode: 'PAY_PER_REQUEST',
      });
    });

    it('has deletion protection in production only, and is retained either way', () => {
      const replica = (of: Template) =>
        (
          Object.values(of.findResources('AWS::DynamoDB::GlobalTable'))[0]?.Properties.Replicas as
            | Array<Record<string, unknown>>
            | undefined
        )?.[0];
      const pool = (of: Template) =>
        Object.values(of.findResources('AWS::Cognito::UserPool'))[0]?.Properties.DeletionProtection;

      expect(stack.isProduction).toBe(false);
      expect(replica(template)?.DeletionProtectionEnabled ?? false).toBe(false);
      expect(pool(template) ?? 'INACTIVE').toBe('INACTIVE');
      expect(full.stack.isProduction).toBe(true);
      expect(replica(full.template)?.DeletionProtectionEnabled).toBe(true);
      expect(pool(full.template)).toBe('ACTIVE');
      for (const of of [template, full.template]) {
        expect(Object.values(of.findResources('AWS::DynamoDB::GlobalTable'))[0]).toMatchObject({
          DeletionPolicy: 'Retain',
        });
      }
    });

    it('refuses a stage name that is not a plain word', () => {
      expect(() => new EmbassyStack(new App({ context: { [STAGE_CONTEXT]: 'Prod!' } }), 'Embassy')).toThrow(
        /Stage "Prod!"/,
      );
    });

    it('has point-in-time recovery, a NEW_AND_OLD_IMAGES stream and TTL', () => {
      full.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
      });
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
      });
    });
  });

  it('retains the stateful resources: table, user pool, web and media buckets', () => {
    const expected = { 'AWS::DynamoDB::GlobalTable': 1, 'AWS::Cognito::UserPool': 1, 'AWS::S3::Bucket': 2 };
    for (const [type, count] of Object.entries(expected)) {
      const resources = Object.values(template.findResources(type));
      expect(resources, type).toHaveLength(count);
      for (const resource of resources)
        expect(resource).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  describe('secrets', () => {
    const secretIds = () => ({
      CLICK_HASH_KEY: idOf('AWS::SecretsManager::Secret', {
        Description: Match.stringLikeRegexp('keyed hashes of visitors'),
      }),
      SIGNING_MASTER_KEY: idOf('AWS::SecretsManager::Secret', {
        Description: Match.stringLikeRegexp('master key'),
      }),
      ORIGIN_SECRET: logicalId(stack.originSecret),
    });
    /** Who reads which secret: the redirect hashes visitors; the functions behind API-key, Shopify and sales routes sign and seal. */
    const readers = (): Record<string, FunctionName[]> => ({
      // The same key as the redirect's, or an ambassador's own browser would never match a click;
      // accounts counts a visit to an ambassador's public page as a click of their link.
      CLICK_HASH_KEY: ['referrals', 'accounts', 'redirect'],
      SIGNING_MASTER_KEY: FUNCTION_NAMES.filter(
        (name) =>
          (FUNCTIONS[name] as FunctionDefinition).sealsSecrets ||
          ROUTES.some((r) => r.function === name && ['apiKey', 'shopify', 'sales'].includes(r.access)),
      ),
      // Every function behind a route checks that the request came through CloudFront.
      ORIGIN_SECRET: FUNCTION_NAMES.filter((name) => ROUTES.some((r) => r.function === name)),
    });

    it('are generated in Secrets Manager (48 characters; the keys retained), never written in the template', () => {
      const secrets = template.findResources('AWS::SecretsManager::Secret');
      expect(Object.keys(secrets)).toHaveLength(3);
      for (const secret of Object.values(secrets))
        expect(secret).toMatchObject({ Properties: { GenerateSecretString: { PasswordLength: 48 } } });
      for (const key of [secretIds().CLICK_HASH_KEY, secretIds().SIGNING_MASTER_KEY])
        expect(secrets[key]).toMatchObject({ DeletionPolicy: 'Retain' });
      // The origin secret only keeps CloudFront in front of the API: a new stack makes its own.
      expect(secrets[secretIds().ORIGIN_SECRET]).toMatchObject({
        DeletionPolicy: 'Delete',
        Properties: { GenerateSecretString: { SecretStringTemplate: '{}', GenerateStringKey: 'v1' } },
      });
      // The only reference to a secret's value: the origin header, resolved into CloudFront's configuration.
      const references = JSON.stringify(template.toJSON()).match(/resolve:secretsmanager/g) ?? [];
      expect(references).toHaveLength(1);
      for (const [id, resource] of Object.entries(template.toJSON().Resources as Record<string, unknown>))
        if (id !== logicalId(stack.distribution))
          expect(JSON.stringify(resource), id).not.toContain('resolve:secretsmanager');
    });

    it('reach the functions that need them as ARNs only, with a read grant on that one secret', () => {
      expect(readers().SIGNING_MASTER_KEY).toEqual(expect.arrayContaining(['referrals', 'rewards']));
      const ids = secretIds();
      for (const name of FUNCTION_NAMES) {
        const variables = environmentOf(name);
        const secretStatements = statementsOf(name).filter((s) =>
          [s.Action].flat().some((a) => a.startsWith('secretsmanager:')),
        );
        const expected = Object.entries(readers()).filter(([, names]) => names.includes(name));

        // The values themselves never sit in a function's configuration.
        expect(variables.CLICK_HASH_KEY, name).toBeUndefined();
        expect(variables.SIGNING_MASTER_KEY, name).toBeUndefined();
        for (const variable of Object.keys(ids)) {
          const reads = expected.some(([v]) => v === variable);
          expect(variables[`${variable}_ARN`], `${name} ${variable}`).toEqual(
            reads ? { Ref: ids[variable as keyof typeof ids] } : undefined,
          );
        }
        // IAM may merge grants into one statement with their resources, in any order.
        const byRef = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
        expect(secretStatements.flatMap((s) => [s.Resource].flat()).sort(byRef), name).toEqual(
          expected.map(([variable]) => ({ Ref: ids[variable as keyof typeof ids] })).sort(byRef),
        );
        for (const statement of secretStatements)
          expect([statement.Action].flat(), name).toContain('secretsmanager:GetSecretValue');
      }
    });
  });

  it('lets the challenges function presign proof-image uploads and reads, and nothing more', () => {
    const fn = template.findResources('AWS::Lambda::Function')[logicalId(stack.functions.challenges.fn)];
    expect(fn?.Properties.Environment.Variables.MEDIA_BUCKET).toBeDefined();
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: {
              'Fn::Join': [
                '',
                [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^MediaBucket'), 'Arn'] }, '/proofs/*'],
              ],
            },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['PUT', 'GET', 'HEAD'] })] },
    });
  });

  it('feeds the thumbnailer the uploads under proofs/: it reads those and writes thumbs/, and nothing else', () => {
    const bucketId = logicalId(stack.mediaBucket);
    const mediaId = logicalId(stack.functions.media.fn);
    const objects = (keys: string) => ({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${keys}`]],
    });
    const s3Statements = statementsOf('media')
      .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')))
      .map((statement) => ({ Action: statement.Action, Resource: statement.Resource }));
    expect(s3Statements).toEqual([
      { Action: 's3:GetObject', Resource: objects('proofs/*') },
      { Action: 's3:PutObject', Resource: objects('thumbs/*') },
    ]);
    expect(actionsOf('media').filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    // The function that shows thumbnails may read them (HeadObject, signed GETs), not write them.
    expect(statementsOf('challenges')).toContainEqual(
      expect.objectContaining({ Action: 's3:GetObject', Resource: objects('thumbs/*') }),
    );
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: bucketId },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'proofs/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [mediaId, 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [mediaId, 'Arn'] },
      Principal: 's3.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [bucketId, 'Arn'] },
    });
  });

  describe('functions', () => {
    it('creates one arm64 nodejs22.x function per row of FUNCTIONS, sized from the table', () => {
      for (const name of FUNCTION_NAMES) {
        const definition = FUNCTIONS[name];
        const resource = template.findResources('AWS::Lambda::Function')[logicalId(stack.functions[name].fn)];

        expect(resource?.Properties, name).toMatchObject({
          Architectures: ['arm64'],
          Runtime: 'nodejs22.x',
          MemorySize: definition.memoryMb,
          Timeout: definition.timeoutSeconds,
          Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps' } },
        });
        // API Gateway gives up after 30 s: a function behind a route must answer before that.
        if (ROUTES.some((route) => route.function === name)) {
          expect(resource?.Properties.Timeout, name).toBeLessThan(30);
        }
      }
    });

    it('logs to its own log group, kept for a month, with its own role', () => {
      const functions = template.findResources('AWS::Lambda::Function');
      const logGroups = template.findResources('AWS::Logs::LogGroup');
      const roles = template.findResources('AWS::IAM::Role');
      for (const name of FUNCTION_NAMES) {
        const { fn, logGroup, role } = stack.functions[name];

        expect(functions[logicalId(fn)]?.Properties, name).toMatchObject({
          LoggingConfig: { LogGroup: { Ref: logicalId(logGroup) } },
          Role: { 'Fn::GetAtt': [logicalId(role), 'Arn'] },
        });
        expect(logGroups[logicalId(logGroup)], name).toMatchObject({
          Properties: { RetentionInDays: 30 },
          DeletionPolicy: 'Delete',
        });
        // Least privilege: no AWSLambdaBasicExecutionRole, which may write to any log group.
        expect(roles[logicalId(role)]?.Properties.ManagedPolicyArns, name).toBeUndefined();
        expect(actionsOf(name), name).toEqual(
          expect.arrayContaining(['logs:CreateLogStream', 'logs:PutLogEvents']),
        );
      }
    });

    it('sets TABLE_NAME on every function, and Cognito settings on those with token-verifying routes', () => {
      const functions = template.findResources('AWS::Lambda::Function');
      for (const name of FUNCTION_NAMES) {
        const environment = functions[logicalId(stack.functions[name].fn)]?.Properties.Environment as
          | { Variables: Record<string, unknown> }
          | undefined;
        const variables = environment?.Variables ?? {};

        expect(variables.TABLE_NAME, name).toEqual({ Ref: logicalId(stack.table) });
        // The functions behind routes a signed-in user calls; none of the rest reads them.
        if (
          ![
            'programs',
            'challenges',
            'referrals',
            'rewards',
            'content',
            'analytics',
            'webhooks',
            'shopifyCodes',
            'privacy',
            'accounts',
          ].includes(name)
        ) {
          expect(variables.COGNITO_ISSUER, name).toBeUndefined();
          expect(variables.COGNITO_CLIENT_ID, name).toBeUndefined();
        } else {
          expect(variables.COGNITO_CLIENT_ID, name).toEqual({ Ref: logicalId(stack.userPoolClient) });
          expect(JSON.stringify(variables.COGNITO_ISSUER), name).toContain('https://cognito-idp.');
        }
      }
    });

    it('grants table access per the table column: read-only functions cannot write', () => {
      for (const name of FUNCTION_NAMES) {
        const actions = actionsOf(name);
        const access = FUNCTIONS[name].table as FunctionDefinition['table'];

        // Reading the stream is granted by the event source on the stream ARN, apart from this column.
        const tableActions = statementsOf(name)
          .filter((statement) => !isOnStream(statement))
          .flatMap((statement) => [statement.Action].flat())
          .filter((a) => a.startsWith('dynamodb:'));
        if (access === 'none') expect(tableActions, name).toEqual([]);
        if (access !== 'none') expect(actions, name).toContain('dynamodb:GetItem');
        if (access === 'read') for (const write of WRITE_ACTIONS) expect(actions, name).not.toContain(write);
        if (access === 'readAndPut') {
          for (const write of WRITE_ACTIONS.filter((w) => w !== 'dynamodb:PutItem'))
            expect(actions, name).not.toContain(write);
        }
        if (access === 'readWrite') expect(actions, name).toEqual(expect.arrayContaining([...WRITE_ACTIONS]));
      }
      expect(actionsOf('redirect')).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem']));
      expect(actionsOf('redirect')).not.toContain('dynamodb:UpdateItem');
      expect(actionsOf('redirect')).not.toContain('dynamodb:DeleteItem');
    });
  });

  describe('timeout ladder', () => {
    const timeoutMsOf = (name: FunctionName, of = { stack, template }) =>
      Number(
        of.template.findResources('AWS::Lambda::Function')[logicalId(of.stack.functions[name].fn, of.stack)]
          ?.Properties.Timeout,
      ) * 1000;

    // The ladder is per call: a request makes several, and each one that hangs must end in the
    // function's own error answer rather than a Lambda timeout.
    it('lets every SDK call give up (every attempt and the backoff) before its function times out', () => {
      const withTable = FUNCTION_NAMES.filter((name) => FUNCTIONS[name].table !== 'none');
      expect(withTable.length).toBeGreaterThan(0);
      for (const name of withTable) {
        // Each attempt is bounded by the request timeout; the stack must not loosen it.
        expect(environmentOf(name).DYNAMODB_TIMEOUT_MS, name).toBeUndefined();
        expect(SDK_TIMEOUTS.maxAttempts * SDK_TIMEOUTS.requestTimeoutMs, name).toBeLessThan(
          timeoutMsOf(name),
        );
        expect(sdkCallWorstCaseMs(), name).toBeLessThan(timeoutMsOf(name));
      }
      for (const name of FUNCTION_NAMES) {
        const variables = environmentOf(name);
        if (variables.CLICK_HASH_KEY_ARN || variables.SIGNING_MASTER_KEY_ARN)
          expect(SECRET_FETCH_TIMEOUT_MS, name).toBeLessThan(timeoutMsOf(name));
      }
    });

    it('has every function behind a route time out before API Gateway gives up on it', () => {
      const routed = FUNCTION_NAMES.filter((name) => ROUTES.some((route) => route.function === name));
      expect(routed.length).toBeGreaterThan(0);
      for (const name of routed) expect(timeoutMsOf(name), name).toBeLessThan(API_GATEWAY_TIMEOUT_MS);
      // API Gateway's own limit: an integration timeout, if set, is at most 30 s and above the function's.
      for (const [id, integration] of Object.entries(
        template.findResources('AWS::ApiGatewayV2::Integration'),
      )) {
        const timeout = integration.Properties.TimeoutInMillis ?? API_GATEWAY_TIMEOUT_MS;
        expect(timeout, id).toBeLessThanOrEqual(API_GATEWAY_TIMEOUT_MS);
        const name = routed.find(
          (n) =>
            JSON.stringify(integration.Properties.IntegrationUri) ===
            JSON.stringify({ 'Fn::GetAtt': [logicalId(stack.functions[n].fn), 'Arn'] }),
        );
        expect(name, id).toBeDefined();
        expect(timeoutMsOf(name as FunctionName), id).toBeLessThan(timeout);
      }
    });
  });

  describe('stream', () => {
    it('feeds each stream function with retries, bisection, partial failures and a parking queue', () => {
      expect(STREAM_FUNCTIONS.length).toBeGreaterThan(0);
      const queueId = logicalId(stack.parkedStreamRecords as IConstruct);
      const fromStream = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).filter(
        (m) => JSON.stringify(m.Properties.EventSourceArn).includes('StreamArn'),
      );
      expect(fromStream).toHaveLength(STREAM_FUNCTIONS.length);
      for (const { name, stream } of STREAM_FUNCTIONS) {
        template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: logicalId(stack.functions[name].fn) },
          EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table), 'StreamArn'] },
          StartingPosition: 'LATEST',
          // The summing consumers (rollups, analytics) take bigger, slower batches: fewer writes.
          BatchSize: stream.batchSize ?? 25,
          MaximumBatchingWindowInSeconds: stream.batchingWindowSeconds ?? 1,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          BisectBatchOnFunctionError: true,
          MaximumRetryAttempts: 3,
          MaximumRecordAgeInSeconds: 86_400,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
        });
      }
    });

    it('feeds each queue-fed function from a queue of its own: partial failures, parked after three receives, its URL in the environment', () => {
      expect(QUEUE_FUNCTIONS.map(({ name }) => name)).toEqual(['webhookSender']);
      const queues = template.findResources('AWS::SQS::Queue');
      const functions = template.findResources('AWS::Lambda::Function');
      for (const { name, queue, timeoutSeconds } of QUEUE_FUNCTIONS) {
        const fnId = logicalId(stack.functions[name].fn);
        const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).find(
          (m) =>
            JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: fnId }) &&
            !JSON.stringify(m.Properties.EventSourceArn).includes('StreamArn'),
        );
        expect(mapping?.Properties, name).toMatchObject({
          BatchSize: queue.batchSize,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        });
        const [queueId] = (
          (mapping as Resource).Properties.EventSourceArn as { 'Fn::GetAtt': [string, string] }
        )['Fn::GetAtt'];
        const properties = queues[queueId]?.Properties;
        expect(properties, name).toMatchObject({
          SqsManagedSseEnabled: true,
          VisibilityTimeout: 6 * timeoutSeconds,
          RedrivePolicy: { maxReceiveCount: 3 },
        });
        const parkedId = (properties.RedrivePolicy.deadLetterTargetArn as { 'Fn::GetAtt': [string, string] })[
          'Fn::GetAtt'
        ][0];
        expect(stack.deadLetterQueues.map((q) => logicalId(q))).toContain(parkedId);
        const variables = (
          (functions[fnId] as Resource).Properties.Environment as { Variables: Record<string, unknown> }
        ).Variables;
        expect(variables[queue.environment], name).toEqual({ Ref: queueId });
        expect(actionsOf(name)).toEqual(expect.arrayContaining(['sqs:SendMessage', 'sqs:ReceiveMessage']));
      }
    });

    it('filters each stream function to its events and entities', () => {
      const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Resource[];
      for (const { name, stream } of STREAM_FUNCTIONS) {
        const mapping = mappings.find(
          (m) =>
            JSON.stringify(m.Properties.FunctionName) ===
            JSON.stringify({ Ref: logicalId(stack.functions[name].fn) }),
        );
        const criteria = mapping?.Properties.FilterCriteria as
          | { Filters: Array<{ Pattern: string }> }
          | undefined;
        const patterns = (criteria?.Filters ?? []).map((filter) => JSON.parse(filter.Pattern));

        expect(patterns.length, name).toBeGreaterThan(0);

        expect(patterns.flatMap((p) => p.eventName).sort(), name).toEqual([...stream.events].sort());
        for (const pattern of patterns) {
          const image = pattern.eventName.includes('REMOVE') ? 'OldImage' : 'NewImage';
          expect(pattern.dynamodb[image].entity.S, name).toEqual(stream.entities);
        }
      }
    });

    it('grants stream reads to the stream functions only, and sending to the parking queue', () => {
      for (const name of FUNCTION_NAMES) {
        const streamActions = statementsOf(name)
          .filter(isOnStream)
          .flatMap((statement) => [statement.Action].flat());
        if (STREAM_FUNCTIONS.some((s) => s.name === name)) {
          expect(streamActions, name).toEqual(expect.arrayContaining([...STREAM_READ_ACTIONS]));
          expect(actionsOf(name), name).toContain('sqs:SendMessage');
        } else {
          expect(streamActions, name).toEqual([]);
        }
      }
    });
  });

  describe('dead-letter queues and alarms', () => {
    const SCHEDULED = FUNCTION_NAMES.filter((name) => (FUNCTIONS[name] as FunctionDefinition).schedule);

    it('has one queue for parked stream records, one for failed scheduled runs and one per queue-fed function, each with an alarm', () => {
      const queues = stack.deadLetterQueues;
      const ids = queues.map((queue) => logicalId(queue));
      expect(ids).toContain(logicalId(stack.parkedStreamRecords as IConstruct));
      expect(ids).toContain(logicalId(stack.failedScheduledRuns as IConstruct));
      expect(queues).toHaveLength(2 + QUEUE_FUNCTIONS.length);
      // Each queue-fed function's own queue, besides the dead-letter ones.
      template.resourceCountIs('AWS::SQS::Queue', queues.length + QUEUE_FUNCTIONS.length);
      for (const queue of queues) {
        const queueId = logicalId(queue);
        expect(template.findResources('AWS::SQS::Queue')[queueId]?.Properties).toMatchObject({
          SqsManagedSseEnabled: true,
          MessageRetentionPeriod: 14 * 86_400,
        });
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: queueId }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          Threshold: 1,
          EvaluationPeriods: 1,
          TreatMissingData: 'notBreaching',
        });
      }
    });

    it('parks a scheduled run that the scheduler cannot deliver or the function fails, after two retries', () => {
      expect(SCHEDULED.length).toBeGreaterThan(0);
      const queueArn = { 'Fn::GetAtt': [logicalId(stack.failedScheduledRuns as IConstruct), 'Arn'] };
      for (const name of SCHEDULED) {
        const fnId = logicalId(stack.functions[name].fn);
        template.hasResourceProperties('AWS::Scheduler::Schedule', {
          Target: Match.objectLike({
            Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
            DeadLetterConfig: { Arn: queueArn },
            RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
          }),
        });
        template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: fnId },
          MaximumRetryAttempts: 2,
          DestinationConfig: { OnFailure: { Destination: queueArn } },
        });
        expect(actionsOf(name), name).toContain('sqs:SendMessage');
      }
      // Only scheduled functions are invoked asynchronously.
      template.resourceCountIs('AWS::Lambda::EventInvokeConfig', SCHEDULED.length);
    });

    it("alarms on the functions' errors and throttles (Lambda's account-wide metrics), at the first one in five minutes", () => {
      for (const metric of ['Errors', 'Throttles']) {
        const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
          (alarm) => alarm.Properties.Namespace === 'AWS/Lambda' && alarm.Properties.MetricName === metric,
        );
        expect(alarms, metric).toHaveLength(1);
        expect(alarms[0]?.Properties).toMatchObject({
          Statistic: 'Sum',
          Period: 300,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          Threshold: 1,
          TreatMissingData: 'notBreaching',
        });
        // No dimension: every function of the account, so a new function is watched too.
        expect(alarms[0]?.Properties.Dimensions).toBeUndefined();
      }
    });

    it("alarms on the API's 5xx answers", () => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
        Dimensions: [{ Name: 'ApiId', Value: { Ref: logicalId(stack.httpApi) } }],
        Statistic: 'Sum',
        Threshold: 1,
      });
    });

    it('has exactly these alarms, within the 10 CloudWatch gives free: functions, one per dead-letter queue, the API', () => {
      const expected = 2 + stack.deadLetterQueues.length + 1;
      expect(stack.alarms).toHaveLength(expected);
      template.resourceCountIs('AWS::CloudWatch::Alarm', expected);
      expect(expected).toBeLessThanOrEqual(10);
    });

    it('sends every alarm to an SNS topic (TLS only) with the alarm email, and has no topic without one', () => {
      template.resourceCountIs('AWS::SNS::Topic', 0);
      for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm')))
        expect(alarm.Properties.AlarmActions).toBeUndefined();

      const topicId = logicalId(full.stack.alarmTopic as IConstruct, full.stack);
      full.template.resourceCountIs('AWS::SNS::Topic', 1);
      full.template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: ALARM_EMAIL,
        TopicArn: { Ref: topicId },
      });
      full.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      const alarms = Object.values(full.template.findResources('AWS::CloudWatch::Alarm'));
      expect(alarms).toHaveLength(full.stack.alarms.length);
      for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    });
  });

  describe('mail', () => {
    it('sends no mail and grants no SES without a sender', () => {
      expect(environmentOf('notifier')).toMatchObject({ MAIL_TRANSPORT: 'none' });
      expect(environmentOf('notifier').MAIL_FROM).toBeUndefined();
      for (const name of FUNCTION_NAMES) {
        expect(
          actionsOf(name).filter((a) => a.startsWith('ses:')),
          name,
        ).toEqual([]);
      }
    });

    it('sends through SES from the mailFrom context, granted on identities only', () => {
      expect(environmentOf('notifier', full)).toMatchObject({ MAIL_TRANSPORT: 'ses', MAIL_FROM });
      const statement = statementsOf('notifier', full).find((s) =>
        [s.Action].flat().includes('ses:SendEmail'),
      );
      // SES v2 SendEmail with simple content needs ses:SendEmail alone (cdk/iam-proof.test.ts).
      expect(statement?.Action).toEqual('ses:SendEmail');
      expect(JSON.stringify(statement?.Resource)).toContain(':identity/*');
      for (const name of FUNCTION_NAMES.filter((n) => n !== 'notifier')) {
        expect(
          actionsOf(name, full).filter((a) => a.startsWith('ses:')),
          name,
        ).toEqual([]);
        expect(environmentOf(name, full).MAIL_FROM, name).toBeUndefined();
      }
    });
  });

  describe('HTTP API', () => {
    it('has exactly one route per row of ROUTES', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length);
      for (const route of ROUTES) {
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          RouteKey: `${route.method} ${route.path}`,
        });
      }
    });

    it("sends each route to its row's function", () => {
      const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
      const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
      for (const route of ROUTES) {
        const resource = routes.find((r) => r.Properties.RouteKey === `${route.method} ${route.path}`);
        const target = JSON.stringify(resource?.Properties.Target);
        const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1] ?? '';

        expect(integrations[integrationId]?.Properties.IntegrationUri, route.path).toEqual({
          'Fn::GetAtt': [logicalId(stack.functions[route.function].fn), 'Arn'],
        });
      }
    });

    /** The default stage: the only one. */
    const stageOf = (of = template) => {
      const stages = Object.entries(of.findResources('AWS::ApiGatewayV2::Stage'));
      expect(stages).toHaveLength(1);
      const [id, resource] = stages[0] ?? ['', { Properties: {} }];
      return { id, resource, properties: resource.Properties as Record<string, unknown> };
    };

    it('throttles every route with the numbers of its row in THROTTLES', () => {
      const { properties } = stageOf();
      const settings = properties.RouteSettings as Record<
        string,
        { ThrottlingBurstLimit: number; ThrottlingRateLimit: number }
      >;

      expect(Object.keys(settings).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
      for (const route of ROUTES) {
        const throttle = THROTTLES[throttleOf(route)];
        expect(settings[`${route.method} ${route.path}`], `${route.method} ${route.path}`).toEqual({
          ThrottlingBurstLimit: throttle.burst,
          ThrottlingRateLimit: throttle.rate,
        });
      }
      expect(properties.DefaultRouteSettings).toEqual({
        ThrottlingBurstLimit: THROTTLES.standard.burst,
        ThrottlingRateLimit: THROTTLES.standard.rate,
      });
    });

    it('throttles applications, conversions, refunds and the Shopify webhook harder; /r/ gets its own high cap', () => {
      const strict = [
        'POST /api/programs/{programId}/applications',
        'POST /api/programs/{programId}/conversions',
        'POST /api/programs/{programId}/conversions/{orderId}/refunds',
        'POST /api/webhooks/shopify/{programId}',
      ];
      const throttleAt = (key: string) => {
        const route = ROUTES.find((r) => `${r.method} ${r.path}` === key);
        expect(route, key).toBeDefined();
        return THROTTLES[throttleOf(route as (typeof ROUTES)[number])];
      };
      for (const key of strict) {
        expect(throttleAt(key).rate, key).toBeLessThan(THROTTLES.standard.rate);
        expect(throttleAt(key).burst, key).toBeLessThan(THROTTLES.standard.burst);
      }
      const redirects = ROUTES.filter((r) => r.path.startsWith('/r/'));
      expect(redirects.length).toBeGreaterThan(0);
      for (const route of redirects) {
        expect(throttleOf(route)).toBe('redirect');
      }
      expect(THROTTLES.redirect.burst).toBeGreaterThan(THROTTLES.standard.burst);
      // All routes share the account's regional limit: 10,000 a second, burst 5,000.
      for (const [name, throttle] of Object.entries(THROTTLES)) {
        expect(throttle.rate, name).toBeLessThanOrEqual(throttle.burst);
        expect(throttle.burst, name).toBeLessThan(5000);
      }
    });

    it('creates the routes before the stage that names them in its throttles', () => {
      const { resource } = stageOf();
      const routeIds = Object.keys(template.findResources('AWS::ApiGatewayV2::Route'));
      expect(resource.DependsOn).toEqual(expect.arrayContaining(routeIds));
    });

    it('access-logs the default stage in JSON, without IP addresses', () => {
      const { properties: stage } = stageOf();
      expect(stage.StageName).toBe('$default');
      expect((stage.AccessLogSettings as { Format: string }).Format).not.toContain('sourceIp');
      const format = JSON.parse((stage.AccessLogSettings as { Format: string }).Format);
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
      });
    });
  });

  describe('user pool', () => {
    it('signs in with email, verifies it and recovers by email only', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 8,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
          }),
        },
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      });
    });

    it('has the admins group', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', {
        GroupName: 'admins',
        UserPoolId: { Ref: logicalId(stack.userPool) },
      });
    });

    it('has a public web client with password and SRP sign-in and 1-hour ID tokens', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        ClientName: 'web',
        GenerateSecret: false,
        ExplicitAuthFlows: Match.arrayEquals([
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_USER_SRP_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
        ]),
        IdTokenValidity: 60,
        TokenValidityUnits: { IdToken: 'minutes' },
      });
    });
  });

  describe('web', () => {
    it('keeps both buckets private, without ACLs, encrypted, and refuses plain HTTP and TLS before 1.2', () => {
      const buckets = [stack.webBucket, stack.mediaBucket];
      template.resourceCountIs('AWS::S3::Bucket', buckets.length);
      for (const bucket of buckets) {
        const bucketId = logicalId(bucket);
        expect(template.findResources('AWS::S3::Bucket')[bucketId]?.Properties, bucketId).toMatchObject({
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
            ],
          },
        });
        template.hasResourceProperties('AWS::S3::BucketPolicy', {
          Bucket: { Ref: bucketId },
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
              Match.objectLike({
                Effect: 'Deny',
                Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
              }),
            ]),
          },
        });
      }
      expect(
        template.findResources('AWS::S3::Bucket')[logicalId(stack.webBucket)]?.Properties
          .VersioningConfiguration,
      ).toBeUndefined();
    });

    it('serves a custom domain with its us-east-1 certificate and TLS 1.2 or newer only', () => {
      full.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: [DOMAIN],
          ViewerCertificate: {
            AcmCertificateArn: CERTIFICATE_ARN,
            MinimumProtocolVersion: 'TLSv1.2_2021',
            SslSupportMethod: 'sni-only',
          },
        }),
      });
      full.template.hasOutput('Url', { Value: `https://${DOMAIN}` });
    });

    it("uses CloudFront's default certificate and policy without a custom domain", () => {
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({ Aliases: Match.absent(), ViewerCertificate: Match.absent() }),
      });
    });

    it('refuses a certificate outside us-east-1, and half a custom domain', () => {
      const withContext = (context: Record<string, string>) => () =>
        new EmbassyStack(new App({ context }), 'Embassy');
      expect(
        withContext({
          [DOMAIN_NAME_CONTEXT]: DOMAIN,
          [CERTIFICATE_ARN_CONTEXT]: CERTIFICATE_ARN.replace('us-east-1', 'eu-west-1'),
        }),
      ).toThrow(/in us-east-1/);
      expect(withContext({ [DOMAIN_NAME_CONTEXT]: DOMAIN })).toThrow(/needs both/);
    });

    it('forwards /api/* and /r/* to the HTTP API, uncached, with every viewer header but Host', () => {
      const apiBehavior = (pathPattern: string) =>
        Match.objectLike({
          PathPattern: pathPattern,
          CachePolicyId: CACHING_DISABLED,
          OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        });
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          CacheBehaviors: Match.arrayWith([apiBehavior('/api/*'), apiBehavior('/r/*')]),
          DefaultRootObject: 'index.html',
        }),
      });
    });

    it('serves dashboard routes with a viewer-request rewrite, not error responses that would mask API errors', () => {
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          CustomErrorResponses: Match.absent(),
          DefaultCacheBehavior: Match.objectLike({
            ViewerProtocolPolicy: 'redirect-to-https',
            FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
          }),
        }),
      });
    });

    it('serves the dashboard with a strict CSP, HSTS, nosniff, a referrer policy and no framing', () => {
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: Match.objectLike({
            ContentSecurityPolicy: {
              ContentSecurityPolicy: Match.anyValue(),
              Override: true,
            },
            StrictTransportSecurity: Match.objectLike({
              AccessControlMaxAgeSec: 63_072_000,
              IncludeSubdomains: true,
            }),
            ContentTypeOptions: { Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
          }),
        }),
      });
      const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
      const csp = JSON.stringify(policy);
      for (const directive of [
        "script-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "manifest-src 'self'",
        "worker-src 'self'",
        'cognito-idp.',
      ])
        expect(csp).toContain(directive);
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultCacheBehavior: Match.objectLike({ ResponseHeadersPolicyId: Match.anyValue() }),
        }),
      });
    });

    it('deploys the web files with config.json and invalidates the distribution', () => {
      template.hasResourceProperties('Custom::CDKBucketDeployment', {
        DestinationBucketName: { Ref: logicalId(stack.webBucket) },
        DistributionId: { Ref: logicalId(stack.distribution) },
        DistributionPaths: ['/*'],
      });
    });
  });

  describe('origin protection', () => {
    /** The distribution's origins, by id, and which origin each path pattern goes to. */
    const distribution = (of: Template) => {
      const config = (Object.values(of.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
        .DistributionConfig ?? {}) as {
        Origins: Array<{ Id: string; DomainName: unknown; OriginCustomHeaders?: unknown[] }>;
        CacheBehaviors: Array<{ PathPattern: string; TargetOriginId: string }>;
        DefaultCacheBehavior: { TargetOriginId: string };
      };
      return config;
    };
    const originHeaderOf = (of: { stack: EmbassyStack; template: Template }) => {
      const config = distribution(of.template);
      const apiOriginIds = config.CacheBehaviors.filter((b) =>
        ['/api/*', '/r/*'].includes(b.PathPattern),
      ).map((b) => b.TargetOriginId);
      expect(apiOriginIds).toHaveLength(2);
      expect(new Set(apiOriginIds).size).toBe(1);
      const apiOrigin = config.Origins.find((o) => o.Id === apiOriginIds[0]);
      expect(JSON.stringify(apiOrigin?.DomainName)).toContain('execute-api');
      // The web bucket's origin gets no such header.
      const webOrigin = config.Origins.find((o) => o.Id === config.DefaultCacheBehavior.TargetOriginId);
      expect(webOrigin?.OriginCustomHeaders).toBeUndefined();
      return apiOrigin?.OriginCustomHeaders;
    };
    const reference = (of: EmbassyStack, key: string) => [
      {
        HeaderName: ORIGIN_HEADER,
        HeaderValue: {
          'Fn::Join': [
            '',
            [
              '{{resolve:secretsmanager:',
              { Ref: logicalId(of.originSecret, of) },
              `:SecretString:${key}::}}`,
            ],
          ],
        },
      },
    ];

    it("has CloudFront add the origin secret's value as a header to every /api and /r request it forwards", () => {
      expect(originHeaderOf({ stack, template })).toEqual(reference(stack, 'v1'));
      expect(originHeaderOf(full)).toEqual(reference(full.stack, 'v1'));
    });

    it('sends the value the originSecretKey context names: changing it is how a rotation reaches CloudFront', () => {
      expect(originHeaderOf(options)).toEqual(reference(options.stack, 'v2'));
      expect(
        () => new EmbassyStack(new App({ context: { [ORIGIN_SECRET_KEY_CONTEXT]: 'v 2!' } }), 'Embassy'),
      ).toThrow(/Origin secret key "v 2!"/);
    });
  });

  describe('reserved concurrency', () => {
    const reservedOf = (of: { stack: EmbassyStack; template: Template }) =>
      Object.fromEntries(
        FUNCTION_NAMES.map((name) => [
          name,
          of.template.findResources('AWS::Lambda::Function')[logicalId(of.stack.functions[name].fn, of.stack)]
            ?.Properties.ReservedConcurrentExecutions,
        ]),
      );
    const onlyRedirect = (redirect: number | undefined) =>
      Object.fromEntries(FUNCTION_NAMES.map((name) => [name, name === 'redirect' ? redirect : undefined]));

    it('reserves the default for the redirect in production, and nothing elsewhere: its share and its ceiling', () => {
      expect(reservedOf(full)).toEqual(onlyRedirect(DEFAULT_REDIRECT_CONCURRENCY));
      // Lambda keeps 100 unreserved: the default fits an account with the default 1,000 limit.
      expect(DEFAULT_REDIRECT_CONCURRENCY + 100).toBeLessThanOrEqual(1000);
    });

    it('reserves nothing outside production (a new account has a limit of 10), or what the context says', () => {
      expect(reservedOf({ stack, template })).toEqual(onlyRedirect(undefined));
      expect(reservedOf(options)).toEqual(onlyRedirect(25));
      for (const bad of ['-1', '2.5', 'lots'])
        expect(
          () => new EmbassyStack(new App({ context: { [REDIRECT_CONCURRENCY_CONTEXT]: bad } }), 'Embassy'),
          bad,
        ).toThrow(/redirectConcurrency/);
    });
  });

  describe('user pool email', () => {
    const emailOf = (of: Template) =>
      Object.values(of.findResources('AWS::Cognito::UserPool'))[0]?.Properties.EmailConfiguration;

    it("sends with Cognito's own sender by default", () => {
      expect(emailOf(template)).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    });

    it('sends through SES from mailFrom, on its domain identity in the stack region, with -c userPoolEmail=ses', () => {
      expect(emailOf(full.template)).toEqual({
        EmailSendingAccount: 'DEVELOPER',
        From: MAIL_FROM,
        SourceArn: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':ses:',
              { Ref: 'AWS::Region' },
              ':',
              { Ref: 'AWS::AccountId' },
              ':identity/example.com',
            ],
          ],
        },
      });
    });

    it('refuses ses without a sender, and any other value', () => {
      const withContext = (context: Record<string, string>) => () =>
        new EmbassyStack(new App({ context }), 'Embassy');
      expect(withContext({ [USER_POOL_EMAIL_CONTEXT]: 'ses' })).toThrow(/needs "mailFrom"/);
      expect(withContext({ [USER_POOL_EMAIL_CONTEXT]: 'smtp' })).toThrow(/"cognito" or "ses"/);
    });

    it('reads the sender as the notifier writes it', () => {
      expect(parseMailbox('Embassy <hello@brand.example>')).toEqual({
        name: 'Embassy',
        address: 'hello@brand.example',
      });
      expect(parseMailbox('"Fiesta Agents" <agents@brand.example>')).toEqual({
        name: 'Fiesta Agents',
        address: 'agents@brand.example',
      });
      expect(parseMailbox('hello@brand.example')).toEqual({ address: 'hello@brand.example' });
      expect(() => parseMailbox('Embassy')).toThrow(/not an email address/);
    });
  });

  it('versions the media bucket and expires old versions, so a deleted proof image can be restored for a while', () => {
    const media = template.findResources('AWS::S3::Bucket')[logicalId(stack.mediaBucket)]?.Properties;
    expect(media?.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(media?.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Status: 'Enabled',
          NoncurrentVersionExpiration: { NoncurrentDays: MEDIA_NONCURRENT_VERSION_DAYS },
          ExpiredObjectDeleteMarker: true,
        }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
      ]),
    );
  });

  describe('dashboards', () => {
    /** A dashboard's body as JSON, with each reference written as REF(id) or GETATT(id.attr). */
    const bodies = () =>
      Object.values(template.findResources('AWS::CloudWatch::Dashboard')).map((dashboard) => {
        const body = dashboard.Properties.DashboardBody as string | { 'Fn::Join': [string, unknown[]] };
        const text =
          typeof body === 'string'
            ? body
            : body['Fn::Join'][1]
                .map((part) => {
                  if (typeof part === 'string') return part;
                  const ref = (part as { Ref?: string }).Ref;
                  if (ref) return `REF(${ref})`;
                  const [id, attribute] = (part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
                  return `GETATT(${id}.${attribute})`;
                })
                .join('');
        return {
          name: JSON.stringify(dashboard.Properties.DashboardName),
          widgets: (
            JSON.parse(text) as { widgets: Array<{ type: string; properties: Record<string, unknown> }> }
          ).widgets,
        };
      });
    const metricsOf = (widgets: ReturnType<typeof bodies>[number]['widgets']) =>
      widgets.flatMap((w) => (w.properties.metrics as unknown[][] | undefined) ?? []);
    /** Whether a metric line is this metric of this function, with this statistic. */
    const isLine = (line: unknown[], metricName: string, name: FunctionName, stat: string) =>
      line[0] === 'AWS/Lambda' &&
      line[1] === metricName &&
      line[3] === `REF(${logicalId(stack.functions[name].fn)})` &&
      (line[4] as { stat?: string }).stat === stat;

    it('are three, each within the 50 metrics of a free dashboard', () => {
      const all = bodies();
      expect(all).toHaveLength(3);
      for (const { name, widgets } of all) {
        const metrics = metricsOf(widgets);
        expect(metrics.length, name).toBeGreaterThan(FUNCTION_NAMES.length);
        expect(metrics.length, name).toBeLessThanOrEqual(FREE_DASHBOARD_METRICS);
      }
    });

    it('show every function’s golden signals: invocations, errors, throttles, duration p50 and p99, concurrency', () => {
      const lines = bodies().flatMap(({ widgets }) => metricsOf(widgets));
      const signals = [
        ['Invocations', 'Sum'],
        ['Errors', 'Sum'],
        ['Throttles', 'Sum'],
        ['Duration', 'p50'],
        ['Duration', 'p99'],
        ['ConcurrentExecutions', 'Maximum'],
      ] as const;
      for (const name of FUNCTION_NAMES)
        for (const [metricName, stat] of signals)
          expect(
            lines.filter((line) => isLine(line, metricName, name, stat)),
            `${name} ${metricName} ${stat}`,
          ).toHaveLength(1);
    });

    it("show the HTTP API's requests, 4xx, 5xx and latency, and each dead-letter queue's depth", () => {
      const lines = bodies().flatMap(({ widgets }) => metricsOf(widgets));
      const api = `REF(${logicalId(stack.httpApi)})`;
      for (const metricName of ['Count', '4xx', '5xx', 'Latency'])
        expect(
          lines.some((l) => l[0] === 'AWS/ApiGateway' && l[1] === metricName && l[3] === api),
          metricName,
        ).toBe(true);
      for (const queue of stack.deadLetterQueues)
        expect(
          lines.some(
            (l) =>
              l[1] === 'ApproximateNumberOfMessagesVisible' &&
              l[3] === `GETATT(${logicalId(queue)}.QueueName)`,
          ),
        ).toBe(true);
    });

    it('chart clicks and orders per minute from the aggregator’s counted lines, and the Shopify webhook’s failures from the access log', () => {
      const queries = bodies()
        .flatMap(({ widgets }) => widgets)
        .filter((w) => w.type === 'log')
        .map((w) => String(w.properties.query));
      const counting = queries.find((q) => q.includes(COUNTED_LOG.message));
      expect(counting).toContain(`SOURCE 'REF(${logicalId(stack.functions.rollups.logGroup)})'`);
      for (const field of [COUNTED_LOG.clicks, COUNTED_LOG.orders])
        expect(counting).toContain(`sum(${field})`);
      expect(counting).toContain('bin(1m)');
      const webhook = ROUTES.find((r) => r.access === 'shopify');
      const failures = queries.filter((q) => q.includes(`"${webhook?.method} ${webhook?.path}"`));
      expect(failures).toHaveLength(2);
      for (const query of failures)
        expect(query).toContain(`SOURCE 'REF(${logicalId(stack.apiAccessLogs)})'`);
      expect(failures.map((q) => /status like \/\^(\d)\//.exec(q)?.[1]).sort()).toEqual(['4', '5']);
    });

    it("chart the EMF counts by the function that emits them: each stream consumer's failed records, late clicks, failed Shopify webhook deliveries, failed outbound attempts", () => {
      const lines = bodies().flatMap(({ widgets }) => metricsOf(widgets));
      const charted = (metricName: string, name: FunctionName) =>
        lines.filter(
          (l) =>
            l[0] === METRIC_NAMESPACE &&
            l[1] === metricName &&
            l[2] === 'function' &&
            l[3] === `REF(${logicalId(stack.functions[name].fn)})`,
        );
      const webhooks = [...new Set(ROUTES.filter((r) => r.access === 'shopify').map((r) => r.function))];
      const expected = [
        ...STREAM_FUNCTIONS.map(({ name }) => [METRICS.streamRecordsFailed, name] as const),
        [METRICS.lateClicks, 'redirect'] as const,
        ...webhooks.map((name) => [METRICS.webhookDeliveriesFailed, name] as const),
        ...FUNCTION_NAMES.filter((name) => (FUNCTIONS[name] as FunctionDefinition).queue).map(
          (name) => [METRICS.outboundWebhooksFailed, name] as const,
        ),
      ];
      for (const [metricName, name] of expected)
        expect(charted(metricName, name), `${metricName} of ${name}`).toHaveLength(1);
      expect(lines.filter((l) => l[0] === METRIC_NAMESPACE)).toHaveLength(expected.length);
    });
  });

  it('outputs what a deploy needs', () => {
    for (const output of ['Url', 'ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName', 'BucketName']) {
      template.hasOutput(output, {});
    }
    // The origin secret's ARN, for a rotation: a reference, never its value.
    template.hasOutput('OriginSecretArn', { Value: { Ref: logicalId(stack.originSecret) } });
  });

  describe('cdk-nag', () => {
    const configurations = () =>
      [
        ['default', { app, stack }],
        ['every context value set', full],
      ] as const;

    it('passes AwsSolutions with no unacknowledged errors or warnings', () => {
      // cdk-nag 3 is a CDK validation plugin, not an aspect: it reports violations, not
      // annotations. validateScope runs the same checks as `cdk synth` (cdk/app.ts adds the plugin).
      for (const [label, target] of configurations()) {
        const report = new AwsSolutionsChecks(target.app, { verbose: true }).validateScope(target.stack);
        const findings = (severity: string) =>
          report.violations
            .filter((v) => v.severity === severity)
            .map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);

        expect(findings('error'), label).toEqual([]);
        expect(findings('warning'), label).toEqual([]);
        expect(report.success, label).toBe(true);
      }
    });

    it('accepts findings only from NAG_SUPPRESSIONS, each with its written reason, and uses every entry', () => {
      const entries = Object.entries(NAG_SUPPRESSIONS) as Array<[string, NagSuppression]>;
      const used = new Set<string>();
      for (const [label, target] of configurations()) {
        const acknowledgements = acknowledgementsIn(target.stack);
        expect(acknowledgements.length, label).toBeGreaterThan(0);
        for (const { id, reason, path } of acknowledgements) {
          const entry = entries.find(
            ([, s]) => (id === s.rule || id.startsWith(`${s.rule}[`)) && reason === s.reason,
          );
          expect(entry, `${id} at ${path}: ${reason}`).toBeDefined();
          if (entry) used.add(entry[0]);
        }
      }
      expect(entries.map(([name]) => name).filter((name) => !used.has(name))).toEqual([]);
      for (const [, suppression] of entries) expect(suppression.reason.length).toBeGreaterThan(40);
    });

    it('accepts the default certificate only without a custom domain (with one, CFR4 passes on its own)', () => {
      const cfr4 = (of: EmbassyStack) =>
        acknowledgementsIn(of).filter(({ id }) => id === 'AwsSolutions-CFR4');
      expect(cfr4(stack)).toHaveLength(1);
      expect(cfr4(full.stack)).toEqual([]);
    });
  });
});

import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../local/provision.ts';
import { GSI, TABLE } from '../shared/db/table.ts';
import { FUNCTIONS, type FunctionDefinition, type FunctionName, ROUTES } from '../shared/routes.ts';
import { EmbassyStack, MAIL_FROM_CONTEXT } from './embassy-stack.ts';

/** Managed CloudFront policy ids (fixed by AWS). */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
/** Functions fed by the table's stream, with what they subscribe to. */
const STREAM_FUNCTIONS = FUNCTION_NAMES.flatMap((name) => {
  const { stream }: FunctionDefinition = FUNCTIONS[name];
  return stream ? [{ name, stream }] : [];
});
const STREAM_READ_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
] as const;
const MAIL_FROM = 'Embassy <hello@example.com>';
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
/** The same stack with the sender set, as `cdk deploy -c mailFrom=...` would. */
let mail: { app: App; stack: EmbassyStack; template: Template };

beforeAll(() => {
  app = new App();
  stack = new EmbassyStack(app, 'Embassy');
  template = Template.fromStack(stack);
  const mailApp = new App({ context: { [MAIL_FROM_CONTEXT]: MAIL_FROM } });
  const mailStack = new EmbassyStack(mailApp, 'Embassy');
  mail = { app: mailApp, stack: mailStack, template: Template.fromStack(mailStack) };
}, 240_000);

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
    it('has the same key schema and indexes as the local table (both built from shared/db/table.ts)', () => {
      const local = tableDefinition('any');
      template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        KeySchema: local.KeySchema,
        GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
        AttributeDefinitions: Match.arrayWith(
          [
            TABLE.partitionKey,
            TABLE.sortKey,
            ...Object.values(GSI).flatMap((i) => [i.partitionKey, i.sortKey]),
          ].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        ),
        BillingMode: 'PAY_PER_REQUEST',
      });
    });

    it('has point-in-time recovery, a NEW_AND_OLD_IMAGES stream and TTL', () => {
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

  it('gives the redirect a generated click-hash key by reference, never in the template', () => {
    const fn = template.findResources('AWS::Lambda::Function')[logicalId(stack.functions.redirect.fn)];
    const key = JSON.stringify(fn?.Properties.Environment.Variables.CLICK_HASH_KEY);
    expect(key).toContain('resolve:secretsmanager');
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    const referrals =
      template.findResources('AWS::Lambda::Function')[logicalId(stack.functions.referrals.fn)];
    expect(JSON.stringify(referrals?.Properties.Environment.Variables.SIGNING_MASTER_KEY)).toContain(
      'resolve:secretsmanager',
    );
    // The same key as the redirect's, or an ambassador's own browser would never match a click.
    expect(JSON.stringify(referrals?.Properties.Environment.Variables.CLICK_HASH_KEY)).toBe(key);
  });

  it('lets the challenges function presign proof-image uploads and reads, and nothing more', () => {
    const fn = template.findResources('AWS::Lambda::Function')[logicalId(stack.functions.challenges.fn)];
    expect(fn?.Properties.Environment.Variables.MEDIA_BUCKET).toBeDefined();
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['s3:PutObject', 's3:GetObject'],
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

    it('sets TABLE_NAME on every function, and Cognito settings on all but the redirect', () => {
      const functions = template.findResources('AWS::Lambda::Function');
      for (const name of FUNCTION_NAMES) {
        const environment = functions[logicalId(stack.functions[name].fn)]?.Properties.Environment as
          | { Variables: Record<string, unknown> }
          | undefined;
        const variables = environment?.Variables ?? {};

        expect(variables.TABLE_NAME, name).toEqual({ Ref: logicalId(stack.table) });
        if (name === 'redirect') {
          expect(variables.COGNITO_ISSUER).toBeUndefined();
          expect(variables.COGNITO_CLIENT_ID).toBeUndefined();
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

  describe('stream', () => {
    it('feeds each stream function with retries, bisection, partial failures and a parking queue', () => {
      expect(STREAM_FUNCTIONS.length).toBeGreaterThan(0);
      const queueId = logicalId(stack.parkedStreamRecords as IConstruct);
      template.resourceCountIs('AWS::Lambda::EventSourceMapping', STREAM_FUNCTIONS.length);
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

    it('parks failed records in an encrypted, TLS-only queue kept 14 days, with an alarm', () => {
      template.resourceCountIs('AWS::SQS::Queue', 1);
      template.hasResourceProperties('AWS::SQS::Queue', {
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 86_400,
      });
      const queueId = logicalId(stack.parkedStreamRecords as IConstruct);
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
      });
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
      expect(environmentOf('notifier', mail)).toMatchObject({ MAIL_TRANSPORT: 'ses', MAIL_FROM });
      const statement = statementsOf('notifier', mail).find((s) =>
        [s.Action].flat().includes('ses:SendEmail'),
      );
      expect(statement?.Action).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      expect(JSON.stringify(statement?.Resource)).toContain(':identity/*');
      for (const name of FUNCTION_NAMES.filter((n) => n !== 'notifier')) {
        expect(
          actionsOf(name, mail).filter((a) => a.startsWith('ses:')),
          name,
        ).toEqual([]);
        expect(environmentOf(name, mail).MAIL_FROM, name).toBeUndefined();
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

    it('throttles and access-logs the default stage in JSON', () => {
      const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')) as Resource[];
      expect(stages).toHaveLength(1);
      const stage = stages[0]?.Properties ?? {};
      expect(stage.StageName).toBe('$default');
      expect(stage.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 1000, ThrottlingRateLimit: 500 });
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
    it('keeps the bucket private, encrypted and TLS-only', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: Match.absent(),
      });
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
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

  it('outputs what a deploy needs', () => {
    for (const output of ['Url', 'ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName', 'BucketName']) {
      template.hasOutput(output, {});
    }
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged errors or warnings', () => {
    // cdk-nag 3 is a CDK validation plugin; validateScope runs the same checks as `cdk synth`.
    // Checked with mail off and on: the SES grant exists only with a sender.
    for (const [label, target] of [
      ['mail off', { app, stack }],
      ['mail on', mail],
    ] as const) {
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
});

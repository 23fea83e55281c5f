import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type CfnElement,
  CfnOutput,
  DefaultStackSynthesizer,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  Mfa,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, Billing, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import { GSI, TABLE } from '../shared/db/table.ts';
import { cognitoOrigin, contentSecurityPolicy } from '../shared/http/security-headers.ts';
import {
  FUNCTIONS,
  type FunctionDefinition,
  type FunctionName,
  ROUTES,
  type HttpMethod as RouteMethod,
} from '../shared/routes.ts';
import { EmbassyFunction, REPO_ROOT } from './embassy-function.ts';

/** The route table's methods, in the CDK's terms. */
const HTTP_METHODS: Record<RouteMethod, HttpMethod> = {
  GET: HttpMethod.GET,
  HEAD: HttpMethod.HEAD,
  POST: HttpMethod.POST,
  PATCH: HttpMethod.PATCH,
  PUT: HttpMethod.PUT,
  DELETE: HttpMethod.DELETE,
  ANY: HttpMethod.ANY,
};

/** Default throttle of each route: far above real traffic, low enough to cap a runaway client's bill. */
const DEFAULT_THROTTLE = { burst: 1000, rate: 500 } as const;
/** The referral redirect is the hot path: a viral post can send thousands of clicks a second. */
const REDIRECT_THROTTLE = { burst: 5000, rate: 2500 } as const;
/** The context key that `cdk bootstrap --qualifier` pairs with; it names the asset bucket. */
const BOOTSTRAP_QUALIFIER_CONTEXT = '@aws-cdk/core:bootstrapQualifier';
/**
 * The context key for the email sender, such as `Embassy <hello@brand.example>`. When set, the
 * functions in MAIL_SENDERS send through SES from it; when not, they send no mail.
 */
export const MAIL_FROM_CONTEXT = 'mailFrom';
/** The functions that send email. */
const MAIL_SENDERS: readonly FunctionName[] = ['notifier'];

/** What a stream-fed function receives, from its row of FUNCTIONS. */
type StreamSubscription = NonNullable<FunctionDefinition['stream']>;

/**
 * Embassy in one stack: the single DynamoDB table, the Cognito user pool, one Lambda function
 * per row of FUNCTIONS behind an HTTP API built from ROUTES, and the dashboard in a private
 * bucket, all served on one CloudFront domain.
 */
export class EmbassyStack extends Stack {
  /** The single table. */
  readonly table: TableV2;
  /** Sign-up and sign-in. */
  readonly userPool: UserPool;
  /** The dashboard's app client (no secret: it runs in the browser). */
  readonly userPoolClient: UserPoolClient;
  /** One function per row of FUNCTIONS, by name. */
  readonly functions: Record<FunctionName, EmbassyFunction>;
  /** The HTTP API that CloudFront forwards `/api/*` and `/r/*` to. */
  readonly httpApi: HttpApi;
  /** The dashboard's files. */
  readonly webBucket: Bucket;
  /** Proof images, uploaded straight from browsers through presigned URLs. */
  readonly mediaBucket: Bucket;
  /** The one public domain. */
  readonly distribution: Distribution;
  /**
   * Where a stream record that failed every retry is parked (absent when no function reads the
   * stream). An alarm goes off as soon as it holds a message.
   */
  readonly parkedStreamRecords?: Queue;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.table = this.createTable();
    const { userPool, client } = this.createUserPool();
    this.userPool = userPool;
    this.userPoolClient = client;
    this.mediaBucket = this.createMediaBucket();
    this.functions = this.createFunctions();
    this.parkedStreamRecords = this.subscribeToStream();
    this.httpApi = this.createHttpApi();
    this.webBucket = this.createWebBucket();
    this.distribution = this.createDistribution();
    this.deployWeb();
    this.scheduleFunctions();
    this.acknowledgeStackFindings();

    new CfnOutput(this, 'Url', { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'BucketName', { value: this.webBucket.bucketName });
    new CfnOutput(this, 'MediaBucketName', { value: this.mediaBucket.bucketName });
  }

  /** The key schema comes from shared/db/table.ts, which the stores query with. */
  private createTable(): TableV2 {
    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });
    return new TableV2(this, 'Table', {
      partitionKey: stringKey(TABLE.partitionKey),
      sortKey: stringKey(TABLE.sortKey),
      globalSecondaryIndexes: Object.values(GSI).map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      // The aggregator keeps counters, leaderboards and rollups from the change stream.
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  private createUserPool(): { userPool: UserPool; client: UserPoolClient } {
    const userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      // Emails are case-insensitive in practice; this cannot be changed after creation.
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // Keep the verified address in use until a changed one is verified too.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 8,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
      },
      // Ambassadors may add an authenticator app; SMS costs money per message.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: userPool.userPoolId,
      groupName: 'admins',
      description: 'Embassy administrators: may create programs and act as owner of any program.',
    });

    const client = userPool.addClient('WebClient', {
      userPoolClientName: 'web',
      generateSecret: false,
      // Refresh-token auth is always allowed alongside these.
      authFlows: { userPassword: true, userSrp: true },
      // The dashboard signs in through the API, not the hosted UI, so no OAuth flows.
      disableOAuth: true,
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
    });

    return { userPool, client };
  }

  private createFunctions(): Record<FunctionName, EmbassyFunction> {
    const issuer = `https://cognito-idp.${this.region}.${this.urlSuffix}/${this.userPool.userPoolId}`;
    // The key for hashing visitors' IPs and user agents: generated once, kept out of the template.
    const clickHashKey = new Secret(this, 'ClickHashKey', {
      description: 'Embassy: key for the keyed hashes of visitors in click records',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(clickHashKey, {
      'AwsSolutions-SMG4':
        'Not rotated on purpose: the key only makes hashed visitors unlinkable to raw IPs; rotating it would ' +
        'merely split one visitor into two for the hour of the change.',
    });
    // Program signing secrets are derived from this master key; none is stored.
    const signingMasterKey = new Secret(this, 'SigningMasterKey', {
      description: 'Embassy: master key that program signing secrets are derived from',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(signingMasterKey, {
      'AwsSolutions-SMG4':
        'Not rotated automatically: every program signing secret derives from it, so rotating it would invalidate ' +
        'all of them at once. Programs rotate their own secrets (two may be active).',
    });
    const build = (name: FunctionName): EmbassyFunction => {
      const definition: FunctionDefinition = FUNCTIONS[name];
      const fn = new EmbassyFunction(this, `${pascalCase(name)}Function`, {
        name,
        // The redirect serves only public links and never reads a token.
        environment:
          name === 'redirect'
            ? {}
            : { COGNITO_ISSUER: issuer, COGNITO_CLIENT_ID: this.userPoolClient.userPoolClientId },
      });
      if (definition.table === 'none') {
        // No grant, but shared/env.ts requires TABLE_NAME at cold start and this bundle
        // imports it too (the OpenAPI document pulls in the route modules). Without the name
        // the function would fail INIT; without a grant, any call to the table is denied.
        fn.fn.addEnvironment('TABLE_NAME', this.table.tableName);
      } else {
        fn.bindTable(this.table, definition.table);
      }
      if (definition.media) fn.bindMedia(this.mediaBucket, definition.media);
      // Resolved by CloudFormation at deploy time ({{resolve:secretsmanager:…}}), never written in the template.
      // The redirect hashes clickers with it; referrals hashes an ambassador's own browser the same
      // way, to flag orders they place through their own link (own_link_purchase).
      if (name === 'redirect' || name === 'referrals')
        fn.fn.addEnvironment('CLICK_HASH_KEY', clickHashKey.secretValue.unsafeUnwrap());
      // Signing secrets are derived from it, and Shopify secrets sealed with it.
      if (
        ROUTES.some(
          (route) => route.function === name && ['apiKey', 'shopify', 'sales'].includes(route.access),
        )
      ) {
        fn.fn.addEnvironment('SIGNING_MASTER_KEY', signingMasterKey.secretValue.unsafeUnwrap());
      }
      return fn;
    };
    const names = Object.keys(FUNCTIONS) as FunctionName[];
    const functions = Object.fromEntries(names.map((name) => [name, build(name)])) as Record<
      FunctionName,
      EmbassyFunction
    >;
    const mailFrom = this.mailFrom();
    for (const name of MAIL_SENDERS) functions[name].bindMail(mailFrom);
    return functions;
  }

  /** The `mailFrom` context value, or undefined when mail is off. */
  private mailFrom(): string | undefined {
    const value: unknown = this.node.tryGetContext(MAIL_FROM_CONTEXT);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      throw new Error(
        `Context "${MAIL_FROM_CONTEXT}" must be a string such as "Embassy <hello@brand.example>"`,
      );
    }
    return value;
  }

  /**
   * Feeds each function that declares `stream` in FUNCTIONS from the table's stream, filtered to
   * its events and entities, so it is not even invoked for the rest. Its handler reports
   * partial batch failures; a record that still fails after the retries is parked in one shared
   * queue rather than blocking its shard.
   */
  private subscribeToStream(): Queue | undefined {
    const subscribers = (Object.keys(FUNCTIONS) as FunctionName[]).flatMap((name) => {
      const definition: FunctionDefinition = FUNCTIONS[name];
      return definition.stream ? [{ name, stream: definition.stream }] : [];
    });
    if (subscribers.length === 0) return undefined;

    // Lambda parks the failed batch's metadata (shard, sequence numbers), not the record itself;
    // the stream keeps records for 24 hours, which is the time to read them back after the alarm.
    const parked = new Queue(this, 'ParkedStreamRecords', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(parked, {
      'AwsSolutions-SQS3':
        'This queue is the dead-letter queue of the stream event sources; it has none itself.',
    });
    new Alarm(this, 'ParkedStreamRecordsAlarm', {
      alarmDescription:
        'A table stream record failed every retry and was parked in the queue: read it back from the ' +
        'stream (kept 24 hours) by its shard and sequence numbers, fix the cause, then delete the message.',
      metric: parked.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: Stats.MAXIMUM,
      }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    for (const { name, stream } of subscribers) {
      // Also grants the function read access to the stream, and sending to the queue.
      this.functions[name].fn.addEventSource(
        new DynamoEventSource(this.table, {
          startingPosition: StartingPosition.LATEST,
          batchSize: stream.batchSize ?? 25,
          maxBatchingWindow: Duration.seconds(stream.batchingWindowSeconds ?? 1),
          reportBatchItemFailures: true,
          bisectBatchOnError: true,
          retryAttempts: 3,
          maxRecordAge: Duration.days(1),
          filters: streamFilters(stream),
          onFailure: new SqsDlq(parked),
        }),
      );
    }
    return parked;
  }

  /** One route per row of ROUTES; the local gateway dispatches with the same rows. */
  private createHttpApi(): HttpApi {
    const httpApi = new HttpApi(this, 'HttpApi', {
      apiName: 'embassy',
      description: 'Embassy API, served to browsers through CloudFront under /api and /r.',
      createDefaultStage: true,
    });

    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    const integrationFor = (name: FunctionName): HttpLambdaIntegration => {
      let integration = integrations.get(name);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${pascalCase(name)}Integration`, this.functions[name].fn, {
          // One invoke permission per function rather than per route: a function serves many
          // routes and Lambda's resource policy is capped at 20 KB.
          scopePermissionToRoute: false,
        });
        integrations.set(name, integration);
      }
      return integration;
    };

    const hotRoutes = [];
    for (const route of ROUTES) {
      const [created] = httpApi.addRoutes({
        path: route.path,
        methods: [HTTP_METHODS[route.method]],
        integration: integrationFor(route.function),
      });
      if (!created) continue;
      if (route.function === 'redirect') hotRoutes.push({ route, created });
      Validations.of(created).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          route.access === 'public'
            ? 'Public by design (see ROUTES): anyone may call it without a token.'
            : `Access "${route.access}" is enforced in the function: it verifies the Cognito ID token ` +
              'against the pool JWKS, the same code path as locally with cognito-local, then checks roles ' +
              'per program, which an API Gateway authorizer cannot express.',
      });
    }

    // The L2 has no options for the default stage, so set them on the L1 it creates.
    const stage = httpApi.defaultStage?.node.defaultChild as CfnStage;
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
        integrationLatency: '$context.integrationLatency',
        integrationError: '$context.integrationErrorMessage',
        requestTime: '$context.requestTime',
      }),
    };
    stage.defaultRouteSettings = {
      throttlingBurstLimit: DEFAULT_THROTTLE.burst,
      throttlingRateLimit: DEFAULT_THROTTLE.rate,
    };
    stage.routeSettings = Object.fromEntries(
      hotRoutes.map(({ route }) => [
        `${route.method} ${route.path}`,
        { ThrottlingBurstLimit: REDIRECT_THROTTLE.burst, ThrottlingRateLimit: REDIRECT_THROTTLE.rate },
      ]),
    );
    // Route settings name routes by key, so the routes must exist before the stage refers to them.
    for (const { created } of hotRoutes) stage.node.addDependency(created);

    return httpApi;
  }

  /** EventBridge Scheduler invokes each function that declares a schedule in FUNCTIONS. */
  private scheduleFunctions(): void {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      if (!definition.schedule) continue;
      new Schedule(this, `${pascalCase(name)}Schedule`, {
        description: `Invokes the ${name} function: ${definition.schedule}`,
        schedule: ScheduleExpression.expression(definition.schedule),
        target: new LambdaInvoke(this.functions[name].fn, { retryAttempts: 2 }),
      });
    }
  }

  /**
   * Private; browsers PUT proof images with presigned URLs (hence CORS: the URL itself is the
   * credential) and reviewers GET them the same way. Retained with the stack's other data.
   */
  private createMediaBucket(): Bucket {
    const bucket = new Bucket(this, 'MediaBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: ['*'],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });
    acknowledge(bucket, {
      'AwsSolutions-S1':
        'Server access logs are off for cost: objects are written and read only through short-lived presigned URLs ' +
        'that the API hands out after its own authorisation.',
    });
    return bucket;
  }

  /** Private: only CloudFront, through origin access control, reads it. */
  private createWebBucket(): Bucket {
    return new Bucket(this, 'WebBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: false,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  private createDistribution(): Distribution {
    // Dashboard routes such as /p/{slug} are not files: serve the app shell for any path
    // without an extension. Not CloudFront error responses: those apply to every behavior,
    // so they would turn the API's 403 and 404 JSON errors into a 200 index.html.
    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves /index.html for dashboard routes (paths without a file extension).',
      code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`),
    });

    const apiOrigin = new HttpOrigin(`${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`);
    const apiBehavior = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      // With caching off, this policy forwards the Authorization header too; the Host header
      // must stay API Gateway's own or it rejects the request.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };

    return new Distribution(this, 'Distribution', {
      comment: 'Embassy: dashboard, /api and /r on one domain',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.webBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.dashboardHeadersPolicy(),
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: { '/api/*': apiBehavior, '/r/*': apiBehavior },
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe edges only: the cheapest class.
      priceClass: PriceClass.PRICE_CLASS_100,
    });
  }

  /** The dashboard's security headers (shared/http/security-headers.ts), with HSTS for two years. */
  private dashboardHeadersPolicy(): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, 'DashboardHeaders', {
      comment: 'Embassy dashboard: CSP, HSTS, nosniff, referrer policy, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy([cognitoOrigin(this.region)]),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      },
    });
  }

  /** The built dashboard (or the placeholder page before the first build) and its config. */
  private deployWeb(): void {
    const dist = path.join(REPO_ROOT, 'web', 'dist');
    const webRoot = existsSync(dist) ? dist : path.join(REPO_ROOT, 'web', 'public');
    new BucketDeployment(this, 'DeployWeb', {
      sources: [
        Source.asset(webRoot),
        // Written at deploy time, so the dashboard needs no rebuild per stack.
        Source.jsonData('config.json', {
          apiBase: '/api',
          cognito: {
            region: this.region,
            userPoolId: this.userPool.userPoolId,
            clientId: this.userPoolClient.userPoolClientId,
          },
        }),
      ],
      destinationBucket: this.webBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
  }

  /**
   * cdk-nag findings we accept, each with its reason, on the narrowest construct that works.
   * cdk-nag 3 has no wildcard acknowledgement: each IAM5 finding is named exactly.
   */
  private acknowledgeStackFindings(): void {
    acknowledge(this.userPool, {
      'AwsSolutions-COG1':
        'Minimum 8 characters with lower case, upper case and digits. Symbols are not required: NIST ' +
        'SP 800-63B advises against composition rules, and length matters more.',
      'AwsSolutions-COG2':
        'MFA (authenticator app) is optional: requiring it at sign-up would turn away ambassadors, ' +
        'who mostly join from a phone. SMS is off because each message costs money.',
      'AwsSolutions-COG8':
        'Threat protection needs the Plus feature plan, billed per monthly active user with no free ' +
        'tier, which is out of proportion to a single-digit monthly budget.',
    });

    acknowledge(this.webBucket, {
      'AwsSolutions-S1':
        'Server access logs are off for cost and noise: only CloudFront reads the bucket, through ' +
        'origin access control, and the API has its own access logs.',
    });

    acknowledge(this.distribution, {
      'AwsSolutions-CFR1': 'No geo restriction: ambassadors and shoppers may be anywhere.',
      'AwsSolutions-CFR2':
        'No WAF: a web ACL costs at least about $5 a month plus per-rule and per-request fees, ' +
        'against a single-digit monthly budget. API Gateway throttling caps runaway traffic.',
      'AwsSolutions-CFR3':
        'CloudFront standard logs are off for cost; /api and /r requests are logged by the ' +
        'API Gateway access log.',
      'AwsSolutions-CFR4':
        'Uses the default *.cloudfront.net certificate, with which CloudFront does not allow setting ' +
        'the minimum TLS version. Revisit with a custom domain and ACM certificate.',
    });

    // The scheduler's invoke role is a singleton per target type that the CDK creates.
    for (const role of this.node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
        const fn = this.functions[name].fn.node.defaultChild as CfnElement;
        acknowledge(role, {
          [`AwsSolutions-IAM5[Resource::<${this.getLogicalId(fn)}.Arn>:*]`]:
            'EventBridge Scheduler may invoke this one function in any version or alias; nothing else.',
        });
      }
    }

    // BucketDeployment's handler is a singleton that the CDK creates at stack level.
    const qualifier = String(
      this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER,
    );
    const webBucketArn = `<${this.getLogicalId(this.webBucket.node.defaultChild as CfnElement)}.Arn>`;
    const cdkManaged = 'the CDK-provided BucketDeployment handler, which the CDK maintains';
    for (const handler of this.node.children.filter((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    )) {
      acknowledge(handler, {
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]': `Logging policy of ${cdkManaged}.`,
        'AwsSolutions-IAM5[Action::s3:GetObject*]': `Reads the deployment assets: ${cdkManaged}.`,
        'AwsSolutions-IAM5[Action::s3:GetBucket*]': `Reads the deployment assets: ${cdkManaged}.`,
        'AwsSolutions-IAM5[Action::s3:List*]': `Lists the assets and the web bucket to prune: ${cdkManaged}.`,
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]': `Prunes stale files from the web bucket: ${cdkManaged}.`,
        'AwsSolutions-IAM5[Action::s3:Abort*]': `Aborts failed multipart uploads to the web bucket: ${cdkManaged}.`,
        [`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*]`]: `The CDK bootstrap asset bucket, read by ${cdkManaged}.`,
        [`AwsSolutions-IAM5[Resource::${webBucketArn}/*]`]: `Writes the dashboard files into the web bucket: ${cdkManaged}.`,
        'AwsSolutions-IAM5[Resource::*]': `CloudFront invalidations after a deploy, as granted by ${cdkManaged}.`,
        'AwsSolutions-L1': `The runtime is chosen by ${cdkManaged}; it runs only during deploys.`,
      });
    }
  }
}

/** Records each cdk-nag finding id with its reason on the construct (and everything under it). */
function acknowledge(construct: IConstruct, findings: Record<string, string>): void {
  const validations = Validations.of(construct);
  for (const [id, reason] of Object.entries(findings)) validations.acknowledge({ id, reason });
}

/**
 * Lambda event filters for one subscription; the filters in a list are OR-ed. A REMOVE record
 * has no new image, so its entity is matched on the old one.
 */
function streamFilters({ entities, events }: StreamSubscription): Array<Record<string, unknown>> {
  const entity = { entity: { S: FilterRule.or(...entities) } };
  const withNewImage = events.filter((event) => event !== 'REMOVE');
  const filters: Array<Record<string, unknown>> = [];
  if (withNewImage.length > 0) {
    filters.push(
      FilterCriteria.filter({ eventName: FilterRule.or(...withNewImage), dynamodb: { NewImage: entity } }),
    );
  }
  if (events.includes('REMOVE')) {
    filters.push(
      FilterCriteria.filter({ eventName: FilterRule.isEqual('REMOVE'), dynamodb: { OldImage: entity } }),
    );
  }
  return filters;
}

/** `programs` → `Programs`, for construct ids. */
function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

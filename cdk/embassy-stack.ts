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
} from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
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
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  Stats,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  Mfa,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ADMIN_GROUP } from '../shared/identity/auth-user.ts';
import { GSI, type IndexShape, TABLE } from '../shared/platform/db/table.ts';
import { ORIGIN_HEADER } from '../shared/platform/http/origin-header.ts';
import { cognitoOrigin, contentSecurityPolicy } from '../shared/platform/http/security-headers.ts';
import {
  FUNCTIONS,
  type FunctionDefinition,
  type FunctionName,
  ROUTES,
  type RouteDefinition,
  type HttpMethod as RouteMethod,
  THROTTLES,
  throttleOf,
} from '../shared/platform/routes.ts';
import { THUMBNAIL_PREFIX } from '../shared/uploads/image-type.ts';
import { EmbassyFunction, REPO_ROOT } from './embassy-function.ts';
import { suppress } from './nag-suppressions.ts';
import { OperationsDashboards } from './operations-dashboards.ts';

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

/** The context key that `cdk bootstrap --qualifier` pairs with; it names the asset bucket. */
const BOOTSTRAP_QUALIFIER_CONTEXT = '@aws-cdk/core:bootstrapQualifier';
/**
 * The context key for the email sender, such as `Embassy <hello@brand.example>`. When set, the
 * functions in MAIL_SENDERS send through SES from it; when not, they send no mail.
 */
export const MAIL_FROM_CONTEXT = 'mailFrom';
/** The functions that send email. */
const MAIL_SENDERS: readonly FunctionName[] = ['notifier'];
/** The context key for the deployment stage; `prod` turns on deletion protection. */
export const STAGE_CONTEXT = 'stage';
/** The stage whose table and user pool cannot be deleted by accident. */
export const PRODUCTION_STAGE = 'prod';
/** The context keys for a custom domain: its name and its ACM certificate (in us-east-1). */
export const DOMAIN_NAME_CONTEXT = 'domainName';
export const CERTIFICATE_ARN_CONTEXT = 'certificateArn';
/** The context key for an email address that alarms are sent to (through an SNS topic). */
export const ALARM_EMAIL_CONTEXT = 'alarmEmail';
/**
 * The context key naming which value of the origin secret CloudFront sends (a key of its JSON
 * object). Changing it is how a rotation reaches CloudFront (docs/deploy.md, "Rotate the
 * origin secret"): CloudFormation resolves a secret reference again only when its text changes.
 */
export const ORIGIN_SECRET_KEY_CONTEXT = 'originSecretKey';
/** The key CloudFormation generates the origin secret's first value under. */
export const FIRST_ORIGIN_SECRET_KEY = 'v1';
/**
 * The context key for the redirect's reserved concurrency: its guaranteed share of the
 * account's Lambda concurrency and its ceiling, so a click storm cannot starve the API and the
 * API cannot take the redirect's share. `0` reserves nothing.
 */
export const REDIRECT_CONCURRENCY_CONTEXT = 'redirectConcurrency';
/**
 * The redirect's reservation in production by default: at 1,000 clicks a second (its route
 * throttle) and 20–50 ms each it needs 20–50 at once; 100 leaves headroom for cold starts. Lambda
 * keeps 100 of an account's concurrency unreserved, so this needs an account limit of at least
 * 200: the default 1,000 does, a new account's 10 does not (then the deploy fails; see
 * docs/deploy.md). Other stages reserve nothing unless asked.
 */
export const DEFAULT_REDIRECT_CONCURRENCY = 100;
/**
 * The context key for how the user pool sends its email (sign-up codes, password resets):
 * `cognito` (default: Cognito's own sender, a few dozen emails a day, fine to try Embassy) or
 * `ses` (through SES from `mailFrom`'s domain, verified in SES, for a real launch).
 */
export const USER_POOL_EMAIL_CONTEXT = 'userPoolEmail';

/** A custom domain for the distribution, with its ACM certificate. */
export type CustomDomain = {
  /** Such as `ambassadors.brand.example`. Point it (CNAME or alias) at the distribution. */
  name: string;
  /** An ACM certificate for the name, in us-east-1 (CloudFront takes certificates only from there). */
  certificateArn: string;
};

/** Properties of an {@link EmbassyStack}; each falls back to its context value. */
export type EmbassyStackProps = StackProps & {
  /** `-c stage=prod`: the production stage gets deletion protection. Default `dev`. */
  stage?: string;
  /** `-c domainName=… -c certificateArn=…`: serve on this domain with TLS 1.2 or newer. */
  domain?: CustomDomain;
  /** `-c alarmEmail=…`: where alarms are sent. Without it the alarms only show in CloudWatch. */
  alarmEmail?: string;
  /** `-c originSecretKey=v2`: which value of the origin secret CloudFront sends. Default `v1`. */
  originSecretKey?: string;
  /**
   * `-c redirectConcurrency=…`: the redirect's reserved concurrency; `0` for none. Default
   * {@link DEFAULT_REDIRECT_CONCURRENCY} in production, none otherwise.
   */
  redirectConcurrency?: number;
  /** `-c userPoolEmail=ses`: the user pool sends through SES from `mailFrom`. Default `cognito`. */
  userPoolEmail?: 'cognito' | 'ses';
};

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
  /**
   * Where a scheduled run that failed is parked: EventBridge Scheduler's failed deliveries and
   * the scheduled functions' failed asynchronous invocations (absent when nothing is scheduled).
   */
  readonly failedScheduledRuns?: Queue;
  /** Every dead-letter queue, each with an alarm on its depth. */
  readonly deadLetterQueues: Queue[] = [];
  /** Every alarm; each notifies the alarm topic when there is one. */
  readonly alarms: Alarm[] = [];
  /** Where alarms are sent (only with an alarm email). */
  readonly alarmTopic?: Topic;
  /** The deployment stage (`prod` is production). */
  readonly stage: string;
  /** The custom domain, when deployed with one. */
  readonly domain?: CustomDomain;
  /**
   * The value CloudFront adds to every request it forwards to the HTTP API as the origin
   * header; the functions behind routes read it and refuse requests without it.
   */
  readonly originSecret: Secret;
  /** Which key of the origin secret's JSON object CloudFront sends. */
  readonly originSecretKey: string;
  /** The redirect's reserved concurrency (0: none). */
  readonly redirectConcurrency: number;
  /** How the user pool sends email. */
  readonly userPoolEmail: 'cognito' | 'ses';
  /** The API's access log (JSON lines, no IP addresses). */
  readonly apiAccessLogs: LogGroup;
  /** The operations dashboards (golden signals, queues, traffic). */
  readonly dashboards: OperationsDashboards;

  constructor(scope: Construct, id: string, props: EmbassyStackProps = {}) {
    super(scope, id, props);
    this.stage = props.stage ?? this.stringContext(STAGE_CONTEXT) ?? 'dev';
    if (!/^[a-z][a-z0-9-]{0,19}$/.test(this.stage)) {
      throw new Error(`Stage "${this.stage}" must be lower-case letters, digits and dashes, such as "prod"`);
    }
    const domain = props.domain ?? this.domainContext();
    if (domain) this.domain = checkedDomain(domain);
    this.originSecretKey =
      props.originSecretKey ?? this.stringContext(ORIGIN_SECRET_KEY_CONTEXT) ?? FIRST_ORIGIN_SECRET_KEY;
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(this.originSecretKey)) {
      throw new Error(`Origin secret key "${this.originSecretKey}" must be a short word such as "v2"`);
    }
    this.redirectConcurrency =
      props.redirectConcurrency ??
      this.numberContext(REDIRECT_CONCURRENCY_CONTEXT) ??
      (this.isProduction ? DEFAULT_REDIRECT_CONCURRENCY : 0);
    if (!Number.isInteger(this.redirectConcurrency) || this.redirectConcurrency < 0) {
      throw new Error(`Context "${REDIRECT_CONCURRENCY_CONTEXT}" must be a whole number, 0 for none`);
    }
    const userPoolEmail = props.userPoolEmail ?? this.stringContext(USER_POOL_EMAIL_CONTEXT) ?? 'cognito';
    if (userPoolEmail !== 'cognito' && userPoolEmail !== 'ses') {
      throw new Error(`Context "${USER_POOL_EMAIL_CONTEXT}" must be "cognito" or "ses"`);
    }
    this.userPoolEmail = userPoolEmail;
    const alarmEmail = props.alarmEmail ?? this.stringContext(ALARM_EMAIL_CONTEXT);
    if (alarmEmail) {
      this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Embassy alarms', enforceSSL: true });
      this.alarmTopic.addSubscription(new EmailSubscription(alarmEmail));
      suppress(this.alarmTopic, 'alarmTopicEncryption');
    }

    this.table = this.createTable();
    const { userPool, client } = this.createUserPool();
    this.userPool = userPool;
    this.userPoolClient = client;
    this.mediaBucket = this.createMediaBucket();
    this.originSecret = this.createOriginSecret();
    this.functions = this.createFunctions();
    this.parkedStreamRecords = this.subscribeToStream();
    this.feedFromQueues();
    this.notifyOnUploads();
    this.triggerFromUserPool();
    ({ httpApi: this.httpApi, accessLogs: this.apiAccessLogs } = this.createHttpApi());
    this.webBucket = this.createWebBucket();
    this.distribution = this.createDistribution();
    this.deployWeb();
    this.failedScheduledRuns = this.scheduleFunctions();
    this.watchFunctionsAndApi();
    this.dashboards = new OperationsDashboards(this, 'Dashboards', {
      functions: this.functions,
      httpApi: this.httpApi,
      apiAccessLogs: this.apiAccessLogs,
      deadLetterQueues: this.deadLetterQueues,
    });
    this.acknowledgeStackFindings();

    const url = `https://${this.domain?.name ?? this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'Url', { value: url });
    // Emails link into the dashboard. Only the notifier writes them, and it is behind no route,
    // so this reference to the distribution makes no cycle (API functions could not take it).
    this.functions.notifier.fn.addEnvironment('PUBLIC_URL', url);
    new CfnOutput(this, 'DistributionDomainName', {
      description: 'Where a custom domain points (CNAME or alias)',
      value: this.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'BucketName', { value: this.webBucket.bucketName });
    new CfnOutput(this, 'MediaBucketName', { value: this.mediaBucket.bucketName });
    new CfnOutput(this, 'OriginSecretArn', {
      description: 'The origin secret (its ARN, not its value): docs/deploy.md, "Rotate the origin secret"',
      value: this.originSecret.secretArn,
    });
  }

  /** The key schema comes from shared/platform/db/table.ts, which the stores query with. */
  private createTable(): TableV2 {
    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });
    return new TableV2(this, 'Table', {
      partitionKey: stringKey(TABLE.partitionKey),
      sortKey: stringKey(TABLE.sortKey),
      globalSecondaryIndexes: Object.values(GSI).map((index: IndexShape) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: {
          name: index.sortKey,
          type: index.sortKeyType === 'N' ? AttributeType.NUMBER : AttributeType.STRING,
        },
        projectionType: index.projection === 'KEYS_ONLY' ? ProjectionType.KEYS_ONLY : ProjectionType.ALL,
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      // The stream consumers (rollups, activity, notifier) keep the report rollups, the analytics
      // counters and the emails from the change stream.
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: RemovalPolicy.RETAIN,
      // Retain keeps the table when the stack goes; this also refuses a DeleteTable by hand.
      deletionProtection: this.isProduction,
    });
  }

  /** Whether this is the production stage (deletion protection on the table and the user pool). */
  get isProduction(): boolean {
    return this.stage === PRODUCTION_STAGE;
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
      email: this.userPoolEmailSettings(),
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: this.isProduction,
    });

    new CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: userPool.userPoolId,
      // The group the token verifier reads admins from (shared/identity/auth-user.ts).
      groupName: ADMIN_GROUP,
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

  /**
   * How the user pool sends sign-up codes and password resets. Cognito's own sender needs no
   * set-up but sends only a few dozen emails a day (see Cognito's quotas): enough to try
   * Embassy, not for a launch. With `-c userPoolEmail=ses` it sends through SES from `mailFrom`,
   * as the notifier does, authorised by `mailFrom`'s domain identity in SES (verify the domain,
   * docs/deploy.md); Cognito sends through its service-linked role, so nothing is granted here.
   * @throws Error when `ses` is asked for without a `mailFrom`.
   */
  private userPoolEmailSettings(): UserPoolEmail {
    if (this.userPoolEmail === 'cognito') return UserPoolEmail.withCognito();
    const mailFrom = this.mailFrom();
    if (!mailFrom) {
      throw new Error(
        `Context "${USER_POOL_EMAIL_CONTEXT}=ses" needs "${MAIL_FROM_CONTEXT}", the sender verified in SES`,
      );
    }
    const { name, address } = parseMailbox(mailFrom);
    return UserPoolEmail.withSES({
      fromEmail: address,
      ...(name ? { fromName: name } : {}),
      // The stack is environment-agnostic: the region is the one it is deployed to.
      sesRegion: this.region,
      sesVerifiedDomain: address.slice(address.lastIndexOf('@') + 1),
    });
  }

  /**
   * The value CloudFront sends as the origin header: a JSON object of values, generated by
   * Secrets Manager as `{"v1": "…48 characters…"}`. It only keeps CloudFront in front of the
   * API, so it is not retained: a new stack generates its own.
   */
  private createOriginSecret(): Secret {
    const secret = new Secret(this, 'OriginSecret', {
      description: 'Embassy: the header value CloudFront adds to the requests it forwards to the API',
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: FIRST_ORIGIN_SECRET_KEY,
        passwordLength: 48,
        excludePunctuation: true,
      },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    suppress(secret, 'originSecretRotation');
    return secret;
  }

  private createFunctions(): Record<FunctionName, EmbassyFunction> {
    const issuer = `https://cognito-idp.${this.region}.${this.urlSuffix}/${this.userPool.userPoolId}`;
    // Secrets are generated once and read by the functions from Secrets Manager on first use
    // (shared/platform/secrets/secret.store.ts): neither the template nor a function's configuration
    // holds them, only their ARNs.
    const clickHashKey = new Secret(this, 'ClickHashKey', {
      description: 'Embassy: key for the keyed hashes of visitors in click records',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    suppress(clickHashKey, 'clickHashKeyRotation');
    // Program signing secrets are derived from this master key, and Shopify secrets sealed with it.
    const signingMasterKey = new Secret(this, 'SigningMasterKey', {
      description: 'Embassy: master key that program signing secrets are derived from',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    suppress(signingMasterKey, 'signingMasterKeyRotation');
    const build = (name: FunctionName): EmbassyFunction => {
      const definition: FunctionDefinition = FUNCTIONS[name];
      const fn = new EmbassyFunction(this, `${pascalCase(name)}Function`, {
        name,
        ...(name === 'redirect' && this.redirectConcurrency > 0
          ? { reservedConcurrency: this.redirectConcurrency }
          : {}),
        // Only functions behind a route that takes a user's ID token verify one: not the stream
        // consumers, the scheduler, the docs or the redirect (cdk/iam-proof.test.ts checks that
        // every variable set is read).
        environment: verifiesTokens(name)
          ? { COGNITO_ISSUER: issuer, COGNITO_CLIENT_ID: this.userPoolClient.userPoolClientId }
          : {},
      });
      if (definition.table === 'none') {
        // No grant, but shared/platform/env.ts requires TABLE_NAME at cold start and these
        // bundles import it too (docs through the route modules the OpenAPI document is built
        // from, the notifier through its mail transport). Without the name the function would
        // fail INIT; without a grant, any call to the table is denied.
        fn.fn.addEnvironment('TABLE_NAME', this.table.tableName);
      } else {
        fn.bindTable(this.table, definition.table);
      }
      if (definition.media) fn.bindMedia(this.mediaBucket, definition.media, definition.mediaReadOnly);
      if (definition.thumbnails)
        fn.bindThumbnails(this.mediaBucket, `${THUMBNAIL_PREFIX}*`, definition.thumbnails);
      if (definition.deletesMedia) fn.bindMediaDeletes(this.mediaBucket, definition.deletesMedia);
      // The redirect hashes clickers with it; referrals hashes an ambassador's own browser the same
      // way, to flag orders they place through their own link (own_link_purchase); accounts counts
      // a visit to an ambassador's public page as the redirect counts a click.
      if (name === 'redirect' || name === 'referrals' || name === 'accounts')
        fn.bindSecret(clickHashKey, 'CLICK_HASH_KEY');
      // Every function behind a route refuses requests that did not come through CloudFront.
      if (ROUTES.some((route) => route.function === name)) fn.bindSecret(this.originSecret, 'ORIGIN_SECRET');
      // Signing secrets are derived from it; Shopify secrets, payout details and reward codes sealed with it.
      if (
        definition.sealsSecrets ||
        ROUTES.some(
          (route) => route.function === name && ['apiKey', 'shopify', 'sales'].includes(route.access),
        )
      ) {
        fn.bindSecret(signingMasterKey, 'SIGNING_MASTER_KEY');
      }
      // Account deletion removes the user from the pool, and nothing else there.
      if (definition.deletesUsers) {
        fn.fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['cognito-idp:AdminDeleteUser'],
            resources: [this.userPool.userPoolArn],
          }),
        );
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
    const parked = this.deadLetterQueue(
      'ParkedStreamRecords',
      'A table stream record failed every retry and was parked in the queue: read it back from the ' +
        'stream (kept 24 hours) by its shard and sequence numbers, fix the cause, then delete the message.',
    );

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

  /**
   * Gives each function that declares `queue` in FUNCTIONS a queue of its own, which feeds it and
   * which it sends to (the outbound webhooks' attempts). A message whose handling crashed three
   * times is parked with an alarm; the work itself is kept in the table, so nothing is lost.
   */
  private feedFromQueues(): void {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      if (!definition.queue) continue;
      const { fn } = this.functions[name];
      const parked = this.deadLetterQueue(
        `${pascalCase(name)}ParkedMessages`,
        `The ${name} function crashed on a queue message three times. The work is kept in the table ` +
          '(a webhook delivery stays pending and the one-minute sweep retries it); read the function’s log ' +
          'for the error, fix the cause, then delete the message.',
      );
      const queue = new Queue(this, `${pascalCase(name)}Queue`, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        // AWS's advice: at least six times the function's timeout, so a batch is not seen twice while it runs.
        visibilityTimeout: Duration.seconds(6 * definition.timeoutSeconds),
        retentionPeriod: Duration.days(1),
        deadLetterQueue: { queue: parked, maxReceiveCount: 3 },
      });
      fn.addEventSource(
        new SqsEventSource(queue, { batchSize: definition.queue.batchSize, reportBatchItemFailures: true }),
      );
      queue.grantSendMessages(fn);
      fn.addEnvironment(definition.queue.environment, queue.queueUrl);
    }
  }

  /** One route per row of ROUTES; the local gateway dispatches with the same rows. */
  private createHttpApi(): { httpApi: HttpApi; accessLogs: LogGroup } {
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

    const created = [];
    for (const route of ROUTES) {
      const [httpRoute] = httpApi.addRoutes({
        path: route.path,
        methods: [HTTP_METHODS[route.method]],
        integration: integrationFor(route.function),
      });
      if (!httpRoute) continue;
      created.push(httpRoute);
      suppress(httpRoute, route.access === 'public' ? 'publicRoute' : 'inFunctionAuthorization');
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
    // Every route gets its throttle from its row (THROTTLES in shared/platform/routes.ts); the default
    // covers anything that would ever slip past the table.
    stage.defaultRouteSettings = {
      throttlingBurstLimit: THROTTLES.standard.burst,
      throttlingRateLimit: THROTTLES.standard.rate,
    };
    stage.routeSettings = Object.fromEntries(
      ROUTES.map((route) => {
        const throttle = THROTTLES[throttleOf(route)];
        return [
          `${route.method} ${route.path}`,
          { ThrottlingBurstLimit: throttle.burst, ThrottlingRateLimit: throttle.rate },
        ];
      }),
    );
    // Route settings name routes by key, so the routes must exist before the stage refers to them.
    for (const httpRoute of created) stage.node.addDependency(httpRoute);

    return { httpApi, accessLogs };
  }

  /**
   * EventBridge Scheduler invokes each function that declares a schedule in FUNCTIONS,
   * asynchronously. A run that fails is parked in one queue, with an alarm: the scheduler parks
   * what it cannot deliver, and Lambda what still fails after its two retries.
   */
  private scheduleFunctions(): Queue | undefined {
    const scheduled = (Object.keys(FUNCTIONS) as FunctionName[]).filter(
      (name) => (FUNCTIONS[name] as FunctionDefinition).schedule,
    );
    if (scheduled.length === 0) return undefined;
    const failed = this.deadLetterQueue(
      'FailedScheduledRuns',
      'A scheduled run failed: EventBridge Scheduler could not invoke the function, or the function ' +
        'failed every retry. The message names the function and the error. The next run on the ' +
        'schedule catches up, as scheduled work is idempotent; fix the cause, then delete the message.',
    );
    for (const name of scheduled) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      const fn = this.functions[name].fn;
      fn.configureAsyncInvoke({
        retryAttempts: 2,
        // A run older than this has been overtaken by the next ones.
        maxEventAge: Duration.hours(1),
        onFailure: new SqsDestination(failed),
      });
      new Schedule(this, `${pascalCase(name)}Schedule`, {
        description: `Invokes the ${name} function: ${definition.schedule}`,
        schedule: ScheduleExpression.expression(definition.schedule ?? ''),
        target: new LambdaInvoke(fn, { retryAttempts: 2, deadLetterQueue: failed }),
      });
    }
    return failed;
  }

  /**
   * A dead-letter queue: encrypted, TLS-only, kept 14 days, with an alarm as soon as it holds
   * a message.
   */
  private deadLetterQueue(id: string, whatToDo: string): Queue {
    const queue = new Queue(this, id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    suppress(queue, 'deadLetterQueue');
    this.alarm(`${id}Alarm`, {
      description: whatToDo,
      metric: queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: Stats.MAXIMUM,
      }),
    });
    this.deadLetterQueues.push(queue);
    return queue;
  }

  /**
   * Alarms on the functions' errors (an invocation that failed: an uncaught error or a timeout,
   * not an error answer) and throttles, and on the API's 5xx answers (which include the errors
   * the functions catch and answer with a 500 or 503). The function alarms watch Lambda's
   * account-wide metrics, one alarm each: per-function alarms would be 20 and cost $2 a month
   * past CloudWatch's 10 free, a fifth of the budget. Embassy is meant to have its account to
   * itself; each function's own Errors and Throttles metrics say which one it was.
   */
  private watchFunctionsAndApi(): void {
    const every5Minutes = { period: Duration.minutes(5), statistic: Stats.SUM };
    this.alarm('FunctionErrorsAlarm', {
      description:
        "A function failed an invocation: the Lambda console's Errors metric per function says which; " +
        'see its log group for the error.',
      metric: new Metric({ namespace: 'AWS/Lambda', metricName: 'Errors', ...every5Minutes }),
    });
    this.alarm('FunctionThrottlesAlarm', {
      description:
        "A function was throttled: the account's concurrency is used up (look for a flood on /r/ or a " +
        'runaway stream consumer; the Throttles metric per function says which).',
      metric: new Metric({ namespace: 'AWS/Lambda', metricName: 'Throttles', ...every5Minutes }),
    });
    this.alarm('Api5xxAlarm', {
      description:
        'The API answered with a server error (5xx): find the request by its status in the API access ' +
        "log, then its requestId in the function's log.",
      metric: this.httpApi.metricServerError(every5Minutes),
    });
  }

  /** An alarm that goes off at the first occurrence in a 5-minute period, sent to the alarm topic. */
  private alarm(id: string, { description, metric }: { description: string; metric: IMetric }): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.alarmTopic) alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
    return alarm;
  }

  /**
   * Hands each function that declares `cognitoTrigger` in FUNCTIONS to the user pool as that
   * trigger (the CDK grants Cognito the invoke). Such a function verifies no tokens, so its
   * environment holds no reference to the pool and the two make no cycle.
   */
  private triggerFromUserPool(): void {
    const operations = { PostConfirmation: UserPoolOperation.POST_CONFIRMATION } as const;
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      if (definition.cognitoTrigger)
        this.userPool.addTrigger(operations[definition.cognitoTrigger], this.functions[name].fn);
    }
  }

  /**
   * Feeds each function that declares `objectCreated` in FUNCTIONS (the thumbnailer) the media
   * bucket's ObjectCreated events for keys under its prefix. S3 invokes it asynchronously: two
   * retries on an error, then the event is dropped (a missing thumbnail is shown as none; the
   * account-wide Errors alarm reports the failures).
   */
  private notifyOnUploads(): void {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      if (!definition.objectCreated) continue;
      this.mediaBucket.addEventNotification(
        EventType.OBJECT_CREATED,
        new LambdaDestination(this.functions[name].fn),
        {
          prefix: definition.objectCreated,
        },
      );
    }
    // The notification's handler is a singleton that the CDK creates at stack level.
    for (const handler of this.node.children.filter((c) =>
      c.node.id.startsWith('BucketNotificationsHandler'),
    ))
      suppress(
        handler,
        'bucketNotificationsLogging',
        'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      );
  }

  /**
   * Private; browsers PUT proof images with presigned URLs (hence CORS: the URL itself is the
   * credential) and reviewers GET them the same way. Retained with the stack's other data.
   */
  private createMediaBucket(): Bucket {
    const bucket = new Bucket(this, 'MediaBucket', {
      ...PRIVATE_BUCKET,
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          allowedOrigins: ['*'],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      // Versioned, so an overwritten or deleted proof image can be brought back for a month;
      // older versions then expire, so storage stays what the live images take.
      versioned: true,
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(MEDIA_NONCURRENT_VERSION_DAYS),
          expiredObjectDeleteMarker: true,
        },
      ],
    });
    suppress(bucket, 'mediaBucketAccessLogs');
    return bucket;
  }

  /** Private: only CloudFront, through origin access control, reads it. */
  private createWebBucket(): Bucket {
    const bucket = new Bucket(this, 'WebBucket', {
      ...PRIVATE_BUCKET,
      versioned: false,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    suppress(bucket, 'webBucketAccessLogs');
    return bucket;
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

    // The origin header (AWS's "restrict access to origins with a custom header"): CloudFormation
    // resolves the secret reference at deploy, so the value sits in the distribution's
    // configuration, as every custom header does, and in no function's.
    const apiOrigin = new HttpOrigin(`${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
      customHeaders: {
        [ORIGIN_HEADER]: this.originSecret.secretValueFromJson(this.originSecretKey).unsafeUnwrap(),
      },
    });
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
      // With its own certificate the distribution refuses anything older than TLS 1.2. The
      // default *.cloudfront.net certificate cannot be pinned: CloudFront applies its own policy.
      ...(this.domain
        ? {
            domainNames: [this.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', this.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
  }

  /** The dashboard's security headers (shared/platform/http/security-headers.ts), with HSTS for two years. */
  private dashboardHeadersPolicy(): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, 'DashboardHeaders', {
      comment: 'Embassy dashboard: CSP, HSTS, nosniff, referrer policy, no framing',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy([
            cognitoOrigin(this.region),
            // Presigned uploads (proof and reward images) go from the browser straight to the bucket.
            `https://${this.mediaBucket.bucketRegionalDomainName}`,
          ]),
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
   * cdk-nag findings accepted at stack level, each from NAG_SUPPRESSIONS (cdk/nag-suppressions.ts),
   * on the narrowest construct that works. cdk-nag 3 has no wildcard acknowledgement: each IAM5
   * finding is named exactly.
   */
  private acknowledgeStackFindings(): void {
    suppress(this.userPool, 'passwordPolicy');
    suppress(this.userPool, 'optionalMfa');
    suppress(this.userPool, 'threatProtection');

    suppress(this.distribution, 'geoRestriction');
    suppress(this.distribution, 'noWaf');
    suppress(this.distribution, 'noCloudFrontLogs');
    if (!this.domain) suppress(this.distribution, 'defaultCertificate');

    // The scheduler's invoke role is a singleton per target type that the CDK creates.
    for (const role of this.node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
        if (!(FUNCTIONS[name] as FunctionDefinition).schedule) continue;
        const fn = this.functions[name].fn.node.defaultChild as CfnElement;
        suppress(role, 'schedulerInvokeVersions', `Resource::<${this.getLogicalId(fn)}.Arn>:*`);
      }
    }

    // BucketDeployment's handler is a singleton that the CDK creates at stack level.
    const qualifier = String(
      this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER,
    );
    const webBucketArn = `<${this.getLogicalId(this.webBucket.node.defaultChild as CfnElement)}.Arn>`;
    for (const handler of this.node.children.filter((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    )) {
      suppress(
        handler,
        'bucketDeploymentLogging',
        'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      );
      for (const finding of [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*`,
      ])
        suppress(handler, 'bucketDeploymentAssets', finding);
      for (const finding of ['Action::s3:DeleteObject*', 'Action::s3:Abort*', `Resource::${webBucketArn}/*`])
        suppress(handler, 'bucketDeploymentWebBucket', finding);
      suppress(handler, 'bucketDeploymentInvalidation', 'Resource::*');
      suppress(handler, 'bucketDeploymentRuntime');
    }
  }

  /**
   * A whole-number context value (`-c key=100` arrives as a string), or undefined when not set.
   * @throws Error when it is not a number.
   */
  private numberContext(key: string): number | undefined {
    const value: unknown = this.node.tryGetContext(key);
    if (value === undefined || value === '') return undefined;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'boolean' || Number.isNaN(parsed))
      throw new Error(`Context "${key}" must be a number`);
    return parsed;
  }

  /** A string context value, or undefined when it is not set. */
  private stringContext(key: string): string | undefined {
    const value: unknown = this.node.tryGetContext(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string`);
    return value;
  }

  /** The custom domain from context: both values or neither. */
  private domainContext(): CustomDomain | undefined {
    const name = this.stringContext(DOMAIN_NAME_CONTEXT);
    const certificateArn = this.stringContext(CERTIFICATE_ARN_CONTEXT);
    if (!name && !certificateArn) return undefined;
    if (!name || !certificateArn) {
      throw new Error(`A custom domain needs both "${DOMAIN_NAME_CONTEXT}" and "${CERTIFICATE_ARN_CONTEXT}"`);
    }
    return { name, certificateArn };
  }
}

/** How long an overwritten or deleted proof image can be brought back. */
export const MEDIA_NONCURRENT_VERSION_DAYS = 30;

/**
 * `Embassy <hello@brand.example>` or `hello@brand.example`, as the notifier takes `mailFrom`.
 * @throws Error when there is no address in it.
 */
export function parseMailbox(mailbox: string): { name?: string; address: string } {
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(mailbox);
  const address = match?.[2] ?? match?.[3];
  if (!address)
    throw new Error(`"${mailbox}" is not an email address such as "Embassy <hello@brand.example>"`);
  const name = match?.[1]?.trim();
  return name ? { name, address } : { address };
}

/** Private buckets: no public access, no ACLs, encrypted at rest, TLS 1.2 or newer only. */
const PRIVATE_BUCKET = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} as const;

/**
 * Checks a custom domain before CloudFormation would: CloudFront takes certificates only from
 * us-east-1, whatever the stack's region.
 * @throws Error naming what is wrong.
 */
function checkedDomain(domain: CustomDomain): CustomDomain {
  if (!/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/.test(domain.name)) {
    throw new Error(
      `Domain name "${domain.name}" must be a lower-case host name such as ambassadors.brand.example`,
    );
  }
  if (!/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/.test(domain.certificateArn)) {
    throw new Error(
      `Certificate "${domain.certificateArn}" must be an ACM certificate ARN in us-east-1 (CloudFront's region)`,
    );
  }
  return domain;
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

/** Route accesses that need no user token: anyone, or a machine with its own credential. */
const TOKENLESS_ACCESS: ReadonlySet<RouteDefinition['access']> = new Set(['public', 'apiKey', 'shopify']);

/** Whether a function serves a route that a user's ID token authorises (it needs the pool's settings). */
export function verifiesTokens(name: FunctionName): boolean {
  return ROUTES.some((route) => route.function === name && !TOKENLESS_ACCESS.has(route.access));
}

/** `programs` → `Programs`, for construct ids. */
function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** One accepted cdk-nag finding: the rule, where it is accepted, and why. */
export type NagSuppression = {
  /** The AwsSolutions rule. */
  rule: `AwsSolutions-${string}`;
  /** What it is acknowledged on (the narrowest construct that works). */
  on: string;
  reason: string;
};

const BUCKET_DEPLOYMENT = 'The CDK-provided BucketDeployment handler (it runs only during deploys)';

/**
 * Every cdk-nag AwsSolutions finding the stack accepts, with its reason: the one list, which
 * SECURITY.md copies. A test checks that every acknowledgement in the stack comes from here and
 * that nothing here is unused.
 */
export const NAG_SUPPRESSIONS = {
  functionRuntime: {
    rule: 'AwsSolutions-L1',
    on: 'Each Embassy function',
    reason:
      'nodejs22.x is pinned on purpose, together with the esbuild target node22; it is supported ' +
      'until 2027. Moving to a newer runtime is a deliberate upgrade, not a lint fix.',
  },
  tableIndexes: {
    rule: 'AwsSolutions-IAM5',
    on: 'Each function role with table access (finding `Resource::<Table.Arn>/index/*`)',
    reason: "Queries on the table's GSIs need `index/*` of this one table; nothing wider is granted.",
  },
  mediaKeys: {
    rule: 'AwsSolutions-IAM5',
    on: 'The challenges function role (finding `Resource::<MediaBucket.Arn>/proofs/*`)',
    reason:
      'Each upload gets a fresh key under proofs/, so the grant is a prefix: PutObject and GetObject ' +
      'on those keys of this one bucket, nothing else.',
  },
  thumbnailKeys: {
    rule: 'AwsSolutions-IAM5',
    on: 'The media, challenges and content function roles (finding `Resource::<MediaBucket.Arn>/thumbs/*`)',
    reason:
      'Each proof image has its thumbnail at its own key under thumbs/, so the grant is a prefix: PutObject ' +
      'for the thumbnailer, GetObject for the functions that show them, on those keys of this one bucket.',
  },
  mediaDeletes: {
    rule: 'AwsSolutions-IAM5',
    on: 'The privacy function role (findings `Resource::<MediaBucket.Arn>/proofs/avatars/*` and `/thumbs/avatars/*`)',
    reason:
      'Account deletion removes the person’s avatar and its thumbnail, each at a key of its own under ' +
      'proofs/avatars/ and thumbs/avatars/, so the grant is those prefixes: DeleteObject alone, on this one bucket.',
  },
  sesIdentities: {
    rule: 'AwsSolutions-IAM5',
    on: 'The notifier role, only with `-c mailFrom` (finding `Resource::…:identity/*`)',
    reason:
      'SES checks sending against the sender identity and, in the sandbox, each recipient identity; ' +
      'recipients are not known at deploy time. Only send actions, in this account and region.',
  },
  sesAccount: {
    rule: 'AwsSolutions-IAM5',
    on: 'The notifier role, only with `-c mailFrom` (finding `Resource::*`)',
    reason:
      'ses:GetAccount (the sending quota the notifier paces its sends to) has no resource type, so IAM ' +
      'accepts only `*` for it. It reads the account’s sending limits and nothing else.',
  },
  clickHashKeyRotation: {
    rule: 'AwsSolutions-SMG4',
    on: 'The click-hash key secret',
    reason:
      'Not rotated on purpose: the key only makes hashed visitors unlinkable to raw IPs; rotating it would ' +
      'merely split one visitor into two for the hour of the change.',
  },
  signingMasterKeyRotation: {
    rule: 'AwsSolutions-SMG4',
    on: 'The signing master key secret',
    reason:
      'Not rotated automatically: every program signing secret derives from it and every Shopify secret is ' +
      'sealed with it, so rotating it would invalidate all of them at once. Programs rotate their own ' +
      'signing secrets (two may be active).',
  },
  originSecretRotation: {
    rule: 'AwsSolutions-SMG4',
    on: 'The origin secret (the header value CloudFront sends to the API)',
    reason:
      'Rotated by hand, without a rotation function: CloudFront takes a new value only when a deploy ' +
      'changes its reference (-c originSecretKey), and the functions accept every value in the secret, ' +
      'so a rotation is add, deploy, remove (docs/deploy.md). A rotation Lambda would cost more than it saves.',
  },
  deadLetterQueue: {
    rule: 'AwsSolutions-SQS3',
    on: 'Each dead-letter queue',
    reason: 'The queue is itself a dead-letter queue (with an alarm on its depth); it has none of its own.',
  },
  alarmTopicEncryption: {
    rule: 'AwsSolutions-SNS2',
    on: 'The alarm topic, only with `-c alarmEmail`',
    reason:
      'Alarm notifications carry alarm names and states, no data. CloudWatch cannot publish to a topic ' +
      "encrypted with SNS's AWS managed key, and a customer managed KMS key costs $1 a month.",
  },
  passwordPolicy: {
    rule: 'AwsSolutions-COG1',
    on: 'The user pool',
    reason:
      'Minimum 8 characters with lower case, upper case and digits. Symbols are not required: NIST ' +
      'SP 800-63B advises against composition rules, and length matters more.',
  },
  optionalMfa: {
    rule: 'AwsSolutions-COG2',
    on: 'The user pool',
    reason:
      'MFA (authenticator app) is optional: requiring it at sign-up would turn away ambassadors, ' +
      'who mostly join from a phone. SMS is off because each message costs money.',
  },
  threatProtection: {
    rule: 'AwsSolutions-COG8',
    on: 'The user pool',
    reason:
      'Threat protection needs the Plus feature plan, billed per monthly active user with no free ' +
      'tier, which is out of proportion to a single-digit monthly budget.',
  },
  webBucketAccessLogs: {
    rule: 'AwsSolutions-S1',
    on: 'The web bucket',
    reason:
      'Server access logs are off for cost and noise: only CloudFront reads the bucket, through ' +
      'origin access control, and only a deploy writes it.',
  },
  mediaBucketAccessLogs: {
    rule: 'AwsSolutions-S1',
    on: 'The media bucket',
    reason:
      'Server access logs are off for cost: objects are written and read only through short-lived presigned ' +
      'URLs that the API hands out after its own authorisation, and the API access log records each request for one.',
  },
  geoRestriction: {
    rule: 'AwsSolutions-CFR1',
    on: 'The distribution',
    reason: 'No geo restriction: ambassadors and shoppers may be anywhere.',
  },
  noWaf: {
    rule: 'AwsSolutions-CFR2',
    on: 'The distribution',
    reason:
      'No WAF: a web ACL costs at least about $5 a month plus per-rule and per-request fees, against a ' +
      'single-digit monthly budget. API Gateway throttles every route (shared/platform/routes.ts, THROTTLES).',
  },
  noCloudFrontLogs: {
    rule: 'AwsSolutions-CFR3',
    on: 'The distribution',
    reason:
      "CloudFront standard logs are off: they would keep every visitor's raw IP address, which the " +
      'referral links deliberately store only as keyed hashes. /api and /r requests are in the API ' +
      'Gateway access log, which has no IP addresses.',
  },
  defaultCertificate: {
    rule: 'AwsSolutions-CFR4',
    on: 'The distribution, only without a custom domain',
    reason:
      'Without a custom domain the distribution uses the default *.cloudfront.net certificate, with which ' +
      'CloudFront does not allow setting the minimum TLS version. Deploy with -c domainName and ' +
      '-c certificateArn to get TLSv1.2_2021.',
  },
  schedulerInvokeVersions: {
    rule: 'AwsSolutions-IAM5',
    on: 'The EventBridge Scheduler role (finding `Resource::<Function.Arn>:*`)',
    reason: 'EventBridge Scheduler may invoke this one function in any version or alias; nothing else.',
  },
  publicRoute: {
    rule: 'AwsSolutions-APIG4',
    on: 'Each public route in shared/platform/routes.ts',
    reason: 'Public by design (see ROUTES): anyone may call it without a token.',
  },
  inFunctionAuthorization: {
    rule: 'AwsSolutions-APIG4',
    on: 'Each route that is not public',
    reason:
      'Access is enforced in the function: it verifies the Cognito ID token against the pool JWKS (or the ' +
      "API key, or Shopify's HMAC), the same code path as locally, then checks roles per program, which an " +
      'API Gateway authorizer cannot express.',
  },
  bucketDeploymentLogging: {
    rule: 'AwsSolutions-IAM4',
    on: BUCKET_DEPLOYMENT,
    reason:
      'AWSLambdaBasicExecutionRole is the logging policy of the CDK-provided handler, which the CDK maintains.',
  },
  bucketDeploymentAssets: {
    rule: 'AwsSolutions-IAM5',
    on: BUCKET_DEPLOYMENT,
    reason:
      'Reads and lists the deployment assets in the CDK bootstrap bucket: the grants of the CDK-provided ' +
      'handler, which the CDK maintains.',
  },
  bucketDeploymentWebBucket: {
    rule: 'AwsSolutions-IAM5',
    on: BUCKET_DEPLOYMENT,
    reason:
      'Writes the dashboard files into the web bucket, prunes stale ones and aborts failed uploads: the ' +
      'grants of the CDK-provided handler, on this one bucket.',
  },
  bucketDeploymentInvalidation: {
    rule: 'AwsSolutions-IAM5',
    on: BUCKET_DEPLOYMENT,
    reason:
      'CloudFront invalidations after a deploy (CloudFront has no resource-level permissions for them).',
  },
  bucketNotificationsLogging: {
    rule: 'AwsSolutions-IAM4',
    on: "The CDK-provided handler that sets the media bucket's notification (it runs only during deploys)",
    reason:
      'AWSLambdaBasicExecutionRole is the logging policy of the CDK-provided handler that puts the media ' +
      "bucket's notification configuration (S3 has no CloudFormation property that avoids a dependency cycle " +
      'with the function it invokes); the CDK maintains it.',
  },
  bucketDeploymentRuntime: {
    rule: 'AwsSolutions-L1',
    on: BUCKET_DEPLOYMENT,
    reason:
      'The runtime is chosen by the CDK-provided handler, which the CDK maintains; it runs only during deploys.',
  },
} as const satisfies Record<string, NagSuppression>;

export type NagSuppressionName = keyof typeof NAG_SUPPRESSIONS;

/**
 * Acknowledges one finding from NAG_SUPPRESSIONS on a construct and everything under it.
 * @param finding narrows an IAM4 or IAM5 finding to one action or resource, such as
 * `Resource::<TableArn>/index/*` (cdk-nag 3 has no wildcard acknowledgement).
 */
export function suppress(construct: IConstruct, name: NagSuppressionName, finding?: string): void {
  const { rule, reason } = NAG_SUPPRESSIONS[name];
  Validations.of(construct).acknowledge({ id: finding ? `${rule}[${finding}]` : rule, reason });
}

/** The list as Markdown table rows (rule, where, reason), for SECURITY.md. */
export function nagSuppressionsMarkdown(): string {
  const rows = Object.values(NAG_SUPPRESSIONS).map(
    (s: NagSuppression) => `| ${s.rule} | ${s.on} | ${s.reason.replaceAll('|', '\\|')} |`,
  );
  return ['| Rule | On | Reason |', '| --- | --- | --- |', ...rows].join('\n');
}

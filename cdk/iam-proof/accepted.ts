import type { FunctionName } from '../../shared/platform/routes.ts';

/**
 * What the IAM proof accepts without a recorded use, each with its reason: grants no recorded
 * call made, and variables a bundle reads that the template does not set. An entry that explains
 * nothing fails the proof too, so this list shrinks when the stack does.
 */

/** A grant no recorded call used, and why it stays. */
export type UnusedGrant = {
  /** Default: every function that has the grant. */
  functions?: readonly FunctionName[];
  actions: readonly string[];
  /** Matched against the resource as the template writes it (`<TableCD117FA1.Arn>/index/*`). */
  resource: RegExp;
  reason: string;
};

const TABLE_OR_INDEXES = /^<Table\w+\.Arn>(\/index\/\*)?$/;

export const UNUSED_GRANTS: readonly UnusedGrant[] = [
  {
    functions: ['privacy'],
    actions: ['dynamodb:UpdateItem'],
    resource: TABLE_OR_INDEXES,
    reason:
      'An erasure pseudonymises with updates in transactions; the matrix deletes new users in the roles’ stead ' +
      '(their accounts must outlive the other cells), who have nothing to update. test/privacy.test.ts erases a full one.',
  },
  {
    functions: ['privacy'],
    actions: ['s3:DeleteObject'],
    resource: /^<MediaBucket\w+\.Arn>\/(proofs|thumbs)\/avatars\/\*$/,
    reason:
      'Account deletion deletes the avatar and its thumbnail only when the profile names one; the matrix deletes ' +
      'new users in the roles’ stead, who have none. test/privacy.test.ts deletes a real one from s3rver.',
  },
  {
    functions: ['privacy'],
    actions: ['cognito-idp:AdminDeleteUser'],
    resource: /^<UserPool\w+\.Arn>$/,
    reason:
      'Account deletion calls it, here on cognito-local, which the proof does not record (its proxies are for ' +
      'DynamoDB, S3, Secrets Manager, SES and SQS) and which checks no IAM; test/privacy.test.ts proves the call.',
  },
  {
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    resource: /^<\w+LogGroup\w+\.Arn>$/,
    reason:
      "Lambda's runtime writes the function's own log group with the function's role; no handler calls CloudWatch Logs.",
  },
  {
    functions: ['rollups', 'activity', 'notifier', 'webhookSender'],
    actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
    resource: /^<ParkedStreamRecords\w+\.Arn>$/,
    reason:
      "The event source mapping parks a record that failed every retry in this queue with the function's role " +
      "(no record failed every retry here); GetQueueAttributes and GetQueueUrl come with CDK's SqsDlq grant.",
  },
  {
    functions: ['scheduler', 'webhookSender'],
    actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
    resource: /^<FailedScheduledRuns\w+\.Arn>$/,
    reason:
      "Lambda sends a scheduled run that failed its retries to the on-failure destination with the function's role " +
      "(no run failed here); GetQueueAttributes and GetQueueUrl come with CDK's SqsDestination grant.",
  },
  {
    functions: ['rollups', 'activity', 'notifier', 'webhookSender'],
    actions: ['dynamodb:ListStreams'],
    resource: /^<Table\w+\.StreamArn>$/,
    reason:
      "One of the execution-role permissions Lambda documents for a DynamoDB event source (CDK's DynamoEventSource " +
      'grants it); the mapping is given the stream ARN, so it does not list streams while it runs.',
  },
  {
    functions: [
      'programs',
      'challenges',
      'rewards',
      'content',
      'referrals',
      'rollups',
      'activity',
      'scheduler',
      'webhooks',
      'webhookSender',
      'shopifyCodes',
      'shopifySync',
      'privacy',
      'accounts',
    ],
    actions: [
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
    ],
    resource: TABLE_OR_INDEXES,
    reason:
      "`readWrite` (FUNCTIONS' table column) is one set of actions for every function that writes, not tuned per " +
      'function, so moving a use-case between functions needs no grant; this function did not need this one here.',
  },
  {
    functions: ['webhookSender'],
    actions: [
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage',
      'sqs:ChangeMessageVisibility',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
    ],
    resource: /^<WebhookSenderQueue\w+\.Arn>$/,
    reason:
      "Lambda's event source mapping receives the function's queue, deletes what the function handled and returns " +
      "what it failed with the function's role (CDK's SqsEventSource grants these, GetQueueAttributes and GetQueueUrl " +
      'also with grantSendMessages); the function itself only sends, to the URL it is given.',
  },
  {
    functions: ['rewards'],
    actions: ['s3:GetObject'],
    resource: /^<MediaBucket\w+\.Arn>\/proofs\/\*$/,
    reason:
      'A reward image is checked (a ranged GetObject of its first bytes) only when a reward names one, and shown through presigned links ' +
      '(signed locally, no call); the recorded rewards carry no image, since uploads need the media bucket.',
  },
  {
    functions: ['content'],
    actions: ['s3:GetObject'],
    resource: /^<MediaBucket\w+\.Arn>\/proofs\/\*$/,
    reason:
      'An insights screenshot is checked (a ranged GetObject of its first bytes) only when a report names one, and shown through ' +
      'presigned links (signed locally, no call); the recorded reports carry no screenshot.',
  },
  {
    functions: ['programs'],
    actions: ['s3:GetObject'],
    resource: /^<MediaBucket\w+\.Arn>\/(proofs|thumbs)\/\*$/,
    reason:
      'A public page’s logo or hero is checked (a ranged GetObject of its first bytes) only when the settings name one, and ' +
      'shown through presigned links (signed locally, no call); the recorded program settings carry no image.',
  },
  {
    functions: ['accounts'],
    actions: ['s3:GetObject', 's3:PutObject'],
    resource: /^<MediaBucket\w+\.Arn>\/(proofs|thumbs)\/\*$/,
    reason:
      'An avatar is uploaded through a presigned POST (signed locally, no call) and checked (a ranged GetObject of its ' +
      'first bytes) only when a profile names one; the recorded profiles carry no avatar, since uploads need the media ' +
      'bucket. Avatars and the public page’s posts are shown through presigned thumbnail links.',
  },
  {
    functions: ['accounts'],
    actions: ['secretsmanager:GetSecretValue'],
    resource: /^<ClickHashKey\w+>$/,
    reason:
      'A public page’s visit hashes its visitor under the click key only when it counts: the recorded requests carry ' +
      'no browser’s User-Agent, so they count as bots; test/accounts.test.ts counts real visits.',
  },
  {
    functions: ['shopifyCodes'],
    actions: ['dynamodb:UpdateItem'],
    resource: TABLE_OR_INDEXES,
    reason:
      '`readWrite` is one set of actions for every function that writes; a retry writes the code’s record as a ' +
      'whole, by a conditional PutItem.',
  },
  {
    functions: ['shopifySync'],
    actions: [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:Query',
      'secretsmanager:GetSecretValue',
      'sqs:SendMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'dynamodb:ListStreams',
    ],
    resource:
      /^<(Table\w+\.(Arn|StreamArn)(\/index\/\*)?|SigningMasterKey\w+|ParkedStreamRecords\w+\.Arn|FailedScheduledRuns\w+\.Arn)>$/,
    reason:
      'No recorded program gives an Admin API token: with one, the sync would call the shop, and nothing here may ' +
      'reach Shopify. So it only reads connections; opening the token, its records (PutItem), the sweep (Query on ' +
      'its index) are proven in test/shopify-codes.test.ts against DynamoDB Local and the Admin API stand-in. The ' +
      'queues and ListStreams are the event source’s and the schedule’s, as for the other consumers.',
  },
  {
    functions: ['notifier'],
    actions: ['dynamodb:BatchGetItem', 'dynamodb:Query'],
    resource: TABLE_OR_INDEXES,
    reason:
      '`read` (FUNCTIONS’ table column) is one set of actions for every function that only reads; the notifier ' +
      'reads the recipient’s preferences and the program with GetItem alone.',
  },
  {
    functions: ['redirect'],
    actions: ['dynamodb:BatchGetItem', 'dynamodb:Query'],
    resource: TABLE_OR_INDEXES,
    reason:
      '`readAndPut` is one set of actions for the redirect and analytics; the redirect itself only gets (codes, ' +
      'targets, links) and puts clicks.',
  },
  {
    functions: ['identityEvents'],
    actions: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
    resource: /^<Table\w+\.Arn>$/,
    reason:
      '`readAndPut` is one set of actions; the user pool’s trigger queries the person’s memberships on an index and ' +
      'puts audit entries, nothing on the table itself.',
  },
];

/** A variable a bundle may read without the template setting it. */
export type UnsetVariable = {
  reason: string;
  /** Functions that need it: for them the template must set it. */
  mustBeSetFor?: readonly FunctionName[];
};

const LOCAL_ONLY =
  'local only: the local runtime and the tests point it at a stand-in; in AWS the SDK finds the regional endpoint';
const LOCAL_SECRET =
  'the local development value, used only without an ARN outside Lambda; in Lambda it is refused and the secret the ARN names is read';

export const VARIABLES_NOT_IN_THE_TEMPLATE: Record<string, UnsetVariable> = {
  DYNAMODB_ENDPOINT: { reason: LOCAL_ONLY },
  S3_ENDPOINT: { reason: LOCAL_ONLY },
  SECRETS_MANAGER_ENDPOINT: { reason: LOCAL_ONLY },
  SQS_ENDPOINT: {
    reason:
      "only the IAM proof points it at a stand-in; in AWS the SDK sends to the queue URL's host (locally there is no queue)",
  },
  EMBASSY_WEBHOOKS_ALLOW_LOOPBACK: {
    reason:
      'off unless set: a developer (`npm start`) or the webhook tests set it so endpoints may be on this machine; the ' +
      'stack never does, and without it loopback is refused like every private address',
  },
  MAIL_OUTBOX_FILE: { reason: 'local only: the dev outbox; MAIL_TRANSPORT is `ses` or `none` in AWS' },
  DYNAMODB_TIMEOUT_MS: {
    reason: 'defaults to the timeout ladder (shared/platform/timeout-ladder.ts); only raised locally',
  },
  LOG_LEVEL: { reason: 'defaults to info' },
  EMBASSY_SHOPIFY_ADMIN_URL: {
    reason:
      'local development and the tests only: sends every Admin API call to a stand-in; the stack never sets it, so the shop’s own endpoint is called',
  },
  REDIRECT_CACHE_MS: { reason: 'defaults to 5 s; the tests set 0' },
  COGNITO_JWKS_URL: { reason: 'defaults to {COGNITO_ISSUER}/.well-known/jwks.json, where Cognito serves it' },
  CLICK_HASH_KEY: { reason: LOCAL_SECRET },
  SIGNING_MASTER_KEY: { reason: LOCAL_SECRET },
  ORIGIN_SECRET: {
    reason:
      'the local origin value, off unless set; in Lambda only the secret ORIGIN_SECRET_ARN names counts, and without it every request is refused',
  },
  COGNITO_ISSUER: {
    reason:
      'in the docs bundle only through the route modules the OpenAPI document imports; docs verifies no token',
    mustBeSetFor: ['programs', 'challenges', 'referrals', 'analytics'],
  },
  COGNITO_CLIENT_ID: {
    reason:
      'in the docs bundle only through the route modules the OpenAPI document imports; docs verifies no token',
    mustBeSetFor: ['programs', 'challenges', 'referrals', 'analytics'],
  },
  MEDIA_BUCKET: {
    reason:
      'only the challenges function presigns proof images; elsewhere the upload code is imported but never runs',
    mustBeSetFor: ['challenges'],
  },
  CLICK_HASH_KEY_ARN: {
    reason:
      'read at import wherever shared/platform/secrets/secret.store.ts is bundled; only the redirect, referrals and accounts hash visitors',
    mustBeSetFor: ['redirect', 'referrals', 'accounts'],
  },
  SIGNING_MASTER_KEY_ARN: {
    reason:
      'read at import wherever shared/platform/secrets/secret.store.ts is bundled; only referrals signs and seals',
    mustBeSetFor: ['referrals'],
  },
  MAIL_TRANSPORT: { reason: 'defaults to none (no mail)', mustBeSetFor: ['notifier'] },
  MAIL_FROM: { reason: 'only with mail on (-c mailFrom)', mustBeSetFor: ['notifier'] },
};

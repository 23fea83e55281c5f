import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, inject } from 'vitest';
import { ensureTable, localDynamo } from '../local/provision.ts';
import { S3RVER_CREDENTIALS } from '../local/s3-local.ts';
import { leaseDynamo, releaseDynamo } from './dynamo-leases.ts';

/**
 * Runs before each test file, before it imports any handler: points the env module at the
 * shared emulators and gives the file a fresh table of its own, in a DynamoDB Local that a few
 * files share at most.
 */
const services = inject('services');
const { dynamo } = services;
const dynamoEndpoint = 'leases' in dynamo ? await leaseOne(dynamo.leases) : dynamo.endpoint;
const tableName = `test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
Object.assign(process.env, {
  TABLE_NAME: tableName,
  DYNAMODB_ENDPOINT: dynamoEndpoint,
  // DynamoDB Local on a machine shared by parallel test files is far slower than DynamoDB; the
  // ladder's 2 s per attempt (shared/platform/timeout-ladder.ts) is for AWS.
  DYNAMODB_TIMEOUT_MS: '10000',
  AWS_REGION: 'local',
  ...S3RVER_CREDENTIALS,
  COGNITO_ISSUER: `${services.cognitoEndpoint}/${services.userPoolId}`,
  COGNITO_CLIENT_ID: services.clientId,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  MEDIA_BUCKET: services.mediaBucket,
  S3_ENDPOINT: services.s3Endpoint,
  MAIL_TRANSPORT: 'outbox',
  REDIRECT_CACHE_MS: '0',
  MAIL_OUTBOX_FILE: join(tmpdir(), `${tableName}-outbox.jsonl`),
  // No test reaches Shopify: Admin API calls go to the discard port unless a test file points
  // them at its stand-in (test/shopify-admin-stand-in.ts).
  EMBASSY_SHOPIFY_ADMIN_URL: 'http://127.0.0.1:9/admin/api/graphql.json',
});
// Property tests draw the same cases on every run: a failure seen once is seen again, and a
// run never fails on a draw no run before made. (A test's own `seed` still wins; the stress
// suite, run apart, draws afresh.)
fc.configureGlobal({ seed: 20_261_207 });
// Off unless a test file turns it on (test/origin-protection.test.ts): locally there is no CloudFront.
delete process.env.ORIGIN_SECRET;
await ensureTable(localDynamo(dynamoEndpoint), tableName);

/** The file's emulator, handed back when its last test is done. */
async function leaseOne(poolUrl: string): Promise<string> {
  const lease = await leaseDynamo(poolUrl);
  afterAll(() => releaseDynamo(poolUrl, lease));
  return lease.endpoint;
}

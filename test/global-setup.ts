import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../local/build-web.ts';
import { startCognitoLocal } from '../local/cognito-local.ts';
import { Outbox } from '../local/outbox.ts';
import { ensureUserPool, localCognito } from '../local/provision.ts';
import { deliverObjectCreated, type ObjectCreatedConsumer } from '../local/s3-events.ts';
import { S3RVER_CREDENTIALS, startS3Local } from '../local/s3-local.ts';
import { freePort } from '../local/wait-for.ts';
import { FUNCTIONS } from '../shared/platform/routes.ts';
import { startDynamoLeases } from './dynamo-leases.ts';

export type TestServices = {
  /**
   * Where a test file's table goes: one emulator for every file (a running `npm start`), or the
   * address of the pool that lends each file one (test/dynamo-leases.ts). The file's handlers find
   * it in DYNAMODB_ENDPOINT (test/setup-env.ts).
   */
  dynamo: { endpoint: string } | { leases: string };
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  /** JSON-lines file of the confirmation codes cognito-local "emailed". */
  outboxFile: string;
  s3Endpoint: string;
  mediaBucket: string;
  /** Set when the tests run against a running `npm start` rather than in-process handlers. */
  apiUrl?: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    services: TestServices;
  }
}

/**
 * Makes this many test files share one DynamoDB Local before a fresh one takes over: few enough
 * that the stream records they leave do not slow the next files down, enough that the JVM's start
 * (about 3 s of a core, overlapped with the tests) stays a small part of the run.
 */
const FILES_PER_DYNAMO = Number(process.env.EMBASSY_TEST_FILES_PER_DYNAMO ?? 8);

/** Starts the real local stand-ins once per test run (DynamoDB Locals in memory). */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // Once, before any test starts Embassy: parallel `npm start`s must not build it at once.
  await ensureWebBuilt(join(import.meta.dirname, '..'));
  const dir = mkdtempSync(join(tmpdir(), 'embassy-test-'));
  const outboxFile = join(dir, 'outbox.jsonl');
  const mediaBucket = 'embassy-media-test';
  const [dynamo, cognito] = await Promise.all([
    startDynamoLeases({ filesPerEmulator: FILES_PER_DYNAMO }),
    freePort().then((port) =>
      startCognitoLocal({ port, dataDir: join(dir, 'cognito'), outbox: new Outbox(outboxFile) }),
    ),
  ]);
  // After the others are listening: its port 0 must not take a port freePort() promised them.
  const s3 = await startS3Local({ directory: join(dir, 's3'), bucket: mediaBucket });
  const pool = await ensureUserPool(localCognito(cognito.endpoint), 'embassy-test');
  // The thumbnailer, fed by s3rver's events as the bucket notification feeds it in AWS. It runs in
  // this process, where s3rver does, and touches no table: the test files share the bucket.
  const media = await thumbnailer(s3.endpoint, mediaBucket);
  const delivery = deliverObjectCreated([
    { name: 'media', prefix: FUNCTIONS.media.objectCreated, handler: media },
  ]);
  s3.onEvent(delivery.onEvent);
  project.provide('services', {
    dynamo: { leases: dynamo.url },
    cognitoEndpoint: cognito.endpoint,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    outboxFile,
    s3Endpoint: s3.endpoint,
    mediaBucket,
  });
  return async () => {
    await delivery.settled();
    await Promise.all([dynamo.stop(), cognito.stop(), s3.stop()]);
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * The real media handler with the environment a test file's handlers get for the bucket, set in
 * this process before the import (the env module reads it then; the SDK reads the credentials on
 * its first call). The test workers inherit it, and each sets every one of these variables
 * anew (test/setup-env.ts).
 */
async function thumbnailer(s3Endpoint: string, bucket: string): Promise<ObjectCreatedConsumer['handler']> {
  Object.assign(process.env, {
    // Required by the env module; the thumbnailer never reads or writes a table.
    TABLE_NAME: 'no-table-for-the-thumbnailer',
    AWS_REGION: 'local',
    ...S3RVER_CREDENTIALS,
    MEDIA_BUCKET: bucket,
    S3_ENDPOINT: s3Endpoint,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  });
  const module = (await import('../functions/media.handler.ts')) as {
    handler: ObjectCreatedConsumer['handler'];
  };
  return module.handler;
}

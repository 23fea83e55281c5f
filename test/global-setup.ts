import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../local/build-web.ts';
import { startCognitoLocal } from '../local/cognito-local.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { Outbox } from '../local/outbox.ts';
import { ensureUserPool, localCognito } from '../local/provision.ts';
import { startS3Local } from '../local/s3-local.ts';
import { freePort } from '../local/wait-for.ts';

export type TestServices = {
  dynamoEndpoint: string;
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

/** Starts the real local stand-ins once per test run (DynamoDB Local in memory). */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // Once, before any test starts Embassy: parallel `npm start`s must not build it at once.
  await ensureWebBuilt(join(import.meta.dirname, '..'));
  const dir = mkdtempSync(join(tmpdir(), 'embassy-test-'));
  const outboxFile = join(dir, 'outbox.jsonl');
  const mediaBucket = 'embassy-media-test';
  const [dynamo, cognito] = await Promise.all([
    freePort().then((port) => startDynamoLocal({ port })),
    freePort().then((port) =>
      startCognitoLocal({ port, dataDir: join(dir, 'cognito'), outbox: new Outbox(outboxFile) }),
    ),
  ]);
  // After the others are listening: its port 0 must not take a port freePort() promised them.
  const s3 = await startS3Local({ directory: join(dir, 's3'), bucket: mediaBucket });
  const pool = await ensureUserPool(localCognito(cognito.endpoint), 'embassy-test');
  project.provide('services', {
    dynamoEndpoint: dynamo.endpoint,
    cognitoEndpoint: cognito.endpoint,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    outboxFile,
    s3Endpoint: s3.endpoint,
    mediaBucket,
  });
  return async () => {
    await Promise.all([dynamo.stop(), cognito.stop(), s3.stop()]);
    rmSync(dir, { recursive: true, force: true });
  };
}

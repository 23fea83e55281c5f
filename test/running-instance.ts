import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEFAULT_DATA_DIR, LOCAL_MEDIA_BUCKET, type LocalState } from '../local/runtime.ts';

/**
 * Global setup for `npm run scenario`: instead of starting emulators, points the tests at the
 * Embassy that `npm start` is running (its state.json), so the scenario runs over real HTTP.
 */
export default async function setup(project: TestProject) {
  const dataDir = process.env.EMBASSY_DATA_DIR ?? DEFAULT_DATA_DIR;
  let state: LocalState;
  try {
    state = JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8')) as LocalState;
    await fetch(`${state.url}/api/health`);
  } catch {
    throw new Error(
      'Embassy is not running: start it with npm start in another terminal, then run npm run scenario.',
    );
  }
  project.provide('services', {
    dynamo: { endpoint: state.dynamoEndpoint },
    cognitoEndpoint: state.cognitoEndpoint,
    userPoolId: state.userPoolId,
    clientId: state.clientId,
    outboxFile: join(dataDir, 'outbox.jsonl'),
    s3Endpoint: `${state.url}/s3`,
    mediaBucket: LOCAL_MEDIA_BUCKET,
    apiUrl: state.url,
  });
}

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { killOnExit, type RunningService } from './dynamo-local.ts';
import type { Outbox } from './outbox.ts';
import { waitFor } from './wait-for.ts';

const require = createRequire(import.meta.url);

/**
 * Starts cognito-local (the Cognito user-pool emulator) with its data under `dataDir`.
 * The confirmation codes it would email are captured into the dev outbox.
 */
export async function startCognitoLocal(options: {
  port: number;
  dataDir: string;
  outbox?: Outbox;
  /**
   * The user pool's triggers (trigger name to function name) and the Lambda Invoke endpoint that
   * runs them (local/lambda-invoke.ts); without it the pool has none.
   */
  triggers?: { lambdaEndpoint: string; functions: Record<string, string> };
}): Promise<RunningService> {
  const endpoint = `http://127.0.0.1:${options.port}`;
  mkdirSync(join(options.dataDir, '.cognito'), { recursive: true });
  writeFileSync(
    join(options.dataDir, '.cognito', 'config.json'),
    JSON.stringify({
      TokenConfig: { IssuerDomain: endpoint },
      UserPoolDefaults: { UsernameAttributes: ['email'] },
      ...(options.triggers
        ? {
            LambdaClient: {
              endpoint: options.triggers.lambdaEndpoint,
              region: 'local',
              credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
            },
            TriggerFunctions: options.triggers.functions,
          }
        : {}),
    }),
  );
  const bin = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: options.dataDir,
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = killOnExit(child);
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    options.outbox?.readCognitoLog(lines);
  });
  child.stderr.resume();
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error('cognito-local exited');
        const response = await fetch(`${endpoint}/health`);
        return response.status < 500;
      },
      { timeoutMs: 30_000, what: 'cognito-local' },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

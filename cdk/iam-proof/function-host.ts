import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { FUNCTIONS, type FunctionName } from '../../shared/platform/routes.ts';

/**
 * One function's deployed bundle in a Node process of its own, with exactly the environment it
 * is given (as Lambda gives a function its configuration), answering invocations over IPC. One
 * process per function is what makes the proof faithful: shared/platform/env.ts parses `process.env`
 * once per process, so in-process handlers would all share one environment.
 */
export type FunctionHost = {
  name: FunctionName;
  /** Invokes the handler with one event, as Lambda would (within the function's timeout). */
  invoke: (event: unknown) => Promise<unknown>;
  /** What the process saw: every `process.env` name it read, and whether source maps were on. */
  report: () => Promise<{ envReads: string[]; sourceMapsEnabled: boolean }>;
  /** The last lines the function wrote, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

type Reply =
  | { type: 'ready' }
  | { type: 'init-error'; error: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: string }
  | { type: 'report'; envReads: string[]; sourceMapsEnabled: boolean };

/**
 * Runs in the child. It wraps `process.env` to record the names read (before the bundle loads,
 * so INIT is seen too), imports the bundle (INIT), then handles invocations with a Lambda-like
 * context.
 */
const BOOTSTRAP = `
const reads = new Set();
const real = process.env;
process.env = new Proxy(real, {
  get(target, key) { if (typeof key === 'string') reads.add(key); return Reflect.get(target, key); },
  has(target, key) { if (typeof key === 'string') reads.add(key); return Reflect.has(target, key); },
});
const [file, name, timeoutMs] = process.argv.slice(-3);
let handler;
try {
  ({ handler } = await import(file));
  process.send({ type: 'ready' });
} catch (error) {
  process.send({ type: 'init-error', error: String(error && error.stack || error) });
}
process.on('message', async (message) => {
  if (message.type === 'report') {
    process.send({ type: 'report', envReads: [...reads].sort(), sourceMapsEnabled: process.sourceMapsEnabled === true });
    return;
  }
  const deadline = Date.now() + Number(timeoutMs);
  const context = {
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:' + name,
    memoryLimitInMB: '256',
    awsRequestId: 'iam-proof-' + message.id,
    logGroupName: '/aws/lambda/' + name,
    logStreamName: 'iam-proof',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done() {}, fail() {}, succeed() {},
  };
  try {
    const result = await handler(message.event, context);
    process.send({ type: 'result', id: message.id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ type: 'error', id: message.id, error: String(error && error.stack || error) });
  }
});
`;

/**
 * Starts a function's bundle (`<bundleDir>/index.mjs`) with `env` as its whole environment and
 * waits for its INIT.
 * @throws Error with the function's output when INIT fails (a missing or malformed variable).
 */
export async function startFunctionHost(options: {
  name: FunctionName;
  bundleDir: string;
  env: Record<string, string>;
}): Promise<FunctionHost> {
  const { name } = options;
  const timeoutMs = FUNCTIONS[name].timeoutSeconds * 1000;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      BOOTSTRAP,
      join(options.bundleDir, 'index.mjs'),
      `embassy-${name}`,
      String(timeoutMs),
    ],
    { env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let reportWaiter: ((reply: Extract<Reply, { type: 'report' }>) => void) | undefined;
  let exited = false;
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (reply: Reply) => {
      if (reply.type === 'ready') resolve();
      else if (reply.type === 'init-error')
        reject(new Error(`${name} failed INIT: ${reply.error}\n${output()}`));
      else if (reply.type === 'report') reportWaiter?.(reply);
      else {
        const waiter = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.type === 'result') waiter?.resolve(reply.result);
        else waiter?.reject(new Error(`${name}: ${reply.error}`));
      }
    });
    child.on('exit', (code) => {
      exited = true;
      const error = new Error(`${name} exited (${code}):\n${output()}`);
      reject(error);
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  });
  await ready;

  let next = 0;
  return {
    name,
    invoke: (event) =>
      new Promise((resolve, reject) => {
        if (exited) return reject(new Error(`${name} is not running:\n${output()}`));
        const id = next++;
        pending.set(id, { resolve, reject });
        child.send({ type: 'invoke', id, event });
      }),
    report: () =>
      new Promise((resolve) => {
        reportWaiter = resolve;
        child.send({ type: 'report' });
      }),
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

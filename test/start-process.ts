import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../local/runtime.ts';
import { freePort } from '../local/wait-for.ts';

/** Runs `npm start`'s script (node --import tsx local/start.ts) as its own process. */
export function startEmbassyProcess(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', '--quiet', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => {
    stdout += c;
  });
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Waits until the started Embassy answers /api/health. */
export async function waitForHealth(
  url: string,
  run: ReturnType<typeof startEmbassyProcess>,
  timeoutMs = 90_000,
) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (run.child.exitCode !== null) break;
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Embassy did not start at ${url}: ${run.output().stderr || run.output().stdout}`);
}

/**
 * Starts `npm start` on a free port and waits for it. Another process can take the port between
 * choosing it and Embassy binding it (tests run side by side), so a busy port means another try.
 */
export async function startEmbassyOnFreePort(args: string[], env: Record<string, string> = {}) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const run = startEmbassyProcess([...args, '--port', String(port)], env);
    try {
      await waitForHealth(url, run);
      return { run, url };
    } catch (error) {
      if (attempt >= 3 || !run.output().stderr.includes('already in use')) throw error;
      await run.exited;
    }
  }
}

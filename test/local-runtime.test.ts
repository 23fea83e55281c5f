import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../local/cognito-users.ts';
import { localCognito } from '../local/provision.ts';
import { type LocalState, REPO_ROOT } from '../local/runtime.ts';
import { freePort } from '../local/wait-for.ts';
import { programInput } from './helpers.ts';
import { startEmbassyProcess } from './start-process.ts';

const startEmbassy = startEmbassyProcess;

const processesMentioning = (text: string) => {
  try {
    return execFileSync('pgrep', ['-f', text], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'embassy-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves health, config and the web page on one port, and SIGTERM leaves no child behind', {
    timeout: 120_000,
  }, async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const run = startEmbassy(['--port', String(port), '--data-dir', dataDir]);
    const started = Date.now();
    let health: Response | undefined;
    while (Date.now() - started < 90_000 && !health?.ok) {
      health = await fetch(`http://localhost:${port}/api/health`).catch(() => undefined);
      if (!health?.ok) await new Promise((r) => setTimeout(r, 250));
    }
    expect(health?.status, run.output().stderr).toBe(200);
    expect(Date.now() - started).toBeLessThan(60_000);
    const config = await (await fetch(`http://localhost:${port}/config.json`)).json();
    expect(config).toMatchObject({
      apiBase: '/api',
      cognito: { userPoolId: expect.any(String) },
    });
    expect(await (await fetch(`http://localhost:${port}/p/some-program`)).text()).toContain(
      '<title>Embassy</title>',
    );
    const state = JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8')) as LocalState;
    expect(processesMentioning(dataDir)).not.toBe('');

    // The first admin, through `npm run admin -- create-admin`, can sign in and create a program.
    const email = 'first-admin@example.com';
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'local/admin.ts',
        'create-admin',
        email,
        '--password',
        'First-admin-1',
        '--data-dir',
        dataDir,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(printed).toContain(`Admin ${email} created in the local user pool.`);
    const { idToken } = await signIn(
      localCognito(state.cognitoEndpoint),
      state.clientId,
      email,
      'First-admin-1',
    );
    const created = await fetch(`http://localhost:${port}/api/programs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(programInput()),
    });
    expect(created.status).toBe(201);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(processesMentioning(dataDir)).toBe('');
    await expect(fetch(`${state.cognitoEndpoint}/health`)).rejects.toThrow();
    expect(run.output().stdout).toContain('Embassy is running at');
  });

  it('explains a busy port in one line, without a stack trace', { timeout: 60_000 }, async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    const run = startEmbassy(['--port', String(port), '--data-dir', tempDir()]);
    expect(await run.exited).toBe(1);
    blocker.close();
    expect(run.output().stderr.trim()).toMatch(
      new RegExp(`^embassy: Port ${port} is already in use: .*--port`),
    );
    expect(run.output().stderr.trim().split('\n')).toHaveLength(1);
  });

  it('explains a missing Java in one line', { timeout: 60_000 }, async () => {
    const emptyPath = tempDir();
    const run = startEmbassy(['--port', String(await freePort()), '--data-dir', tempDir()], {
      PATH: emptyPath,
    });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toMatch(
      /^embassy: Java was not found: DynamoDB Local needs Java 17 or newer\./,
    );
    expect(run.output().stderr.trim().split('\n')).toHaveLength(1);
  });

  it('explains an unwritable data folder in one line', { timeout: 60_000 }, async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const run = startEmbassy(['--port', String(await freePort()), '--data-dir', join(file, 'data')]);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toMatch(
      /^embassy: The data folder .* is not writable \(ENOTDIR\): .*--data-dir/,
    );
    expect(run.output().stderr.trim().split('\n')).toHaveLength(1);
  });
});

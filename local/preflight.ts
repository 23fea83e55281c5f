import { spawnSync } from 'node:child_process';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A startup problem with a one-line explanation of what to do; printed without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Java 17+ must be on the PATH for DynamoDB Local. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new StartupError(
      'Java was not found: DynamoDB Local needs Java 17 or newer. Install it (for example: apt-get install openjdk-17-jre-headless) and run npm start again.',
    );
  }
  const version = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = version ? Number(version[1] === '1' ? version[2] : version[1]) : 0;
  if (major < 17) {
    throw new StartupError(
      `Java ${major || '(unknown version)'} was found, but DynamoDB Local needs Java 17 or newer. Install a newer JDK and run npm start again.`,
    );
  }
}

/** The data folder must be creatable and writable. */
export function checkDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = join(dataDir, `.write-test-${process.pid}`);
    writeFileSync(probe, 'ok');
    unlinkSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(
      `The data folder ${dataDir} is not writable (${code}): fix its permissions, or pass --data-dir <a writable folder>.`,
    );
  }
}

/** The gateway's port must be free. */
export async function checkPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new StartupError(
            `Port ${port} is ${error.code === 'EACCES' ? 'not allowed' : 'already in use'}: stop what uses it, or run npm start -- --port <another port>.`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

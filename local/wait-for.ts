/** Polls `probe` until it returns true; rethrows a probe's error only at the deadline. */
export async function waitFor(
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; what: string; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
      if (error instanceof Error && /exited|ENOENT/.test(error.message)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 150));
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`${options.what} did not start within ${Math.round(options.timeoutMs / 1000)} s${reason}`);
}

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

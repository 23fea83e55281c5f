import { parseArgs } from 'node:util';

/** Parses the local commands' flags. Local options are flags, not environment variables. */
export function parseFlags(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '3000' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'record-exchanges': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      password: { type: 'string' },
      stack: { type: 'string' },
      'user-pool-id': { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be 1–65535, not ${values.port}`);
  return { ...values, port, positionals };
}

import { parseFlags } from './cli-args.ts';
import { seedDemo } from './demo-seed.ts';
import { StartupError } from './preflight.ts';
import { type RunningEmbassy, startEmbassy } from './runtime.ts';
import { watchAncestors } from './watch-ancestors.ts';

const USAGE = `Usage: npm start [-- --port 3000] [--data-dir .embassy-data] [--demo] [--quiet]`;

async function main(): Promise<void> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  let running: RunningEmbassy | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: stopping Embassy…`);
    await running?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  // A supervisor may signal only npm, which does not always pass the signal on.
  watchAncestors(() => void shutdown('npm exited'));

  console.log('Starting Embassy: DynamoDB Local, cognito-local and the local API gateway…');
  try {
    running = await startEmbassy({
      port: flags.port,
      ...(flags['data-dir'] ? { dataDir: flags['data-dir'] } : {}),
      ...(flags['record-exchanges'] ? { recordExchanges: flags['record-exchanges'] } : {}),
      ...(flags.quiet ? {} : { log: (line: string) => console.log(`  ${line}`) }),
    });
  } catch (error) {
    fail(
      error instanceof StartupError ? error.message : `Embassy could not start: ${(error as Error).message}`,
    );
  }
  const { url } = running.state;
  const demo = flags.demo ? await seedDemo(running.state) : undefined;
  console.log(`
Embassy is running at ${url}

  Dashboard: ${url}/  (sign-up codes land in ${url}/dev/outbox)
  Health:    ${url}/api/health
  API docs:  ${url}/api/openapi.json
  Config:    ${url}/config.json
  Data:      kept in ${running.dataDir} (delete it to start afresh)
${demo ? `\nDemo program "${demo.programName}" (${demo.programId}), its public page at ${url}/p/${demo.slug}; sign in with password ${demo.password}:\n${demo.users.map((u) => `  ${u.role.padEnd(11)} ${u.email}`).join('\n')}\n` : ''}
Next:
  - Create the first admin:  npm run admin -- create-admin you@example.com${flags['data-dir'] ? ` --data-dir ${flags['data-dir']}` : ''}
  - Or start with demo data: npm run demo
  - Stop with Ctrl-C.
`);
}

function fail(message: string): never {
  console.error(`embassy: ${message}`);
  process.exit(1);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});

import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS, type FunctionDefinition, type FunctionName, ROUTES } from '../shared/platform/routes.ts';
import { ensureWebBuilt } from './build-web.ts';
import { startCognitoLocal } from './cognito-local.ts';
import { createCognitoProxy } from './cognito-proxy.ts';
import { type RunningService, startDynamoLocal } from './dynamo-local.ts';
import { forwardUnder } from './forward.ts';
import { createGateway, type GatewayExchange, type LambdaHandler, localFunctionName } from './gateway.ts';
import { type InvokedHandler, startLambdaInvoke } from './lambda-invoke.ts';
import { Outbox } from './outbox.ts';
import { checkDataDir, checkJava, checkPortFree, StartupError } from './preflight.ts';
import { ensureTable, ensureUserPool, localCognito, localDynamo } from './provision.ts';
import { deliverObjectCreated, type ObjectCreatedConsumer, objectCreatedConsumers } from './s3-events.ts';
import { S3RVER_CREDENTIALS, startS3Local } from './s3-local.ts';
import { type StreamConsumer, startStreamPoller } from './stream-poller.ts';
import { freePort } from './wait-for.ts';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.embassy-data');
export const LOCAL_TABLE = 'embassy';
export const LOCAL_POOL = 'embassy';
export const LOCAL_MEDIA_BUCKET = 'embassy-media';

/** Everything a local client needs to reach the running services; written to state.json. */
export type LocalState = {
  url: string;
  tableName: string;
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  pid: number;
};

export type RunningEmbassy = {
  state: LocalState;
  dataDir: string;
  outbox: Outbox;
  stop: () => Promise<void>;
};

/** The dashboard's static files: the built ones when present, else the placeholder. */
export function webRoot(): string {
  const dist = join(REPO_ROOT, 'web', 'dist');
  return existsSync(join(dist, 'index.html')) ? dist : join(REPO_ROOT, 'web', 'public');
}

/** Imports every function's real handler, by the route table's entries. */
export async function importHandlers(): Promise<Record<FunctionName, LambdaHandler>> {
  const entries = await Promise.all(
    (Object.keys(FUNCTIONS) as FunctionName[]).map(async (name) => {
      const module = (await import(/* @vite-ignore */ join(REPO_ROOT, FUNCTIONS[name].entry))) as {
        handler: LambdaHandler;
      };
      return [name, module.handler] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FunctionName, LambdaHandler>;
}

/** Sets the Lambda environment the handlers read at import (the env module), then imports them. */
async function loadHandlers(
  environment: Record<string, string>,
): Promise<Record<FunctionName, LambdaHandler>> {
  Object.assign(process.env, environment);
  return importHandlers();
}

/**
 * Starts Embassy locally: DynamoDB Local, cognito-local, the table and pool (idempotently),
 * and the gateway serving the API, `/r/*` and the web files on one port.
 * @throws StartupError with a one-line fix for a busy port, missing Java or unwritable data folder.
 */
export async function startEmbassy(options: {
  port: number;
  dataDir?: string;
  log?: (line: string) => void;
  /**
   * A JSON-lines file that gets every API request and its answer (bodies as text): the browser
   * tests check what the dashboard was sent against the OpenAPI document.
   */
  recordExchanges?: string;
}): Promise<RunningEmbassy> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  // Lambda runs Node 22; the local runtime may run on Node 20.19+, where the SDK would warn on every start.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  checkDataDir(dataDir);
  checkJava();
  await checkPortFree(options.port);

  const started: RunningService[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
  };
  try {
    const outbox = new Outbox(join(dataDir, 'outbox.jsonl'));
    mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
    const dynamo = await startDynamoLocal({ port: await freePort(), dbPath: join(dataDir, 'dynamodb') });
    started.push(dynamo);
    // The pool's triggers run the real handlers, loaded below, through Lambda's Invoke API.
    let handlers: Record<FunctionName, LambdaHandler> | undefined;
    const lambda = await startLambdaInvoke((name) => {
      const fn = (Object.keys(FUNCTIONS) as FunctionName[]).find((f) => localFunctionName(f) === name);
      return fn && handlers ? (handlers[fn] as unknown as InvokedHandler) : undefined;
    });
    started.push(lambda);
    const cognito = await startCognitoLocal({
      port: await freePort(),
      dataDir: join(dataDir, 'cognito'),
      outbox,
      triggers: { lambdaEndpoint: lambda.endpoint, functions: cognitoTriggers() },
    });
    started.push(cognito);

    const s3 = await startS3Local({
      directory: join(dataDir, 's3'),
      bucket: LOCAL_MEDIA_BUCKET,
    });
    started.push(s3);

    await ensureTable(localDynamo(dynamo.endpoint), LOCAL_TABLE);
    const pool = await ensureUserPool(localCognito(cognito.endpoint), LOCAL_POOL);
    handlers = await loadHandlers({
      TABLE_NAME: LOCAL_TABLE,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      // DynamoDB Local is far slower than DynamoDB; the ladder's 2 s per attempt is for AWS.
      DYNAMODB_TIMEOUT_MS: '10000',
      AWS_REGION: 'local',
      ...S3RVER_CREDENTIALS,
      COGNITO_ISSUER: `${cognito.endpoint}/${pool.userPoolId}`,
      COGNITO_CLIENT_ID: pool.clientId,
      MEDIA_BUCKET: LOCAL_MEDIA_BUCKET,
      // Through the gateway's /s3 mount: presigned URLs then point at the dashboard's own origin.
      S3_ENDPOINT: `http://localhost:${options.port}/s3`,
      MAIL_TRANSPORT: 'outbox',
      MAIL_OUTBOX_FILE: join(dataDir, 'outbox.jsonl'),
      // Emails link into this dashboard, as they link to the stack's Url in AWS.
      PUBLIC_URL: `http://localhost:${options.port}`,
    });
    await ensureWebBuilt(REPO_ROOT, options.log);
    const url = `http://localhost:${options.port}`;
    // Relative, as in AWS: the dashboard works the same behind `npm run dev:web`'s proxy.
    const config = {
      apiBase: '/api',
      cognito: {
        region: 'local',
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        // The gateway's Cognito proxy: same origin as the dashboard (see local/cognito-proxy.ts).
        endpoint: '/cognito',
      },
    };
    const server = createGateway({
      routes: ROUTES,
      handlers,
      webRoot: webRoot(),
      documents: { '/config.json': config },
      mounts: {
        '/cognito': createCognitoProxy({ target: cognito.endpoint, userPoolId: pool.userPoolId }),
        '/s3': forwardUnder('/s3', s3.endpoint),
        '/dev/outbox': outbox.serve,
      },
      ...(options.recordExchanges ? { onExchange: recordTo(options.recordExchanges) } : {}),
      ...(options.log
        ? { onRequest: (r) => options.log?.(`${r.method} ${r.path} ${r.status} ${r.ms} ms`) }
        : {}),
    });
    // The stream and the clock run before the port opens, and state.json exists by then, so
    // whoever sees /api/health answer finds everything up.
    const poller = await startStreamPoller({
      endpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE,
      consumers: streamConsumers(handlers),
      parkedFile: join(dataDir, 'parked-stream-records.jsonl'),
    });
    started.push({ endpoint: 'stream', stop: poller.stop });
    started.push(runOnSchedule(handlers));
    // The media bucket's notifications: s3rver's events feed the thumbnailer, as S3 does in AWS.
    const media = deliverObjectCreated(
      objectCreatedConsumers(handlers as unknown as Record<FunctionName, ObjectCreatedConsumer['handler']>),
    );
    s3.onEvent(media.onEvent);
    started.push({ endpoint: 'media events', stop: media.settled });

    const state: LocalState = {
      url,
      tableName: LOCAL_TABLE,
      dynamoEndpoint: dynamo.endpoint,
      cognitoEndpoint: cognito.endpoint,
      userPoolId: pool.userPoolId,
      clientId: pool.clientId,
      pid: process.pid,
    };
    writeFileSync(join(dataDir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
    await listen(server, options.port);
    started.push({ endpoint: url, stop: () => close(server) });
    return { state, dataDir, outbox, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** The user pool's triggers as cognito-local takes them: each `cognitoTrigger` in FUNCTIONS, by its local name. */
function cognitoTriggers(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(FUNCTIONS) as FunctionName[]).flatMap((name) => {
      const definition: FunctionDefinition = FUNCTIONS[name];
      return definition.cognitoTrigger ? [[definition.cognitoTrigger, localFunctionName(name)]] : [];
    }),
  );
}

/** Appends each exchange to a JSON-lines file, bodies as UTF-8 text. */
function recordTo(file: string): (exchange: GatewayExchange) => void {
  return (exchange) =>
    appendFileSync(
      file,
      `${JSON.stringify({
        ...exchange,
        requestBody: exchange.requestBody.toString('utf8'),
        body: Buffer.isBuffer(exchange.body) ? exchange.body.toString('utf8') : exchange.body,
      })}\n`,
    );
}

/** The functions fed by the table's stream, with the filters their event source mappings have in AWS. */
export function streamConsumers(handlers: Record<FunctionName, LambdaHandler>): StreamConsumer[] {
  return (Object.keys(FUNCTIONS) as FunctionName[]).flatMap((name) => {
    const definition: FunctionDefinition = FUNCTIONS[name];
    if (!definition.stream) return [];
    return [{ name, handler: handlers[name] as unknown as StreamConsumer['handler'], ...definition.stream }];
  });
}

/** Locally, functions with a schedule run on a timer (every 30 s), as EventBridge Scheduler runs them in AWS. */
function runOnSchedule(handlers: Record<FunctionName, LambdaHandler>): RunningService {
  const scheduled = (Object.keys(FUNCTIONS) as FunctionName[]).filter((name) => {
    const definition: FunctionDefinition = FUNCTIONS[name];
    return definition.schedule !== undefined;
  });
  const tick = () => {
    for (const name of scheduled) {
      const event = { time: new Date().toISOString() } as unknown as Parameters<LambdaHandler>[0];
      const context = { functionName: localFunctionName(name), awsRequestId: randomUUID() };
      handlers[name](event, context as Parameters<LambdaHandler>[1]).catch((error: unknown) =>
        console.error(`[${name}]`, error instanceof Error ? error.message : error),
      );
    }
  };
  tick();
  const timer = setInterval(tick, 30_000);
  return { endpoint: 'scheduler', stop: async () => clearInterval(timer) };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} is already in use: stop what uses it, or run npm start -- --port <another port>.`,
            )
          : error,
      ),
    );
    server.listen(port, () => resolveListen());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

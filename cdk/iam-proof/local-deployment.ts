import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { LambdaHandler } from '../../local/gateway.ts';
import { objectCreatedEvent } from '../../local/s3-events.ts';
import { type StreamPoller, startStreamPoller } from '../../local/stream-poller.ts';
import { FUNCTIONS, type FunctionDefinition, type FunctionName } from '../../shared/platform/routes.ts';
import { startSecretsManagerStandIn } from '../../test/secrets-manager-stand-in.ts';
import type { RecordedCall } from './aws-calls.ts';
import { type FunctionHost, startFunctionHost } from './function-host.ts';
import { type QueueMapping, startQueueMapping } from './queue-mapping.ts';
import { type ProxiedService, type RecordingProxy, startRecordingProxy } from './recording-proxy.ts';
import { startSesStandIn } from './ses-stand-in.ts';
import { startSqsStandIn } from './sqs-stand-in.ts';
import {
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  type LocalResources,
  resolveValue,
  type TemplateFunction,
} from './template-model.ts';

/**
 * The synthesised stack "deployed" on this machine: each function's bundle in its own process
 * with the template's environment (tokens resolved to the local stand-ins), Lambda's own
 * variables, and a few local-only ones the harness adds and names; a recording proxy per
 * function in front of every service it can reach; an event source mapping per stream
 * consumer, reading the stream with that function's identity; and one per queue the template
 * feeds a function from, on the SQS stand-in's messages.
 */

/** What Lambda itself sets in every function's environment (the role's credentials among them). */
export const LAMBDA_RUNTIME_VARIABLES = [
  'AWS_REGION',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_EXECUTION_ENV',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'TZ',
] as const;

/**
 * What only this harness sets, and why. None is in the template, and none may be: a template
 * value under one of these names is refused.
 */
export const LOCAL_ONLY_VARIABLES = {
  DYNAMODB_ENDPOINT: "the function's recording proxy in front of DynamoDB Local",
  S3_ENDPOINT: "the function's recording proxy in front of s3rver",
  SECRETS_MANAGER_ENDPOINT: "the function's recording proxy in front of the Secrets Manager stand-in",
  AWS_ENDPOINT_URL_SESV2:
    "the function's recording proxy in front of the SES stand-in (read by the AWS SDK itself)",
  SQS_ENDPOINT: "the function's recording proxy in front of the SQS stand-in",
  DYNAMODB_TIMEOUT_MS: 'DynamoDB Local on a shared two-core machine is far slower than DynamoDB',
  HOME: 'an empty folder: no AWS config or credentials file can leak in',
  PATH: 'to start Node',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'the tests run on Node 20; Lambda on 22',
} as const;

/**
 * Regional endpoints in template values and what stands in for them locally: the issuer is
 * `https://cognito-idp.{region}.{urlSuffix}/{pool}` in AWS and cognito-local's own URL here.
 */
export const localEndpointRewrites = (cognitoEndpoint: string): Array<[string, string]> => [
  [`https://cognito-idp.${LOCAL_REGION}.amazonaws.com/`, `${cognitoEndpoint}/`],
];

/** How many times `drain()` lets the stream and the queues answer each other before it gives up. */
const DRAIN_ROUNDS = 10;

/** The credentials every function's role hands over (s3rver knows this one account). */
export const ROLE_CREDENTIALS = {
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  sessionToken: 'iam-proof-session',
} as const;

export type LocalDeployment = {
  hosts: Record<FunctionName, FunctionHost>;
  /** The API's handlers for the local gateway: each forwards its event to its function's process. */
  handlers: Record<FunctionName, LambdaHandler>;
  /** Every AWS call recorded, in order. */
  calls: RecordedCall[];
  /** Invocations per function, and the API route keys invoked with the status answered. */
  invocations: Record<FunctionName, number>;
  routes: Array<{ routeKey: string; status: number }>;
  /** Each function's environment as started, by where each variable came from. */
  environments: Record<FunctionName, { template: Record<string, string>; harness: Record<string, string> }>;
  /**
   * Stream records that failed every retry and queue messages received as often as their
   * queue's redrive policy allows, parked: by consumer (`webhookSender`, `webhookSender queue`).
   */
  parked: () => Record<string, number>;
  /** Emails the SES stand-in accepted. */
  sentEmails: () => number;
  /** Queue messages a function handled and the mapping deleted, by function. */
  queueDeliveries: () => Record<string, number>;
  /**
   * Delivers every stream record written so far to its consumers and every queue message to
   * its function, again while handling them writes or sends more (a bounded number of rounds).
   * @throws Error when messages are still waiting after the last round.
   */
  drain: () => Promise<void>;
  /** Invokes a scheduled function as EventBridge Scheduler does. */
  runScheduled: (name: FunctionName, time: Date) => Promise<unknown>;
  /**
   * Invokes each function fed the media bucket's events (`objectCreated`) whose prefix the key
   * is under, with the event S3's notification sends for an object put there.
   */
  objectCreated: (bucket: string, key: string, size: number) => Promise<void>;
  /** Invokes each function that is the user pool's `trigger` (`cognitoTrigger`) with Cognito's event. */
  cognitoTrigger: (trigger: 'PostConfirmation', event: unknown) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Starts the functions of the template against the local stand-ins.
 * @throws Error when a template value has no local equivalent, a harness variable would shadow
 * a template one, or a function fails INIT.
 */
export async function deployLocally(options: {
  functions: Record<FunctionName, TemplateFunction>;
  resources: LocalResources;
  bundleDir: string;
  tableName: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  cognitoEndpoint: string;
  /** Secret values by local ARN. */
  secrets: Record<string, string>;
}): Promise<LocalDeployment> {
  const stops: Array<() => Promise<void>> = [];
  const calls: RecordedCall[] = [];
  const names = Object.keys(FUNCTIONS) as FunctionName[];
  const invocations = Object.fromEntries(names.map((name) => [name, 0])) as Record<FunctionName, number>;
  const routes: LocalDeployment['routes'] = [];
  try {
    const secretsManager = await startSecretsManagerStandIn({
      region: LOCAL_REGION,
      credentials: ROLE_CREDENTIALS,
      secrets: options.secrets,
    });
    stops.push(secretsManager.close);
    const ses = await startSesStandIn({ region: LOCAL_REGION, credentials: ROLE_CREDENTIALS });
    stops.push(ses.close);
    const queues = Object.values(options.resources).filter((resource) => resource.type === 'AWS::SQS::Queue');
    const sqs = await startSqsStandIn({
      region: LOCAL_REGION,
      credentials: ROLE_CREDENTIALS,
      queueUrls: queues.flatMap((queue) => (queue.ref ? [queue.ref] : [])),
    });
    stops.push(sqs.close);
    const targets: Record<ProxiedService, string> = {
      dynamodb: options.dynamoEndpoint,
      s3: options.s3Endpoint,
      secretsmanager: secretsManager.endpoint,
      ses: ses.endpoint,
      sqs: sqs.endpoint,
    };
    const home = mkdtempSync(join(tmpdir(), 'iam-proof-home-'));
    const rewrites = localEndpointRewrites(options.cognitoEndpoint);

    const hosts = {} as Record<FunctionName, FunctionHost>;
    const proxiesOf = {} as Record<FunctionName, Record<ProxiedService, RecordingProxy>>;
    const environments = {} as LocalDeployment['environments'];
    await Promise.all(
      names.map(async (name) => {
        // Every function gets every service: a call from one without a grant is recorded and refused by the check.
        const proxies = Object.fromEntries(
          await Promise.all(
            (Object.keys(targets) as ProxiedService[]).map(async (service) => {
              const proxy = await startRecordingProxy({
                fn: name,
                service,
                target: targets[service],
                record: (call) => calls.push(call),
              });
              stops.push(proxy.close);
              return [service, proxy] as const;
            }),
          ),
        ) as Record<ProxiedService, RecordingProxy>;
        proxiesOf[name] = proxies;
        const template = Object.fromEntries(
          Object.entries(options.functions[name].environment).map(([variable, value]) => {
            let resolved = String(resolveValue(value, options.resources));
            for (const [from, to] of rewrites)
              if (resolved.startsWith(from)) resolved = to + resolved.slice(from.length);
            return [variable, resolved];
          }),
        );
        const harness: Record<string, string> = {
          AWS_REGION: LOCAL_REGION,
          AWS_LAMBDA_FUNCTION_NAME: `embassy-${name}`,
          AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
          AWS_ACCESS_KEY_ID: ROLE_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: ROLE_CREDENTIALS.secretAccessKey,
          AWS_SESSION_TOKEN: ROLE_CREDENTIALS.sessionToken,
          TZ: ':UTC',
          DYNAMODB_ENDPOINT: proxies.dynamodb.endpoint,
          S3_ENDPOINT: proxies.s3.endpoint,
          SECRETS_MANAGER_ENDPOINT: `${proxies.secretsmanager.endpoint}/`,
          AWS_ENDPOINT_URL_SESV2: proxies.ses.endpoint,
          SQS_ENDPOINT: proxies.sqs.endpoint,
          DYNAMODB_TIMEOUT_MS: '10000',
          HOME: home,
          PATH: process.env.PATH ?? '',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        };
        const shadowed = Object.keys(harness).filter((variable) => variable in template);
        if (shadowed.length > 0)
          throw new Error(
            `${name}: the template sets ${shadowed.join(', ')}, which only Lambda or the harness may set`,
          );
        environments[name] = { template, harness };
        const host = await startFunctionHost({
          name,
          bundleDir: join(options.bundleDir, name),
          env: { ...template, ...harness },
        });
        stops.push(host.stop);
        hosts[name] = host;
      }),
    );

    const handlers = Object.fromEntries(
      names.map((name) => [
        name,
        async (event: APIGatewayProxyEventV2) => {
          invocations[name]++;
          const result = (await hosts[name].invoke(event)) as Awaited<ReturnType<LambdaHandler>>;
          const status =
            typeof result === 'object' && result && 'statusCode' in result ? Number(result.statusCode) : 200;
          routes.push({ routeKey: event.routeKey, status });
          return result;
        },
      ]),
    ) as unknown as Record<FunctionName, LambdaHandler>;

    // One event source mapping per consumer, as in AWS: it reads the stream with its function's role.
    const pollers: StreamPoller[] = [];
    for (const name of names) {
      const definition: FunctionDefinition = FUNCTIONS[name];
      if (!definition.stream) continue;
      const poller = await startStreamPoller({
        endpoint: proxiesOf[name].dynamodb.endpoint,
        tableName: options.tableName,
        consumers: [
          {
            name,
            handler: async (event) => {
              invocations[name]++;
              return (await hosts[name].invoke(event)) as Awaited<ReturnType<LambdaHandler>> as never;
            },
            ...definition.stream,
          },
        ],
        intervalMs: 100,
      });
      pollers.push(poller);
      stops.push(poller.stop);
    }

    // One event source mapping per queue the template feeds a function from.
    const queueMappings: Array<{ name: FunctionName; mapping: QueueMapping }> = [];
    for (const name of names) {
      for (const source of options.functions[name].queueSources) {
        const queue = options.resources[source.queueId];
        const messages = queue?.ref ? sqs.messages.get(queue.ref) : undefined;
        if (!queue?.attributes.Arn || !messages)
          throw new Error(`${name}: the queue ${source.queueId} that feeds it has no local equivalent`);
        const mapping = startQueueMapping({
          messages,
          queueArn: queue.attributes.Arn,
          source,
          region: LOCAL_REGION,
          senderId: `${LOCAL_ACCOUNT}:embassy-${name}`,
          invoke: async (event) => {
            invocations[name]++;
            return hosts[name].invoke(event);
          },
        });
        queueMappings.push({ name, mapping });
      }
    }
    const waitingMessages = () => queueMappings.reduce((sum, { mapping }) => sum + mapping.waiting(), 0);

    return {
      hosts,
      handlers,
      calls,
      invocations,
      routes,
      environments,
      parked: () =>
        Object.fromEntries([
          ...pollers.flatMap((poller) => [...poller.parked]),
          ...queueMappings
            .filter(({ mapping }) => mapping.parked() > 0)
            .map(({ name, mapping }) => [`${name} queue`, mapping.parked()] as const),
        ]),
      sentEmails: () => ses.sent.length,
      queueDeliveries: () =>
        Object.fromEntries(queueMappings.map(({ name, mapping }) => [name, mapping.delivered()])),
      drain: async () => {
        // A queue's consumer writes to the table, whose stream may send to a queue again: until both rest.
        for (let round = 0; round < DRAIN_ROUNDS; round++) {
          await Promise.all(pollers.map((poller) => poller.drain()));
          if (waitingMessages() === 0) return;
          await Promise.all(queueMappings.map(({ mapping }) => mapping.deliverWaiting()));
        }
        if (waitingMessages() > 0)
          throw new Error(`${waitingMessages()} queue messages still waiting after ${DRAIN_ROUNDS} rounds`);
      },
      runScheduled: async (name, time) => {
        invocations[name]++;
        return hosts[name].invoke({ time: time.toISOString() });
      },
      objectCreated: async (bucket, key, size) => {
        for (const name of names) {
          const prefix = (FUNCTIONS[name] as FunctionDefinition).objectCreated;
          if (!prefix || !key.startsWith(prefix)) continue;
          invocations[name]++;
          await hosts[name].invoke(objectCreatedEvent(bucket, key, size));
        }
      },
      cognitoTrigger: async (trigger, event) => {
        for (const name of names) {
          if ((FUNCTIONS[name] as FunctionDefinition).cognitoTrigger !== trigger) continue;
          invocations[name]++;
          await hosts[name].invoke(event);
        }
      },
      stop: async () => {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

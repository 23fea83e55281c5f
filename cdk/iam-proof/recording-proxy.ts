import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FunctionName } from '../../shared/platform/routes.ts';
import {
  type AwsCall,
  type CallSource,
  dynamoCalls,
  type RecordedCall,
  s3Calls,
  secretsCalls,
  sesCalls,
  sqsCalls,
} from './aws-calls.ts';

/** The local services a function reaches, each behind a proxy of its own per function. */
export type ProxiedService = 'dynamodb' | 's3' | 'secretsmanager' | 'ses' | 'sqs';

/**
 * The access key the local stream poller signs with (local/stream-poller.ts): its requests
 * through a function's proxy are the event source mapping's, made with that function's role.
 */
export const EVENT_SOURCE_MAPPING_ACCESS_KEY = 'local';

export type RecordingProxy = { endpoint: string; close: () => Promise<void> };

/** The access key a request is signed with, from its Authorization header or a presigned URL. */
function accessKeyOf(req: IncomingMessage, url: URL): string | undefined {
  const header = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1];
  return header ?? url.searchParams.get('X-Amz-Credential')?.split('/')[0];
}

/** The error type in a JSON (`__type`) or XML (`<Code>`) error answer. */
function errorType(text: string): string {
  const json = /"__type"\s*:\s*"(?:[^"#]*#)?([^"]+)"/.exec(text)?.[1];
  return json ?? /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? 'unknown';
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An HTTP proxy in front of one local service for one function: it forwards every request
 * unchanged (headers included, so signatures still verify) and records the IAM authorisations
 * it needs, with the answer's status. One proxy per function and service means every call is
 * attributed to its function by the port it arrives on, across processes, with no change to
 * production code.
 */
export async function startRecordingProxy(options: {
  fn: FunctionName;
  service: ProxiedService;
  /** The real local service, such as DynamoDB Local's endpoint. */
  target: string;
  record: (call: RecordedCall) => void;
}): Promise<RecordingProxy> {
  const target = new URL(options.target);
  // GetRecords names only a shard iterator: remember which stream each iterator reads.
  const iteratorStreams = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const body = await readAll(req);
    const text = body.toString('utf8');
    const parsed = (() => {
      try {
        return text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    })();
    const method = req.method ?? 'GET';
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    let calls: AwsCall[];
    switch (options.service) {
      case 'dynamodb':
        calls = dynamoCalls(amzTarget, parsed, (iterator) => iteratorStreams.get(iterator));
        break;
      case 's3':
        calls = s3Calls(method, url);
        break;
      case 'secretsmanager':
        calls = secretsCalls(amzTarget, parsed);
        break;
      case 'ses':
        calls = sesCalls(method, url.pathname, parsed);
        break;
      case 'sqs':
        calls = sqsCalls(amzTarget, parsed);
        break;
    }
    const source: CallSource =
      accessKeyOf(req, url) === EVENT_SOURCE_MAPPING_ACCESS_KEY
        ? 'event-source-mapping'
        : url.searchParams.has('X-Amz-Signature')
          ? 'presigned-url'
          : 'function';

    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method,
        path: `${target.pathname.replace(/\/$/, '')}${url.pathname}${url.search}`,
        headers: req.headers,
      },
      async (answer) => {
        const payload = await readAll(answer);
        const status = answer.statusCode ?? 502;
        if (options.service === 'dynamodb' && /ShardIterator/.test(payload.toString('utf8'))) {
          const stream = calls[0]?.resource;
          const out = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
          for (const key of ['ShardIterator', 'NextShardIterator'])
            if (typeof out[key] === 'string' && stream) iteratorStreams.set(out[key], stream);
        }
        const error = status >= 400 ? errorType(payload.toString('utf8')) : undefined;
        for (const call of calls)
          options.record({ ...call, fn: options.fn, source, status, ...(error ? { error } : {}) });
        res.writeHead(status, answer.headers);
        res.end(payload);
      },
    );
    upstream.on('error', (error) => {
      for (const call of calls) options.record({ ...call, fn: options.fn, source, status: 502 });
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
    upstream.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

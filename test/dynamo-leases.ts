import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningService, startDynamoLocal } from '../local/dynamo-local.ts';
import { freePort } from '../local/wait-for.ts';

/** What a test file gets: the emulator it uses, and the id it hands back when it is done. */
export type DynamoLease = { id: string; endpoint: string };

type Emulator = { service: Promise<RunningService>; leased: number; active: Set<string> };

/**
 * DynamoDB Locals for a test run, each serving a few test files in turn, with the next one started
 * in advance. DynamoDB Local keeps every stream record it writes, and deleting the table does not
 * free them: one emulator serving every file was up to 8 times slower for the last files than for
 * the first. A file asks for its lease over HTTP (the files run in workers, the pool here, in the
 * global setup) and returns it when it is done; an emulator stops when it has served its files
 * and the last of them has returned its lease.
 */
export async function startDynamoLeases(options: { filesPerEmulator: number }): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const start = (): Emulator => {
    const service = startWithRetry();
    // Seen by whoever awaits it; this keeps an unused spare's failure from being unhandled.
    service.catch(() => undefined);
    return { service, leased: 0, active: new Set() };
  };
  const all = new Set<Emulator>();
  let current = start();
  let spare = start();
  all.add(current).add(spare);
  await current.service;
  const owner = new Map<string, Emulator>();
  let next = 0;

  const retireIfDone = (emulator: Emulator) => {
    if (emulator === current || emulator.active.size > 0 || !all.delete(emulator)) return;
    void emulator.service.then((service) => service.stop()).catch(() => undefined);
  };
  const lease = async (): Promise<DynamoLease> => {
    if (current.leased >= options.filesPerEmulator) {
      const retired = current;
      current = spare;
      spare = start();
      all.add(spare);
      retireIfDone(retired);
    }
    const emulator = current;
    emulator.leased += 1;
    const id = String(++next);
    emulator.active.add(id);
    owner.set(id, emulator);
    return { id, endpoint: (await emulator.service).endpoint };
  };
  const release = (id: string) => {
    const emulator = owner.get(id);
    if (!emulator) return false;
    owner.delete(id);
    emulator.active.delete(id);
    retireIfDone(emulator);
    return true;
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const [, action, id] = (request.url ?? '').split('/');
    if (request.method === 'POST' && action === 'lease') {
      lease().then(
        (granted) => answer(200, granted),
        (error: unknown) => answer(503, { message: `No DynamoDB Local: ${String(error)}` }),
      );
    } else if (request.method === 'POST' && action === 'release' && id) {
      answer(release(id) ? 200 : 404, {});
    } else {
      answer(404, {});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const services = await Promise.allSettled([...all].map((emulator) => emulator.service));
      await Promise.all(
        services.flatMap((settled) => (settled.status === 'fulfilled' ? [settled.value.stop()] : [])),
      );
    },
  };
}

/** Asks the pool for an emulator for this test file. */
export async function leaseDynamo(url: string): Promise<DynamoLease> {
  const { status, body } = await post(`${url}/lease`);
  const answer = JSON.parse(body) as DynamoLease & { message?: string };
  if (status !== 200) throw new Error(answer.message ?? `The DynamoDB pool answered ${status}`);
  return answer;
}

export async function releaseDynamo(url: string, lease: DynamoLease): Promise<void> {
  await post(`${url}/release/${lease.id}`);
}

/**
 * A POST on a connection of its own, closed after the answer. fetch would keep the connection
 * for the next call, and the server may close an idle one just as the next call is sent on it
 * ("other side closed"); a file's lease is taken and returned seconds or minutes apart.
 */
function post(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', agent: false, headers: { connection: 'close' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** A port chosen by `freePort` can be taken by another process before the JVM binds it. */
async function startWithRetry(): Promise<RunningService> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDynamoLocal({ port: await freePort() });
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

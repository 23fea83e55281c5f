import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningService } from './dynamo-local.ts';

/** A function as the Invoke API runs it: an event in, a result out. */
export type InvokedHandler = (event: unknown, context: never) => Promise<unknown>;

/** `POST /2015-03-31/functions/{FunctionName}/invocations`, Lambda's Invoke API path. */
const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Lambda's synchronous Invoke API on 127.0.0.1, for what invokes a function by name: cognito-local
 * runs the user pool's triggers through it, as Cognito does in AWS. `handlerFor` names the real
 * handler for a function name (none: 404, as Lambda answers ResourceNotFoundException). A handler
 * that throws is answered as Lambda does: 200 with `X-Amz-Function-Error: Unhandled` and the
 * error's message and type as the payload.
 */
export async function startLambdaInvoke(
  handlerFor: (functionName: string) => InvokedHandler | undefined,
): Promise<RunningService> {
  const server = createServer(async (req, res) => {
    const match = req.method === 'POST' ? INVOKE_PATH.exec(req.url ?? '') : null;
    const name = match ? decodeURIComponent(match[1] ?? '') : '';
    const handler = match ? handlerFor(name) : undefined;
    const payload = await bodyOf(req);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body ?? null));
    };
    if (!handler) {
      answer(
        404,
        { Type: 'User', message: `Function not found: ${name || req.url}` },
        {
          'x-amzn-errortype': 'ResourceNotFoundException',
        },
      );
      return;
    }
    const requestId = randomUUID();
    try {
      const context = { functionName: name, awsRequestId: requestId };
      answer(200, await handler(payload ? JSON.parse(payload) : {}, context as never), {
        'x-amzn-requestid': requestId,
      });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      answer(
        200,
        { errorMessage: failure.message, errorType: failure.name },
        {
          'x-amzn-requestid': requestId,
          'x-amz-function-error': 'Unhandled',
        },
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

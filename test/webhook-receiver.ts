import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got: its Standard Webhooks headers and the raw body. */
export type Received = { headers: IncomingHttpHeaders; body: string; at: number };

/**
 * A brand's webhook receiver on this machine: records every request and answers each with the
 * next status of its script (then `afterwards`, for every request after).
 */
export async function startReceiver(options: { script?: number[]; afterwards?: number } = {}) {
  const received: Received[] = [];
  const script = [...(options.script ?? [])];
  let afterwards = options.afterwards ?? 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      response.writeHead(script.shift() ?? afterwards, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/embassy`,
    received,
    /** Answer every later request with `status`. */
    answer: (status: number) => {
      afterwards = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Verifies a delivery as the Standard Webhooks specification describes it, written here from the
 * specification, independently of the library Embassy signs with: the signed content is
 * `{webhook-id}.{webhook-timestamp}.{body}`, the key is the base64 after `whsec_`, the signature
 * HMAC-SHA256 in base64, and `webhook-signature` a space-separated list of `v1,{signature}`;
 * any one matching is enough. The timestamp must be within five minutes of now.
 * @returns true when one of the signatures is the secret's.
 */
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2);
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Destination } from './destination.ts';

/** The receiver has this long, from connecting to the end of its answer's head. */
export const SEND_TIMEOUT_MS = 5_000;
/** Of the receiver's answer, only this much is read; the rest is cut off. */
export const MAX_RESPONSE_BYTES = 4_096;

export type SendResult = {
  /** The receiver's status, when it answered. */
  status?: number;
  durationMs: number;
  /** Why it failed; absent on a 2xx. */
  error?: 'http_status' | 'redirect' | 'timeout' | 'connection';
};

/**
 * POSTs one signed delivery to an address already checked ({@link checkDestination}): the
 * connection goes to that address (the lookup is pinned to it), the TLS certificate is still
 * checked against the host name, redirects are not followed (a 3xx is a failure), the whole
 * exchange is cut at {@link SEND_TIMEOUT_MS} and at most {@link MAX_RESPONSE_BYTES} of the answer
 * are read. Never throws: a failure is a result.
 */
export function sendWebhook(
  destination: Extract<Destination, { ok: true }>,
  headers: Record<string, string>,
  body: string,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: destination.address, family: destination.family }]);
    else callback(null, destination.address, destination.family);
  };
  const { url } = destination;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = send(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Embassy-Webhooks/1',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () =>
          finish(
            status >= 200 && status < 300
              ? { status }
              : { status, error: status >= 300 && status < 400 ? 'redirect' : 'http_status' },
          );
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ error: 'timeout' });
    }, SEND_TIMEOUT_MS);
    request.on('error', () => finish({ error: 'connection' }));
    request.end(body);
  });
}

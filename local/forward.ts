import type { IncomingMessage, ServerResponse } from 'node:http';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/**
 * Forwards a request to `target` (the path and query already rewritten) and writes the answer
 * back: the gateway's way of putting local services on its own origin. `beforeReply` runs
 * before the client sees the answer.
 * @returns the response status, for callers that act on the outcome.
 */
export async function forward(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  target: string,
  beforeReply?: (status: number) => Promise<void>,
): Promise<{ status: number }> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name))
      headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const response = await fetch(target, {
    method: req.method ?? 'GET',
    headers,
    ...(body.length && req.method !== 'GET' && req.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
    redirect: 'manual',
  });
  // Bytes, not text: images pass through here too.
  const payload = Buffer.from(await response.arrayBuffer());
  await beforeReply?.(response.status);
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(payload);
  return { status: response.status };
}

/** A gateway mount that forwards everything under `prefix` to `target`, the prefix removed. */
export function forwardUnder(prefix: string, target: string) {
  return (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://local');
    return forward(req, res, body, `${target}${url.pathname.slice(prefix.length) || '/'}${url.search}`).then(
      () => undefined,
    );
  };
}

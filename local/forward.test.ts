import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardUnder } from './forward.ts';
import { createGateway } from './gateway.ts';

const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0xfe]);
const received: Array<{ method?: string; url?: string; body: Buffer }> = [];
const origin = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push({ method: req.method, url: req.url, body: Buffer.concat(chunks) });
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(bytes);
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
  const mounted = createGateway({
    routes: [],
    handlers: {} as never,
    webRoot: '/nonexistent',
    mounts: { '/s3': forwardUnder('/s3', target) },
  });
  await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(mounted.address() as AddressInfo).port}`;
  afterAll(() => new Promise<void>((resolve) => mounted.close(() => resolve())));
});
afterAll(() => {
  origin.close();
});

describe('a gateway mount', () => {
  it('forwards under its prefix, bytes intact both ways', async () => {
    const put = await fetch(`${base}/s3/bucket/key.png?X-Amz-Signature=abc`, { method: 'PUT', body: bytes });
    const get = await fetch(`${base}/s3/bucket/key.png`);
    expect(put.status).toBe(200);
    expect(received[0]).toMatchObject({ method: 'PUT', url: '/bucket/key.png?X-Amz-Signature=abc' });
    expect(received[0]?.body.equals(bytes)).toBe(true);
    expect(Buffer.from(await get.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createApp,
  MAX_BODY_BYTES,
  MAX_PATH_BYTES,
  MAX_QUERY_BYTES,
  MAX_WEBHOOK_BODY_BYTES,
} from './create-app.ts';

const app = createApp();
// GET /api/items – a list; POST /api/items and POST /api/webhooks/x – read their bodies
app.get('/api/items/*', (c) => c.json({ ok: true }));
app.get('/api/items', (c) => c.json({ ok: true }));
app.post('/api/items', async (c) => c.json({ bytes: (await c.req.text()).length }));
app.post('/api/webhooks/x', async (c) => c.json({ bytes: (await c.req.text()).length }));

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;

describe('createApp caps', () => {
  it(`answers a query over ${MAX_QUERY_BYTES} bytes with 414 in the error shape`, async () => {
    const query = (bytes: number) => `q=${'a'.repeat(bytes - 2)}`;
    expect((await app.request(`/api/items?${query(MAX_QUERY_BYTES)}`)).status).toBe(200);
    const over = await app.request(`/api/items?${query(MAX_QUERY_BYTES + 1)}`);
    expect(over.status).toBe(414);
    expect(await errorOf(over)).toBe('uri_too_long');
  });

  it(`answers a path over ${MAX_PATH_BYTES} bytes with 414`, async () => {
    const path = (bytes: number) => `/api/items/${'a'.repeat(bytes - '/api/items/'.length)}`;
    expect((await app.request(path(MAX_PATH_BYTES))).status).toBe(200);
    const over = await app.request(path(MAX_PATH_BYTES + 1));
    expect([over.status, await errorOf(over)]).toEqual([414, 'uri_too_long']);
  });

  it('counts the body cap in bytes: 64 KB for the API, 1 MB for webhooks', async () => {
    const post = (path: string, bytes: number) =>
      app.request(path, { method: 'POST', body: 'é'.repeat(bytes / 2) });
    expect((await post('/api/items', MAX_BODY_BYTES)).status).toBe(200);
    const over = await post('/api/items', MAX_BODY_BYTES + 2);
    expect([over.status, await errorOf(over)]).toEqual([413, 'payload_too_large']);
    expect((await post('/api/webhooks/x', MAX_WEBHOOK_BODY_BYTES)).status).toBe(200);
    expect((await post('/api/webhooks/x', MAX_WEBHOOK_BODY_BYTES + 2)).status).toBe(413);
  });
});

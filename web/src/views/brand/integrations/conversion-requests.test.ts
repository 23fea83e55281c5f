import { describe, expect, it } from 'vitest';
import { orderRequest, refundRequest } from './conversion-requests.ts';

const base = 'https://embassy.example.com/api/programs/p1';

describe('the example requests', () => {
  it('post an order with the key, the currency and a time to the second', () => {
    const order = orderRequest(base, 'emb_key', 'JPY', new Date('2026-05-01T10:20:30.456Z'));

    expect(order).toContain(`curl -X POST '${base}/conversions'`);
    expect(order).toContain("-H 'Authorization: Bearer emb_key'");
    expect(order).toContain('"currency": "JPY"');
    expect(order).toContain('"occurredAt": "2026-05-01T10:20:30Z"');
  });

  it("send a body that is JSON once the shell's quotes are taken off", () => {
    const body = (request: string) => /-d '([^']*)'/.exec(request)?.[1] ?? '';

    expect(JSON.parse(body(orderRequest(base, 'k', 'EUR', new Date(0))))).toMatchObject({ amount: 4990 });
    expect(JSON.parse(body(refundRequest(base, 'k')))).toEqual({ refundId: 'R-1001-1', amount: 1000 });
  });
});

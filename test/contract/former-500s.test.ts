import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createUser, ok, startApi, type TestUser } from '../helpers.ts';
import { world } from '../world.ts';

/**
 * Inputs an outside contract tester turned into 500s, each now a 4xx in the error shape (and
 * each answer checked against the document, as every answer through startApi is).
 */
let api: Api;
let owner: TestUser;
let brand: TestUser;
let programId: string;

beforeAll(async () => {
  api = await startApi();
  owner = await createUser({ admin: true, name: 'owner' });
  const w = await world(api).program({}, { owner });
  programId = w.programId;
  brand = await w.staff('brand');
});

afterAll(() => api?.close());

describe('what used to be a 500', () => {
  it('a month past 2100 in analytics is refused (400); 2100-12 itself is answered', async () => {
    const path = (from: string, to: string) =>
      `/api/programs/${programId}/analytics/journey?from=${from}&to=${to}`;
    for (const [from, to] of [
      ['2101-01', '2101-02'],
      ['2999-12', '2999-12'],
      ['2100-12', '2101-01'],
    ] as const) {
      const answer = await api.call(owner, 'GET', path(from, to));
      expect(answer.status, `${from}..${to}`).toBe(400);
      expect(answer.body.error.code).toBe('bad_request');
    }
    ok(await api.call(owner, 'GET', path('2100-11', '2100-12')));
    const chains = `/api/programs/${programId}/analytics/chains?from=2101-01&to=2101-01`;
    expect((await api.call(owner, 'GET', chains)).status).toBe(400);
    expect((await api.call(owner, 'GET', `/api/programs/${programId}/reports/monthly/2101-01`)).status).toBe(
      400,
    );
  });

  it('a reversed date range on the conversions list is refused (400), not sent to DynamoDB', async () => {
    const reversed = await api.call(
      brand,
      'GET',
      `/api/programs/${programId}/conversions?from=2026-12-01&to=2026-11-01`,
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details.issues[0].path).toBe('to');
    ok(await api.call(brand, 'GET', `/api/programs/${programId}/conversions?from=2026-11-01&to=2026-11-01`));
    expect(
      (await api.call(brand, 'GET', `/api/programs/${programId}/conversions?from=2026-02-30`)).status,
    ).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoLease, leaseDynamo, releaseDynamo, startDynamoLeases } from './dynamo-leases.ts';
import { eventually } from './helpers.ts';

let pool: Awaited<ReturnType<typeof startDynamoLeases>>;

beforeAll(async () => {
  pool = await startDynamoLeases({ filesPerEmulator: 2 });
});
afterAll(() => pool?.stop());

const answers = async (endpoint: string) =>
  fetch(endpoint).then(
    () => true,
    () => false,
  );

describe('the test run’s DynamoDB Locals', () => {
  it('lend one emulator to as many files as allowed, then a fresh one, and stop the first when its files are done', async () => {
    const leases: DynamoLease[] = [];
    for (let i = 0; i < 3; i++) leases.push(await leaseDynamo(pool.url));
    const [first, second, third] = leases as [DynamoLease, DynamoLease, DynamoLease];
    expect(second.endpoint).toBe(first.endpoint);
    expect(third.endpoint).not.toBe(first.endpoint);
    expect(new Set(leases.map((lease) => lease.id)).size).toBe(3);

    await releaseDynamo(pool.url, first);
    expect(await answers(first.endpoint)).toBe(true);
    await releaseDynamo(pool.url, second);
    expect(
      await eventually(
        () => answers(first.endpoint),
        (up) => !up,
      ),
    ).toBe(false);
    expect(await answers(third.endpoint)).toBe(true);
  }, 120_000);

  it('refuses to release a lease it never gave', async () => {
    const response = await fetch(`${pool.url}/release/no-such-lease`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { newId } from '../../ids.ts';
import { db, tableName } from './client.ts';
import { RETRY_RESERVE_MS, retryOptimistic, TRY_AGAIN } from './optimistic-retry.ts';
import { type TransactItem, transact, unexpectedCancellation } from './transact.ts';

/** transact() and retryOptimistic() against DynamoDB Local. */
const put = (pk: string, n = 1): TransactItem => ({
  Put: { TableName: tableName, Item: { pk, sk: 'X', n }, ConditionExpression: 'attribute_not_exists(pk)' },
});
const bump = (pk: string, expected: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: { pk, sk: 'X' },
    UpdateExpression: 'SET n = n + :one',
    ConditionExpression: 'n = :expected',
    ExpressionAttributeValues: { ':one': 1, ':expected': expected },
  },
});

describe('transact', () => {
  it('writes named items and groups all or none, and names the ones whose condition failed, with positions in their group', async () => {
    // Prepare: two records there already.
    const [a, b, c, d] = [newId(), newId(), newId(), newId()];
    expect(await transact({ first: put(a), group: [put(b)] })).toEqual({ ok: true });

    // Act: a transaction whose single item and second group member fail; an absent name sends nothing.
    const outcome = await transact({
      single: put(a),
      fresh: put(c),
      group: [put(d), put(b)],
      none: undefined,
    });

    // Assess: failures by name, nothing of it written.
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect([...outcome.failed.entries()]).toEqual([
      ['single', [0]],
      ['group', [1]],
    ]);
    expect(outcome.conflict).toBe(false);
    expect(await transact({ again: put(c) })).toEqual({ ok: true });
    expect(unexpectedCancellation(outcome).message).toBe('transaction cancelled: single, group failed');
  });

  it('throws what is not a cancellation, for the error mapper', async () => {
    await expect(transact({ bad: { Put: { TableName: tableName, Item: { pk: 1 } } } })).rejects.toThrow();
  });
});

describe('retryOptimistic', () => {
  it('lets parallel writers of one counter each land once, by reading again after a failed condition', async () => {
    // Prepare: a counter at 1.
    const pk = newId();
    await transact({ counter: put(pk) });
    const read = async () => {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: { pk, sk: 'X' }, ConsistentRead: true }),
      );
      return Number(Item?.n);
    };

    // Act: five writers at once, each adding one under the value it read.
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        retryOptimistic('busy', async (n) => {
          const written = await transact({ counter: bump(pk, await read()) });
          return written.ok ? n + 1 : TRY_AGAIN;
        }),
      ),
    );

    // Assess: every writer landed exactly once, however many attempts it took.
    expect(await read()).toBe(6);
    expect(attempts.every((n) => n >= 1 && n <= 10)).toBe(true);
  });

  it('gives up with 503 after its attempts, having tried each', async () => {
    let tries = 0;
    const never = retryOptimistic('This record is changing too fast', async () => {
      tries++;
      return TRY_AGAIN;
    });
    await expect(never).rejects.toMatchObject({ code: 'unavailable', status: 503 });
    expect(tries).toBe(10);
    expect(RETRY_RESERVE_MS).toBeGreaterThan(0);
  });
});

import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client.ts';
import { cancellationReasons } from './transactions.ts';

/** One item of a `TransactWriteItems` call (a Put, Update, Delete or ConditionCheck). */
/** DynamoDB's most items in one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Puts an item only if none is at its key: the condition fails when it is there already. */
export function putOnce(item: Record<string, unknown>): TransactItem {
  return { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
}

/**
 * The items of one transaction by name, in the order they are sent. A name may stand for several
 * items (a group); an absent one (undefined, or an empty group) sends nothing.
 */
export type NamedItems<N extends string> = { [K in N]?: TransactItem | readonly TransactItem[] | undefined };

/**
 * A transaction's outcome. `failed` maps each name whose condition failed to the positions,
 * within its group, of the items that failed (`[0]` for a single item). `conflict`: DynamoDB
 * cancelled it because another transaction was writing one of its items at that moment.
 * `cancellation`: DynamoDB's error, for {@link unexpectedCancellation}.
 */
export type TransactOutcome<N extends string> =
  | { ok: true }
  | { ok: false; failed: ReadonlyMap<N, number[]>; conflict: boolean; cancellation: Error };

/**
 * Writes the named items in one transaction: all or none. A cancellation for failed conditions or
 * a concurrent writer is answered by name, so no caller reads DynamoDB's reasons by position.
 * @throws anything else (throttling, a timeout, a malformed item), for the error mapper.
 */
export async function transact<N extends string>(items: NamedItems<N>): Promise<TransactOutcome<N>> {
  const names: N[] = [];
  const offsets: number[] = [];
  const sent: TransactItem[] = [];
  for (const [name, value] of Object.entries(items) as [
    N,
    TransactItem | readonly TransactItem[] | undefined,
  ][]) {
    const group = value === undefined ? [] : Array.isArray(value) ? value : [value as TransactItem];
    for (const [offset, item] of group.entries()) {
      names.push(name);
      offsets.push(offset);
      sent.push(item);
    }
  }
  try {
    await db.send(new TransactWriteCommand({ TransactItems: sent }));
    return { ok: true };
  } catch (error) {
    const reasons = cancellationReasons(error);
    const conflict = reasons.includes('TransactionConflict');
    const failed = new Map<N, number[]>();
    for (const [index, code] of reasons.entries()) {
      if (code !== 'ConditionalCheckFailed') continue;
      const name = names[index] as N;
      failed.set(name, [...(failed.get(name) ?? []), offsets[index] as number]);
    }
    if (failed.size === 0 && !conflict) throw error;
    // Only a TransactionCanceledException has reasons (cancellationReasons), so this is an Error.
    return { ok: false, failed, conflict, cancellation: error as Error };
  }
}

/**
 * The error to throw for a cancellation the caller has no answer for. A concurrent writer alone
 * is DynamoDB's own error, which the error mapper answers 409; a condition nobody expected to
 * fail is a bug (a 500, logged with the names of the items).
 */
export function unexpectedCancellation(outcome: TransactOutcome<string>): Error {
  if (outcome.ok) return new Error('transaction succeeded');
  const failed = [...outcome.failed.keys()];
  if (failed.length === 0) return outcome.cancellation;
  return new Error(`transaction cancelled: ${failed.join(', ')} failed`, { cause: outcome.cancellation });
}

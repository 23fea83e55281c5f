/**
 * The reason DynamoDB gave for each item of a cancelled `TransactWriteItems`, by position
 * (`ConditionalCheckFailed`, `TransactionConflict`, `None`, …). Empty for any other error.
 * Only shared/platform/db/transact.ts and the error mapper read it: everyone else reads names.
 */
export function cancellationReasons(error: unknown): string[] {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return [];
  const reasons =
    (error as Error & { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
}

/** True when a single-item write failed its condition. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

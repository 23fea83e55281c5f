/**
 * The reason DynamoDB gave for each item of a cancelled `TransactWriteItems`, by position
 * (`ConditionalCheckFailed`, `TransactionConflict`, `None`, …). Empty for any other error.
 */
export function cancellationReasons(error: unknown): string[] {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return [];
  const reasons =
    (error as Error & { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
}

/** Positions of the items of a cancelled transaction that failed their condition. */
export function failedConditions(error: unknown): number[] {
  return cancellationReasons(error).flatMap((code, index) =>
    code === 'ConditionalCheckFailed' ? [index] : [],
  );
}

/** True when a single-item write failed its condition. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

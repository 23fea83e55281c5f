import type { RedemptionStatus } from '../../../api/rewards.ts';
import { shortcutFor } from '../review/shortcuts.ts';

export type FulfilmentShortcut =
  | 'next'
  | 'previous'
  | 'approve'
  | 'reject'
  | 'fulfil'
  | 'toggle_help'
  | 'close_help';

/**
 * What a key does in the fulfilment queue: the review queue's keys (j, k, the arrows on an item,
 * a, r, ?, Esc), a and r only on a request that waits, and f to fulfil an approved one. The
 * review's c (request changes) has no counterpart here.
 */
export function fulfilmentShortcutFor(
  key: string,
  { onItem, status }: { onItem: boolean; status: RedemptionStatus | undefined },
): FulfilmentShortcut | undefined {
  if (key === 'f') return status === 'approved' ? 'fulfil' : undefined;
  const shortcut = shortcutFor(key, { onPost: onItem, pending: status === 'requested' });
  return shortcut === 'request_changes' ? undefined : shortcut;
}

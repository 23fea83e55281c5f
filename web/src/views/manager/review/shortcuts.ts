const SHORTCUTS_KEY = 'embassy.review.shortcuts';

/** Whether the single-key shortcuts are on (they are unless the reviewer turned them off). */
export function readShortcutsOn(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function storeShortcutsOn(on: boolean) {
  try {
    localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export type Shortcut =
  | 'next'
  | 'previous'
  | 'approve'
  | 'request_changes'
  | 'reject'
  | 'toggle_help'
  | 'close_help';

/**
 * What a key does in the review queue, if anything. The arrows scroll the page unless focus is
 * on a post in the queue; the decisions apply only to a post still waiting.
 */
export function shortcutFor(
  key: string,
  { onPost, pending }: { onPost: boolean; pending: boolean },
): Shortcut | undefined {
  switch (key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'ArrowDown':
      return onPost ? 'next' : undefined;
    case 'ArrowUp':
      return onPost ? 'previous' : undefined;
    case 'a':
      return pending ? 'approve' : undefined;
    case 'c':
      return pending ? 'request_changes' : undefined;
    case 'r':
      return pending ? 'reject' : undefined;
    case '?':
      return 'toggle_help';
    case 'Escape':
      return 'close_help';
    default:
      return undefined;
  }
}

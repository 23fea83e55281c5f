import { useEffect } from 'preact/hooks';
import { type Shortcut, shortcutFor } from './shortcuts.ts';

/**
 * The review queue's single-key shortcuts, when on, except while typing in a field. `onPost`
 * says whether an element is a post in the queue (or inside one); `pending`, whether the current
 * post still waits for a decision.
 */
export function useReviewShortcuts({
  on,
  onPost,
  pending,
  run,
}: {
  on: boolean;
  onPost: (target: HTMLElement | null) => boolean;
  pending: boolean;
  run: (shortcut: Shortcut) => void;
}) {
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const shortcut = shortcutFor(event.key, { onPost: onPost(target), pending });
      if (!shortcut) return;
      // Escape also closes what else is open; the other keys are the queue's alone.
      if (shortcut !== 'close_help') event.preventDefault();
      run(shortcut);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}

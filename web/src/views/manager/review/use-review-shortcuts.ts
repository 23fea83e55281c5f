import { useQueueShortcuts } from '../../../ui/use-queue-shortcuts.ts';
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
  useQueueShortcuts({
    on,
    shortcutFor: (key, target) => shortcutFor(key, { onPost: onPost(target), pending }),
    // Escape also closes what else is open; the other keys are the queue's alone.
    keepDefault: (shortcut) => shortcut === 'close_help',
    run,
  });
}

import { useEffect } from 'preact/hooks';

/**
 * A queue's single-key shortcuts (review, fulfilment), when on, except while typing in a field
 * or with a modifier held. `shortcutFor` names what a key does where it was pressed; `keepDefault`
 * lets a key do its browser's job too (Escape also closes what else is open).
 */
export function useQueueShortcuts<S extends string>({
  on,
  shortcutFor,
  keepDefault = () => false,
  run,
}: {
  on: boolean;
  shortcutFor: (key: string, target: HTMLElement | null) => S | undefined;
  keepDefault?: (shortcut: S) => boolean;
  run: (shortcut: S) => void;
}) {
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const shortcut = shortcutFor(event.key, target);
      if (!shortcut) return;
      if (!keepDefault(shortcut)) event.preventDefault();
      run(shortcut);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}

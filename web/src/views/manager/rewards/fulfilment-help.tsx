import { ShortcutList } from '../../../ui/shortcut-list.tsx';

/** The line under the toolbar: the shortcuts in brief, or how to turn them on. */
export function FulfilmentShortcutsLine({
  on,
  showHelp,
  onToggleHelp,
}: {
  on: boolean;
  showHelp: boolean;
  onToggleHelp: () => void;
}) {
  if (!on)
    return (
      <p class="muted small m-shortcuts-line">
        Single-key shortcuts are off. Turn on “Keyboard shortcuts” to work through the queue with <kbd>j</kbd>
        , <kbd>k</kbd>, <kbd>a</kbd>, <kbd>r</kbd> and <kbd>f</kbd>.
      </p>
    );
  return (
    <p class="muted small m-shortcuts-line">
      Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> move (or <kbd>↓</kbd>/<kbd>↑</kbd> on a redemption), <kbd>a</kbd>{' '}
      approves, <kbd>r</kbd> rejects, <kbd>f</kbd> fulfils, <kbd>Enter</kbd> sends, <kbd>?</kbd> shows them
      all.{' '}
      <button type="button" class="m-link-button" aria-expanded={showHelp} onClick={onToggleHelp}>
        {showHelp ? 'Hide shortcuts' : 'Show shortcuts'}
      </button>
    </p>
  );
}

/** Every shortcut of the fulfilment queue, and what it does. */
export function FulfilmentHelp() {
  return (
    <ShortcutList
      id="fulfilment-shortcuts-heading"
      level={3}
      shortcuts={[
        {
          keys: (
            <>
              <kbd>j</kbd>, or <kbd>↓</kbd> on a redemption
            </>
          ),
          does: 'Next redemption',
        },
        {
          keys: (
            <>
              <kbd>k</kbd>, or <kbd>↑</kbd> on a redemption
            </>
          ),
          does: 'Previous redemption',
        },
        { keys: <kbd>a</kbd>, does: 'Approve the current request' },
        { keys: <kbd>r</kbd>, does: 'Reject the current request: opens the reason field' },
        {
          keys: <kbd>f</kbd>,
          does: 'Fulfil the current approved redemption: opens the tracking link and note',
        },
        { keys: <kbd>Enter</kbd>, does: 'In a field: send it (Shift+Enter for a new line in the reason)' },
        { keys: <kbd>Esc</kbd>, does: 'In a field: cancel' },
        { keys: <kbd>?</kbd>, does: 'Show or hide this list' },
      ]}
      note="Shortcuts pause while you type in a field. They are the review queue’s, and “Keyboard shortcuts” turns them on or off for both."
    />
  );
}

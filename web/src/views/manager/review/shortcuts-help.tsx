import { ShortcutList } from '../../../ui/shortcut-list.tsx';

/** The line under the toolbar: the shortcuts in brief, or how to turn them on. */
export function ShortcutsLine({
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
        Single-key shortcuts are off. Turn on “Keyboard shortcuts” to review with <kbd>j</kbd>, <kbd>k</kbd>,{' '}
        <kbd>a</kbd>, <kbd>c</kbd> and <kbd>r</kbd>.
      </p>
    );
  return (
    <p class="muted small m-shortcuts-line">
      Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> move (or <kbd>↓</kbd>/<kbd>↑</kbd> on a post), <kbd>a</kbd>{' '}
      approves, <kbd>c</kbd> requests changes, <kbd>r</kbd> rejects, <kbd>Enter</kbd> sends feedback,{' '}
      <kbd>?</kbd> shows them all.{' '}
      <button type="button" class="m-link-button" aria-expanded={showHelp} onClick={onToggleHelp}>
        {showHelp ? 'Hide shortcuts' : 'Show shortcuts'}
      </button>
    </p>
  );
}

/** Every shortcut of the review queue, and what it does. */
export function ShortcutsHelp() {
  return (
    <ShortcutList
      id="shortcuts-heading"
      level={2}
      shortcuts={[
        {
          keys: (
            <>
              <kbd>j</kbd>, or <kbd>↓</kbd> on a post
            </>
          ),
          does: 'Next post',
        },
        {
          keys: (
            <>
              <kbd>k</kbd>, or <kbd>↑</kbd> on a post
            </>
          ),
          does: 'Previous post',
        },
        { keys: <kbd>a</kbd>, does: 'Approve the current post' },
        { keys: <kbd>c</kbd>, does: 'Request changes: opens the feedback field' },
        { keys: <kbd>r</kbd>, does: 'Reject: opens the feedback field' },
        { keys: <kbd>Enter</kbd>, does: 'In the feedback field: send it (Shift+Enter for a new line)' },
        { keys: <kbd>Esc</kbd>, does: 'In the feedback field: cancel' },
        { keys: <kbd>?</kbd>, does: 'Show or hide this list' },
      ]}
      note="Shortcuts pause while you type in a field. Turn them off with “Keyboard shortcuts” above."
    />
  );
}

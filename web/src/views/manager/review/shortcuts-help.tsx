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

/** Every shortcut, and what it does. */
export function ShortcutsHelp() {
  return (
    <section class="card m-shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        <dt>
          <kbd>j</kbd>, or <kbd>↓</kbd> on a post
        </dt>
        <dd>Next post</dd>
        <dt>
          <kbd>k</kbd>, or <kbd>↑</kbd> on a post
        </dt>
        <dd>Previous post</dd>
        <dt>
          <kbd>a</kbd>
        </dt>
        <dd>Approve the current post</dd>
        <dt>
          <kbd>c</kbd>
        </dt>
        <dd>Request changes: opens the feedback field</dd>
        <dt>
          <kbd>r</kbd>
        </dt>
        <dd>Reject: opens the feedback field</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>In the feedback field: send it (Shift+Enter for a new line)</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>In the feedback field: cancel</dd>
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>Show or hide this list</dd>
      </dl>
      <p class="muted small">
        Shortcuts pause while you type in a field. Turn them off with “Keyboard shortcuts” above.
      </p>
    </section>
  );
}

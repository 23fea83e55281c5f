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
    <section class="card m-shortcuts" aria-labelledby="fulfilment-shortcuts-heading">
      <h3 id="fulfilment-shortcuts-heading">Keyboard shortcuts</h3>
      <dl>
        <dt>
          <kbd>j</kbd>, or <kbd>↓</kbd> on a redemption
        </dt>
        <dd>Next redemption</dd>
        <dt>
          <kbd>k</kbd>, or <kbd>↑</kbd> on a redemption
        </dt>
        <dd>Previous redemption</dd>
        <dt>
          <kbd>a</kbd>
        </dt>
        <dd>Approve the current request</dd>
        <dt>
          <kbd>r</kbd>
        </dt>
        <dd>Reject the current request: opens the reason field</dd>
        <dt>
          <kbd>f</kbd>
        </dt>
        <dd>Fulfil the current approved redemption: opens the tracking link and note</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>In a field: send it (Shift+Enter for a new line in the reason)</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>In a field: cancel</dd>
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>Show or hide this list</dd>
      </dl>
      <p class="muted small">
        Shortcuts pause while you type in a field. They are the review queue’s, and “Keyboard shortcuts” turns
        them on or off for both.
      </p>
    </section>
  );
}

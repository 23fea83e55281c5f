import type { ComponentChildren } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { ShortcutList } from '../../../ui/shortcut-list.tsx';

/** A key as the messages wrap it. */
const kbd = (keys: ComponentChildren[]) => <kbd>{keys}</kbd>;

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
  if (!on) return <p class="muted small m-shortcuts-line">{tx('review.shortcuts.off', { kbd })}</p>;
  return (
    <p class="muted small m-shortcuts-line">
      {tx('review.shortcuts.line', { kbd })}{' '}
      <button type="button" class="m-link-button" aria-expanded={showHelp} onClick={onToggleHelp}>
        {t(showHelp ? 'review.shortcuts.hide' : 'review.shortcuts.show')}
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
          keys: tx('review.shortcuts.nextKeys', { kbd }),
          does: t('review.shortcuts.next'),
        },
        {
          keys: tx('review.shortcuts.previousKeys', { kbd }),
          does: t('review.shortcuts.previous'),
        },
        { keys: <kbd>a</kbd>, does: t('review.shortcuts.approve') },
        { keys: <kbd>c</kbd>, does: t('review.shortcuts.requestChanges') },
        { keys: <kbd>r</kbd>, does: t('review.shortcuts.reject') },
        { keys: <kbd>{t('review.key.enter')}</kbd>, does: t('review.shortcuts.send') },
        { keys: <kbd>{t('review.key.esc')}</kbd>, does: t('review.shortcuts.cancel') },
        { keys: <kbd>?</kbd>, does: t('review.shortcuts.help') },
      ]}
      note={t('review.shortcuts.note')}
    />
  );
}

import type { ComponentChildren } from 'preact';
import { t, tx } from '../../../i18n/i18n.ts';
import { ShortcutList } from '../../../ui/shortcut-list.tsx';

/** A key as the messages wrap it. */
const kbd = (keys: ComponentChildren[]) => <kbd>{keys}</kbd>;

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
  if (!on) return <p class="muted small m-shortcuts-line">{tx('rewardsAdmin.shortcuts.off', { kbd })}</p>;
  return (
    <p class="muted small m-shortcuts-line">
      {tx('rewardsAdmin.shortcuts.line', { kbd })}{' '}
      <button type="button" class="m-link-button" aria-expanded={showHelp} onClick={onToggleHelp}>
        {t(showHelp ? 'rewardsAdmin.shortcuts.hide' : 'rewardsAdmin.shortcuts.show')}
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
          keys: tx('rewardsAdmin.shortcuts.nextKeys', { kbd }),
          does: t('rewardsAdmin.shortcuts.next'),
        },
        {
          keys: tx('rewardsAdmin.shortcuts.previousKeys', { kbd }),
          does: t('rewardsAdmin.shortcuts.previous'),
        },
        { keys: <kbd>a</kbd>, does: t('rewardsAdmin.shortcuts.approve') },
        { keys: <kbd>r</kbd>, does: t('rewardsAdmin.shortcuts.reject') },
        {
          keys: <kbd>f</kbd>,
          does: t('rewardsAdmin.shortcuts.fulfil'),
        },
        { keys: <kbd>{t('review.key.enter')}</kbd>, does: t('rewardsAdmin.shortcuts.send') },
        { keys: <kbd>{t('review.key.esc')}</kbd>, does: t('rewardsAdmin.shortcuts.cancel') },
        { keys: <kbd>?</kbd>, does: t('rewardsAdmin.shortcuts.help') },
      ]}
      note={t('rewardsAdmin.shortcuts.note')}
    />
  );
}

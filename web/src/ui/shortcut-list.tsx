import type { ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.ts';

/** One shortcut: its keys as shown, and what it does. */
export type Shortcut = { keys: ComponentChildren; does: string };

/** A queue's shortcut list (the review queue's, the fulfilment queue's): every key and what it does. */
export function ShortcutList({
  id,
  level,
  shortcuts,
  note,
}: {
  /** The heading's id, which labels the section. */
  id: string;
  /** The heading level where the list sits on its page. */
  level: 2 | 3;
  shortcuts: readonly Shortcut[];
  note: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="card m-shortcuts" aria-labelledby={id}>
      <Heading id={id}>{t('ui.shortcuts')}</Heading>
      <dl>
        {shortcuts.map((shortcut) => [
          <dt key={`${shortcut.does}-keys`}>{shortcut.keys}</dt>,
          <dd key={shortcut.does}>{shortcut.does}</dd>,
        ])}
      </dl>
      <p class="muted small">{note}</p>
    </section>
  );
}

import { useEffect, useId, useRef } from 'preact/hooks';
import type { CaptionFlag } from '../../../../shared/submissions/caption-check.ts';
import { t } from '../../i18n/i18n.ts';
import { Button } from '../../ui/kit.tsx';
import { captionFlagText } from '../../ui/submission-words.ts';

/**
 * Asked before a post that lacks something the challenge asks for is sent: it still goes in (the
 * reviewer sees the same list), but it uses one of the ambassador's posts for the challenge. The
 * focus moves here when it opens; Escape is "Fix it first", which hands the focus back to the form.
 */
export function ConfirmMisses({
  flags,
  platform,
  usesSlot,
  busy,
  onSend,
  onFix,
}: {
  flags: readonly CaptionFlag[];
  /** The post's platform, whose own disclosure label the list names. */
  platform: string;
  /** A first submission takes one of the ambassador's posts for the challenge; a resubmission does not. */
  usesSlot: boolean;
  busy: boolean;
  onSend: () => void;
  onFix: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      class="confirm-misses notice warning"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      tabIndex={-1}
      ref={ref}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onFix();
      }}
    >
      <p id={`${id}-title`}>
        <strong>{t('ambassadorPosts.confirm.title')}</strong>
      </p>
      <div id={`${id}-body`}>
        <ul>
          {flags.map((flag) => (
            <li key={flag.code + (flag.value ?? '')}>{captionFlagText(flag, platform)}</li>
          ))}
        </ul>
        {usesSlot ? (
          <p>{t('ambassadorPosts.confirm.usesSlot')}</p>
        ) : (
          <p>{t('ambassadorPosts.confirm.again')}</p>
        )}
      </div>
      <div class="actions">
        <Button variant="primary" onClick={onFix}>
          {t('ambassadorPosts.confirm.fix')}
        </Button>
        <Button variant="secondary" busy={busy} onClick={onSend}>
          {t('ambassadorPosts.confirm.send')}
        </Button>
      </div>
    </div>
  );
}

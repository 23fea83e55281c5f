import type { ComponentChildren, RefObject } from 'preact';
import { t } from '../../../i18n/i18n.ts';
import { CopyButton } from '../../../ui/copy-button.tsx';
import { Button, Notice, TextField } from '../../../ui/kit.tsx';

/** A secret shown once, in a readonly field to copy from, with the warning that it will not come back. */
export function ShownOnce({
  fieldRef,
  label,
  copyLabel,
  value,
  title,
  onDone,
  children,
}: {
  fieldRef?: RefObject<HTMLDivElement | null>;
  label: string;
  copyLabel: string;
  value: string;
  title: string;
  onDone: () => void;
  children: ComponentChildren;
}) {
  return (
    <Notice kind="warning">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{children}</p>
      <div class="secret" ref={fieldRef}>
        <TextField
          label={label}
          readOnly
          value={value}
          onValue={() => undefined}
          onFocus={(e) => (e.target as HTMLInputElement).select()}
          spellcheck={false}
          autoComplete="off"
        />
        <CopyButton text={value} label={copyLabel} />
      </div>
      <Button variant="ghost" onClick={onDone}>
        {t('brandIntegrations.storedOnce')}
      </Button>
    </Notice>
  );
}

import type { RefObject } from 'preact';
import { t } from '../../../i18n/i18n.ts';
import { Button, TextArea } from '../../../ui/kit.tsx';

/** The optional reason for a rejection or a suspension, with its confirm and cancel buttons. */
export function ReasonForm({
  label,
  hint,
  rows,
  reason,
  onReason,
  box,
  confirm,
  action,
  disabled = false,
  onCancel,
}: {
  label: string;
  hint: string;
  rows: number;
  reason: string;
  onReason: (reason: string) => void;
  box: RefObject<HTMLDivElement | null>;
  confirm: string;
  action: { run: () => Promise<unknown>; busy: boolean };
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <form
      class="stack m-reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <div ref={box}>
        <TextArea label={label} hint={hint} value={reason} onValue={onReason} maxLength={1000} rows={rows} />
      </div>
      <div class="actions">
        <Button type="submit" variant="danger" busy={action.busy} disabled={disabled}>
          {confirm}
        </Button>
        <Button variant="ghost" disabled={action.busy} onClick={onCancel}>
          {t('managerPeople.cancel')}
        </Button>
      </div>
    </form>
  );
}

import { t } from '../../../i18n/i18n.ts';
import { Button, TextArea } from '../../../ui/kit.tsx';
import type { Selection } from '../../../ui/use-selection.ts';
import type { Member } from './applications-api.ts';
import type { BulkDecisions } from './use-bulk-decisions.ts';

/** Selecting pending applications, and approving or rejecting them all at once. */
export function BulkBar({
  selectable,
  selection,
  bulk,
}: {
  /** The rows still waiting (someone may have decided one meanwhile). */
  selectable: Member[];
  selection: Selection;
  bulk: BulkDecisions;
}) {
  const { selected } = selection;
  const allSelected = selectable.every((m) => selected.has(m.userId));
  return (
    <div class="m-bulk-bar">
      <div class="actions">
        <Button
          variant="secondary"
          disabled={bulk.busy || allSelected}
          onClick={() => selection.choose(selectable.map((m) => m.userId))}
        >
          {t('managerPeople.bulk.selectAll')}
        </Button>
        {selected.size > 0 ? (
          <Button variant="ghost" disabled={bulk.busy} onClick={selection.clear}>
            {t('managerPeople.bulk.clear')}
          </Button>
        ) : null}
        <span class="muted" aria-live="polite">
          {t('managerPeople.bulk.selected', { count: selected.size })}
        </span>
      </div>
      <div class="actions">
        <Button
          variant="primary"
          busy={bulk.busy && !bulk.rejecting}
          disabled={selected.size === 0 || bulk.busy}
          onClick={() => void bulk.run('approve')}
        >
          {t('managerPeople.bulk.approve')}
        </Button>
        <Button
          variant="danger"
          disabled={selected.size === 0 || bulk.busy}
          aria-expanded={bulk.rejecting}
          onClick={() => bulk.setRejecting(!bulk.rejecting)}
        >
          {t('managerPeople.bulk.reject')}
        </Button>
      </div>
      {bulk.rejecting ? (
        <form
          class="stack m-reject-form"
          onSubmit={(e) => {
            e.preventDefault();
            void bulk.run('reject');
          }}
        >
          <TextArea
            label={t('managerPeople.bulk.reason')}
            hint={t('managerPeople.bulk.reason.hint')}
            value={bulk.reason}
            onValue={bulk.setReason}
            maxLength={1000}
            rows={3}
          />
          <div class="actions">
            <Button type="submit" variant="danger" busy={bulk.busy} disabled={selected.size === 0}>
              {t('managerPeople.bulk.confirmReject', { count: selected.size })}
            </Button>
            <Button variant="ghost" disabled={bulk.busy} onClick={() => bulk.setRejecting(false)}>
              {t('managerPeople.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

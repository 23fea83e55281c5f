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
          Select all
        </Button>
        {selected.size > 0 ? (
          <Button variant="ghost" disabled={bulk.busy} onClick={selection.clear}>
            Clear selection
          </Button>
        ) : null}
        <span class="muted" aria-live="polite">
          {selected.size} selected
        </span>
      </div>
      <div class="actions">
        <Button
          variant="primary"
          busy={bulk.busy && !bulk.rejecting}
          disabled={selected.size === 0 || bulk.busy}
          onClick={() => void bulk.run('approve')}
        >
          Approve selected
        </Button>
        <Button
          variant="danger"
          disabled={selected.size === 0 || bulk.busy}
          aria-expanded={bulk.rejecting}
          onClick={() => bulk.setRejecting(!bulk.rejecting)}
        >
          Reject selected
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
            label="Reason for all selected"
            hint="Optional. Each applicant gets it with the decision."
            value={bulk.reason}
            onValue={bulk.setReason}
            maxLength={1000}
            rows={3}
          />
          <div class="actions">
            <Button type="submit" variant="danger" busy={bulk.busy} disabled={selected.size === 0}>
              Reject {selected.size} selected
            </Button>
            <Button variant="ghost" disabled={bulk.busy} onClick={() => bulk.setRejecting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { toast } from '../../../ui/toast.tsx';
import type { DecisionQueue } from '../../../ui/use-decision-queue.ts';
import type { Selection } from '../../../ui/use-selection.ts';
import { type Decision, type Member, type Status, sendDecision } from './applications-api.ts';
import { bulkSummary } from './bulk-summary.ts';

export type BulkDecisions = ReturnType<typeof useBulkDecisions>;

/** Approving or rejecting the selected applications at once, and what came of it. */
export function useBulkDecisions(
  programId: string,
  status: Status,
  queue: DecisionQueue<Member>,
  selection: Selection,
) {
  const [summary, setSummary] = useState<{ kind: 'success' | 'warning'; text: string } | undefined>();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  // A new filter starts a fresh selection.
  useEffect(() => {
    selection.clear();
    setSummary(undefined);
    setRejecting(false);
  }, [status]);

  const run = async (decision: Decision) => {
    const members = queue.items.filter((m) => selection.selected.has(m.userId));
    if (members.length === 0 || busy) return;
    setBusy(true);
    setSummary(undefined);
    const trimmed = reason.trim();
    const counts = await queue.decideAll(members, (member) =>
      sendDecision(programId, member, decision, decision === 'reject' ? trimmed : undefined),
    );
    setBusy(false);
    setRejecting(false);
    if (counts.failed === 0) setReason('');
    const result = bulkSummary(decision, members.length, counts);
    setSummary(result);
    toast(result.text, counts.failed === 0 ? 'success' : 'error');
    queue.focusHomeIfLost();
  };

  return { summary, rejecting, setRejecting, reason, setReason, busy, run };
}

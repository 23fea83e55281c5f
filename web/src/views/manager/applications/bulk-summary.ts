import { t } from '../../../i18n/i18n.ts';
import type { Decision } from './applications-api.ts';

/** What a bulk decision did, in words: how many went through, met a conflict, or failed. */
export function bulkSummary(
  decision: Decision,
  total: number,
  { decided, conflicts, failed }: { decided: number; conflicts: number; failed: number },
): { kind: 'success' | 'warning'; text: string } {
  const approve = decision === 'approve';
  const text = [
    decided === total
      ? t(approve ? 'sentences.bulk.approvedAll' : 'sentences.bulk.rejectedAll', { count: decided })
      : t(approve ? 'sentences.bulk.approvedSome' : 'sentences.bulk.rejectedSome', { decided, total }),
    conflicts > 0 ? t('sentences.bulk.conflicts', { count: conflicts }) : '',
    failed > 0 ? t('sentences.bulk.failed', { count: failed }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { kind: failed === 0 && conflicts === 0 ? 'success' : 'warning', text };
}

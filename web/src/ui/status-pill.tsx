import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';

/** The statuses the API answers with, in words. */
const STATUS_WORDS: Record<string, MessageKey> = {
  active: 'ui.status.active',
  approved: 'ui.status.approved',
  batched: 'ui.status.batched',
  building: 'ui.status.building',
  cancelled: 'ui.status.cancelled',
  changes_requested: 'ui.status.changes_requested',
  closed: 'ui.status.closed',
  confirming: 'ui.status.confirming',
  created: 'ui.status.created',
  deactivated: 'ui.status.deactivated',
  disabled: 'ui.status.disabled',
  draft: 'ui.status.draft',
  enabled: 'ui.status.enabled',
  failed: 'ui.status.failed',
  fulfilled: 'ui.status.fulfilled',
  left: 'ui.status.left',
  open: 'ui.status.open',
  paid: 'ui.status.paid',
  pending: 'ui.status.pending',
  preview: 'ui.status.preview',
  ready: 'ui.status.ready',
  rejected: 'ui.status.rejected',
  requested: 'ui.status.requested',
  scheduled: 'ui.status.scheduled',
  succeeded: 'ui.status.succeeded',
  suspended: 'ui.status.suspended',
};

/** A status as a coloured pill: approved, pending, rejected, changes_requested, paid… */
export function StatusPill({ status }: { status: string }) {
  const key = Object.hasOwn(STATUS_WORDS, status) ? STATUS_WORDS[status] : undefined;
  return <span class={`pill ${status}`}>{key ? t(key) : status.replace(/_/g, ' ')}</span>;
}

import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { isNotificationType, typeLabel } from '../../../notifications/type-labels.ts';
import { fieldName } from '../../../ui/field-error.ts';
import { formatCount, formatDay, formatList, formatMoney, formatPercent } from '../../../ui/format.ts';
import { ROLE_NAMES, wordsOf } from '../../../ui/words.ts';
import type { AuditEntry } from './team-api.ts';

/** Each type's sentence, from the entry's values (the server's `summary` is the English). */
const SUMMARIES: Record<AuditEntry['type'], MessageKey> = {
  'application.approved': 'teamAdmin.audit.summary.applicationApproved',
  'application.rejected': 'teamAdmin.audit.summary.applicationRejected',
  'ambassador.suspended': 'teamAdmin.audit.summary.ambassadorSuspended',
  'ambassador.reinstated': 'teamAdmin.audit.summary.ambassadorReinstated',
  'submission.approved': 'teamAdmin.audit.summary.submissionApproved',
  'submission.rejected': 'teamAdmin.audit.summary.submissionRejected',
  'submission.changes_requested': 'teamAdmin.audit.summary.submissionChangesRequested',
  'program.updated': 'teamAdmin.audit.summary.programUpdated',
  'member.invited': 'teamAdmin.audit.summary.memberInvited',
  'member.joined': 'teamAdmin.audit.summary.memberJoined',
  'member.role_changed': 'teamAdmin.audit.summary.memberRoleChanged',
  'member.removed': 'teamAdmin.audit.summary.memberRemoved',
  'ownership.transferred': 'teamAdmin.audit.summary.ownershipTransferred',
  'invitation.revoked': 'teamAdmin.audit.summary.invitationRevoked',
  'payout.created': 'teamAdmin.audit.summary.payoutCreated',
  'payout.confirmed': 'teamAdmin.audit.summary.payoutConfirmed',
  'points.adjusted': 'teamAdmin.audit.summary.pointsAdjusted',
  'export.downloaded': 'teamAdmin.audit.summary.exportDownloaded',
  'account.exported': 'teamAdmin.audit.summary.accountExported',
  'account.deleted': 'teamAdmin.audit.summary.accountDeleted',
  'account.password_reset': 'teamAdmin.audit.summary.accountPasswordReset',
  'notifications.changed': 'teamAdmin.audit.summary.notificationsChanged',
};

const CHANNELS = wordsOf({
  email: 'account.notifications.email',
  in_app: 'account.notifications.inApp',
  off: 'account.notifications.off',
});
/** Words for the values of a role's or a channel's change, read at each call (they follow the language). */
const VALUE_WORDS: readonly Readonly<Record<string, string>>[] = [ROLE_NAMES, CHANNELS];

/**
 * What an entry did, in the reader's language: its type's sentence filled from its values and
 * its changed fields' names. An entry written before values existed shows its English summary.
 */
export function summaryWords(entry: AuditEntry): string {
  if (!entry.values) return entry.summary;
  const fields = formatList((entry.changes ?? []).map((change) => changedField(entry, change.field)));
  const { sentOn } = entry.values;
  return t(SUMMARIES[entry.type], {
    ...entry.values,
    count: entry.changes?.length ?? 0,
    fields,
    ...(typeof sentOn === 'string' ? { sentOn: formatDay(sentOn) } : {}),
  });
}

/** A changed field's name: a notification type for a member's notifications, else the field of the API. */
export function changedField(entry: AuditEntry, field: string): string {
  return entry.type === 'notifications.changed' && isNotificationType(field)
    ? typeLabel(field)
    : fieldName(field);
}

/**
 * A commission rate as the settings read it: "10 %" of the order, or a fixed amount an order in
 * the program's currency (the API keeps basis points and minor units).
 */
function commissionRate(value: object, currency: string): string | undefined {
  const rate = value as { kind?: unknown; basisPoints?: unknown; amount?: unknown };
  if (Object.keys(rate).length !== 2) return undefined;
  if (rate.kind === 'percent' && typeof rate.basisPoints === 'number')
    return formatPercent(rate.basisPoints / 10_000);
  if (rate.kind === 'flat' && typeof rate.amount === 'number')
    return `${t('managerSettings.rate.flatKind')}: ${currency ? formatMoney(rate.amount, currency) : formatCount(rate.amount)}`;
  return undefined;
}

/**
 * A value before or after, as the log shows it: roles and channels in words, numbers in the
 * reader's digits, a commission rate as a percentage or an amount (`currency`, the program's), a
 * setting made of parts as each part by its name (`field` says whose), and a long one (named only
 * by the API) as "…".
 */
export function changedValue(value: unknown, field = '', currency = ''): string {
  if (value === undefined || value === null) return '…';
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'boolean') return t(value ? 'sentences.answer.yes' : 'sentences.answer.no');
  if (Array.isArray(value))
    return value.length === 0 ? '–' : value.map((v) => changedValue(v, field, currency)).join(', ');
  if (typeof value === 'object') {
    const rate = commissionRate(value, currency);
    if (rate) return rate;
    const parts = Object.entries(value as Record<string, unknown>);
    if (parts.length === 0) return '–';
    return parts
      .map(([name, part]) => {
        const path = field ? `${field}.${name}` : name;
        return `${fieldName(path)}: ${changedValue(part, path, currency)}`;
      })
      .join('; ');
  }
  if (typeof value !== 'string') return String(value);
  const words = VALUE_WORDS.find((named) => Object.hasOwn(named, value));
  return words?.[value] ?? value;
}

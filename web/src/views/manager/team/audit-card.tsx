import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Async, Button, Card, Empty, formatDate, SelectField } from '../../../ui/kit.tsx';
import { useRequest } from '../../../use-request.ts';
import { changedField, changedValue, summaryWords } from './audit-words.ts';
import { type AuditEntry, teamApi } from './team-api.ts';

/** The log's types as a manager reads them, in the filter's order. */
const TYPES: Record<AuditEntry['type'], MessageKey> = {
  'application.approved': 'teamAdmin.audit.type.applicationApproved',
  'application.rejected': 'teamAdmin.audit.type.applicationRejected',
  'ambassador.suspended': 'teamAdmin.audit.type.ambassadorSuspended',
  'ambassador.reinstated': 'teamAdmin.audit.type.ambassadorReinstated',
  'submission.approved': 'teamAdmin.audit.type.submissionApproved',
  'submission.rejected': 'teamAdmin.audit.type.submissionRejected',
  'submission.changes_requested': 'teamAdmin.audit.type.submissionChangesRequested',
  'program.updated': 'teamAdmin.audit.type.programUpdated',
  'member.invited': 'teamAdmin.audit.type.memberInvited',
  'member.joined': 'teamAdmin.audit.type.memberJoined',
  'member.role_changed': 'teamAdmin.audit.type.memberRoleChanged',
  'member.removed': 'teamAdmin.audit.type.memberRemoved',
  'ownership.transferred': 'teamAdmin.audit.type.ownershipTransferred',
  'invitation.revoked': 'teamAdmin.audit.type.invitationRevoked',
  'payout.created': 'teamAdmin.audit.type.payoutCreated',
  'payout.confirmed': 'teamAdmin.audit.type.payoutConfirmed',
  'points.adjusted': 'teamAdmin.audit.type.pointsAdjusted',
  'export.downloaded': 'teamAdmin.audit.type.exportDownloaded',
  'account.exported': 'teamAdmin.audit.type.accountExported',
  'account.deleted': 'teamAdmin.audit.type.accountDeleted',
  'account.password_reset': 'teamAdmin.audit.type.accountPasswordReset',
  'notifications.changed': 'teamAdmin.audit.type.notificationsChanged',
};

const PAGE = 50;

/** The program's audit log, newest first: who did what and when, by type, a page at a time. */
export function AuditCard({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [type, setType] = useState<AuditEntry['type'] | ''>('');
  const [pages, setPages] = useState<string[]>([]);
  const log = useRequest(async () => {
    const query = { limit: String(PAGE), ...(type ? { type } : {}) };
    let page = await ok(teamApi.audit.$get({ param: { programId }, query }));
    const items = [...page.items];
    for (const cursor of pages) {
      page = await ok(teamApi.audit.$get({ param: { programId }, query: { ...query, cursor } }));
      items.push(...page.items);
    }
    return { items, nextCursor: page.nextCursor };
  }, [programId, type, pages]);
  return (
    <Card
      title={t('teamAdmin.audit.title')}
      actions={
        <SelectField
          label={t('teamAdmin.audit.show')}
          value={type}
          onValue={(value) => {
            setPages([]);
            setType(value as AuditEntry['type'] | '');
          }}
          options={[
            { value: '', label: t('teamAdmin.audit.everything') },
            ...Object.entries(TYPES).map(([value, key]) => ({ value, label: t(key) })),
          ]}
        />
      }
    >
      <Async request={log} label={t('teamAdmin.audit.loading')}>
        {({ items, nextCursor }) =>
          items.length === 0 ? (
            <Empty title={t('teamAdmin.audit.empty')}>{t('teamAdmin.audit.empty.text')}</Empty>
          ) : (
            <div class="stack">
              <ul class="list" aria-label={t('teamAdmin.audit.title')}>
                {items.map((entry) => (
                  <li key={entry.auditId}>
                    <div class="row">
                      <strong>{summaryWords(entry)}</strong>
                      <span class="small muted">{formatDate(entry.at, true)}</span>
                    </div>
                    <div class="small muted">
                      {entry.actorName
                        ? t('teamAdmin.audit.by', {
                            type: t(TYPES[entry.type]),
                            actor: entry.actorName,
                            role: entry.actorRole,
                          })
                        : t('teamAdmin.audit.byFormer', {
                            type: t(TYPES[entry.type]),
                            role: entry.actorRole,
                          })}
                    </div>
                    {entry.changes?.length ? (
                      <ul class="small m-audit-changes">
                        {entry.changes.map((change) => (
                          <li key={change.field}>
                            {changedField(entry, change.field)}:{' '}
                            {changedValue(change.before, change.field, ctx.program.currency)} →{' '}
                            {changedValue(change.after, change.field, ctx.program.currency)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              {nextCursor ? (
                <Button variant="secondary" onClick={() => setPages((p) => [...p, nextCursor])}>
                  {t('teamAdmin.audit.older')}
                </Button>
              ) : null}
            </div>
          )
        }
      </Async>
    </Card>
  );
}

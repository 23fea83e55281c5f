import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Async, Button, Card, Empty, formatDate, SelectField } from '../../../ui/kit.tsx';
import { useRequest } from '../../../use-request.ts';
import { type AuditEntry, teamApi } from './team-api.ts';

/** The log's types as a manager reads them, in the filter's order. */
const TYPES: Record<AuditEntry['type'], string> = {
  'application.approved': 'Application approved',
  'application.rejected': 'Application rejected',
  'ambassador.suspended': 'Ambassador suspended',
  'ambassador.reinstated': 'Ambassador reinstated',
  'submission.approved': 'Post approved',
  'submission.rejected': 'Post rejected',
  'submission.changes_requested': 'Changes asked for',
  'program.updated': 'Settings changed',
  'member.invited': 'Invited',
  'member.joined': 'Joined the team',
  'member.role_changed': 'Role changed',
  'member.removed': 'Removed from the team',
  'ownership.transferred': 'Ownership handed over',
  'invitation.revoked': 'Invitation revoked',
  'payout.created': 'Payout made',
  'payout.confirmed': 'Payout confirmed',
  'points.adjusted': 'Points adjusted',
  'export.downloaded': 'File downloaded',
  'account.exported': 'A member downloaded their data',
  'account.deleted': 'A member deleted their account',
  'account.password_reset': 'A member reset their password',
  'notifications.changed': 'A member changed their notifications',
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
      title="Audit log"
      actions={
        <SelectField
          label="Show"
          value={type}
          onValue={(value) => {
            setPages([]);
            setType(value as AuditEntry['type'] | '');
          }}
          options={[
            { value: '', label: 'Everything' },
            ...Object.entries(TYPES).map(([value, label]) => ({ value, label })),
          ]}
        />
      }
    >
      <Async request={log} label="Loading the log…">
        {({ items, nextCursor }) =>
          items.length === 0 ? (
            <Empty title="Nothing here yet">
              The team's decisions and changes are listed here as they happen.
            </Empty>
          ) : (
            <div class="stack">
              <ul class="list" aria-label="Audit log">
                {items.map((entry) => (
                  <li key={entry.auditId}>
                    <div class="row">
                      <strong>{entry.summary}</strong>
                      <span class="small muted">{formatDate(entry.at, true)}</span>
                    </div>
                    <div class="small muted">
                      {TYPES[entry.type]} · by {entry.actorName ?? 'a former team member'} ({entry.actorRole})
                    </div>
                    {entry.changes?.length ? (
                      <ul class="small">
                        {entry.changes.map((change) => (
                          <li key={change.field}>
                            {change.field}: {shown(change.before)} → {shown(change.after)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              {nextCursor ? (
                <Button variant="secondary" onClick={() => setPages((p) => [...p, nextCursor])}>
                  Show older entries
                </Button>
              ) : null}
            </div>
          )
        }
      </Async>
    </Card>
  );
}

/** A value before or after, as the log shows it: a long one (named only by the API) as "…". */
function shown(value: unknown): string {
  if (value === undefined) return '…';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

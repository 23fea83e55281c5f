import { useState } from 'preact/hooks';
import { ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { Async, Empty, Notice, SelectField } from '../../ui/kit.tsx';
import { LoadMore } from '../../ui/paging.tsx';
import { useDecisionQueue } from '../../ui/use-decision-queue.ts';
import { useSelection } from '../../ui/use-selection.ts';
import {
  ambassadorsApi,
  type Decision,
  type Member,
  type Status,
  sendDecision,
} from './applications/applications-api.ts';
import { BulkBar } from './applications/bulk-bar.tsx';
import { MemberRow } from './applications/member-row.tsx';
import { ShopifyCodesContext, useShopifyCodes } from './applications/shopify-codes.tsx';
import { useBulkDecisions } from './applications/use-bulk-decisions.ts';
import './manager.css';

const PAGE_SIZE = 50;

const STATUS_OPTIONS: { value: Status; words: MessageKey }[] = [
  { value: 'pending', words: 'managerPeople.status.pending' },
  { value: 'approved', words: 'managerPeople.status.approved' },
  { value: 'suspended', words: 'managerPeople.status.suspended' },
  { value: 'rejected', words: 'managerPeople.status.rejected' },
];

/** Applications to decide, alone or in bulk, and the members by status (suspend, reinstate). */
export function ApplicationsView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [status, setStatus] = useState<Status>('pending');
  const selection = useSelection();
  const queue = useDecisionQueue<Member>({
    load: (cursor) =>
      ok(
        ambassadorsApi.$get({
          param: { programId },
          query: { status, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
        }),
      ),
    deps: [programId, status],
    idOf: (member) => member.userId,
    reread: (member) =>
      ok(ambassadorsApi[':ambassadorId'].$get({ param: { programId, ambassadorId: member.userId } })),
    // Someone decided first: unselect the member, who shows as they are now.
    onConflict: (member) => selection.drop(new Set([member.userId])),
    onRemoved: selection.drop,
    home: ['applications-heading', 'applications-title'],
  });
  const decide = (member: Member, decision: Decision, reason?: string) =>
    queue.decide(member, () => sendDecision(programId, member, decision, reason));
  const bulk = useBulkDecisions(programId, status, queue, selection);
  const { selected } = selection;
  const pending = status === 'pending';
  const shopifyCodes = useShopifyCodes(programId, status === 'approved' || status === 'suspended');

  return (
    <div class="stack manager">
      <div class="row">
        <h1 id="applications-title" tabIndex={-1}>
          {t('managerPeople.title')}
        </h1>
      </div>
      <div class="m-toolbar">
        <SelectField
          label={t('managerPeople.show')}
          value={status}
          onValue={(v) => setStatus(v as Status)}
          options={STATUS_OPTIONS.map((o) => ({ value: o.value, label: t(o.words) }))}
        />
      </div>
      <div aria-live="polite" class="m-live">
        {bulk.summary ? <Notice kind={bulk.summary.kind}>{bulk.summary.text}</Notice> : null}
      </div>
      <Async request={queue.request} label={t('managerPeople.loading')}>
        {(data) => {
          if (data.items.length === 0)
            return (
              <Empty
                title={
                  pending ? t('managerPeople.empty.pending') : t('managerPeople.empty.status', { status })
                }
              >
                {pending ? t('managerPeople.empty.pending.text') : t('managerPeople.empty.status.text')}
              </Empty>
            );
          return (
            <section class="card" aria-labelledby="applications-heading">
              <header class="card-header">
                <h2 id="applications-heading" tabIndex={-1}>
                  {t(STATUS_OPTIONS.find((o) => o.value === status)?.words ?? 'managerPeople.status.pending')}{' '}
                  <span class="muted small">
                    ({data.items.length}
                    {data.nextCursor ? '+' : ''})
                  </span>
                </h2>
              </header>
              {pending ? (
                <BulkBar
                  selectable={data.items.filter((m) => m.status === 'pending')}
                  selection={selection}
                  bulk={bulk}
                />
              ) : null}
              <ShopifyCodesContext.Provider value={shopifyCodes}>
                <ul class="list m-people">
                  {data.items.map((member) => (
                    <MemberRow
                      key={member.userId}
                      ctx={ctx}
                      member={member}
                      selectable={pending && member.status === 'pending'}
                      selected={selected.has(member.userId)}
                      rowState={queue.states[member.userId]}
                      locked={bulk.busy}
                      register={queue.register(member.userId)}
                      onSelect={(on) => selection.toggle(member.userId, on)}
                      decide={decide}
                      onDone={(message) => queue.leave(member.userId, message)}
                    />
                  ))}
                </ul>
              </ShopifyCodesContext.Provider>
              <LoadMore page={data} more={queue.more} />
            </section>
          );
        }}
      </Async>
    </div>
  );
}

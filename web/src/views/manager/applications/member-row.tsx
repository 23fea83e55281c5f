import { useEffect, useRef, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Button, ErrorNotice, formatDate, Notice } from '../../../ui/kit.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import type { ItemState, Outcome } from '../../../ui/use-decision-queue.ts';
import { useAction } from '../../../use-request.ts';
import { ambassadorsApi, type Decision, type Member } from './applications-api.ts';
import { CodeRotation } from './code-rotation.tsx';
import { Answers, Avatar, Handles, MemberFacts } from './member-details.tsx';
import { ReasonForm } from './reason-form.tsx';

/** A member in the list: who they are and what they answered, with the actions their status allows. */
export function MemberRow({
  ctx,
  member: listed,
  selectable,
  selected,
  rowState,
  locked,
  register,
  onSelect,
  decide,
  onDone,
}: {
  ctx: ProgramContext;
  member: Member;
  selectable: boolean;
  selected: boolean;
  rowState: ItemState | undefined;
  locked: boolean;
  register: (element: HTMLElement | null) => void;
  onSelect: (on: boolean) => void;
  decide: (member: Member, decision: Decision, reason?: string) => Promise<Outcome>;
  /** The member left this list (decided, suspended or reinstated). */
  onDone: (message: string) => void;
}) {
  const { programId, program } = ctx;
  // After a code rotation: the membership as the API answered it, until the list reloads.
  const [rotated, setRotated] = useState<Member | undefined>();
  const member = rotated?.userId === listed.userId ? rotated : listed;
  const [rejecting, setRejecting] = useState(false);
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const reasonBox = useRef<HTMLDivElement>(null);
  const approve = useAction(async () => {
    if ((await decide(member, 'approve')) === 'decided')
      onDone(t('managerPeople.row.approved', { name: member.displayName }));
  });
  const reject = useAction(async () => {
    const outcome = await decide(member, 'reject', reason.trim());
    if (outcome === 'decided') onDone(t('managerPeople.row.rejected', { name: member.displayName }));
    else setRejecting(false);
  });
  const suspend = useAction(async () => {
    await ok(
      ambassadorsApi[':ambassadorId'].suspend.$post(
        { param: { programId, ambassadorId: member.userId } },
        {
          init: {
            body: JSON.stringify(reason.trim() ? { reason: reason.trim() } : {}),
            headers: { 'content-type': 'application/json' },
          },
        },
      ),
    );
    onDone(t('managerPeople.row.suspended', { name: member.displayName }));
  });
  const reinstate = useAction(async () => {
    await ok(
      ambassadorsApi[':ambassadorId'].reinstate.$post({
        param: { programId, ambassadorId: member.userId },
      }),
    );
    onDone(t('managerPeople.row.reinstated', { name: member.displayName }));
  });

  useEffect(() => {
    if (rejecting || suspending) reasonBox.current?.querySelector('textarea')?.focus();
  }, [rejecting, suspending]);

  const application = member.application;
  const busy = approve.busy || reject.busy || locked || rowState?.state === 'running';
  const headingId = `member-${member.userId}`;
  const error = approve.error ?? reject.error ?? suspend.error ?? reinstate.error;
  // The reason asked for a rejection or a suspension, when one was started.
  const reasonForm =
    member.status === 'pending' && rejecting
      ? {
          label: t('managerPeople.row.reason'),
          hint: t('managerPeople.row.reason.hint'),
          rows: 3,
          confirm: t('managerPeople.row.confirmReject'),
          action: reject,
          disabled: busy && !reject.busy,
          onCancel: () => setRejecting(false),
        }
      : member.status === 'approved' && suspending
        ? {
            label: t('managerPeople.row.suspendReason'),
            hint: t('managerPeople.row.suspendReason.hint'),
            rows: 2,
            confirm: t('managerPeople.row.confirmSuspend'),
            action: suspend,
            onCancel: () => setSuspending(false),
          }
        : undefined;

  return (
    <li
      ref={register}
      tabIndex={-1}
      class={`m-person${selected ? ' m-selected' : ''}`}
      aria-labelledby={headingId}
    >
      <div class="m-person-head">
        {selectable ? (
          <label class="check m-select-box">
            <input
              type="checkbox"
              checked={selected}
              disabled={locked}
              onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
            />
            <span class="visually-hidden">{t('managerPeople.row.select', { name: member.displayName })}</span>
          </label>
        ) : null}
        <Avatar name={member.displayName} />
        <div class="m-person-title">
          <h3 id={headingId}>{member.displayName}</h3>
          <p class="muted small">
            {member.email ? <span class="m-break">{member.email}</span> : null}
            {member.email ? ' · ' : ''}
            {t('managerPeople.row.since', {
              status: member.status,
              date: formatDate(
                member.status === 'pending' ? (application?.appliedAt ?? member.createdAt) : member.statusAt,
              ),
            })}
            {member.applicationCount && member.applicationCount > 1
              ? ` · ${t('managerPeople.row.applicationNumber', { count: member.applicationCount })}`
              : ''}
          </p>
        </div>
        <StatusPill status={member.status} />
      </div>

      <RowStateNotice rowState={rowState} status={member.status} />
      <Handles member={member} />
      <Answers member={member} program={program} />
      <MemberFacts programId={programId} program={program} member={member} />

      {error ? <ErrorNotice error={error} /> : null}

      {reasonForm ? (
        <ReasonForm {...reasonForm} reason={reason} onReason={setReason} box={reasonBox} />
      ) : member.status === 'pending' ? (
        <div class="actions">
          <Button variant="primary" busy={approve.busy} disabled={busy} onClick={() => void approve.run()}>
            {t('managerPeople.row.approve')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => setRejecting(true)}>
            {t('managerPeople.row.reject')}
          </Button>
        </div>
      ) : member.status === 'approved' ? (
        <div class="actions">
          <Button variant="secondary" onClick={() => setSuspending(true)}>
            {t('managerPeople.row.suspend')}
          </Button>
          <CodeRotation programId={programId} member={member} onRotated={setRotated} />
        </div>
      ) : null}

      {member.status === 'suspended' ? (
        <div class="actions">
          <Button variant="secondary" busy={reinstate.busy} onClick={() => void reinstate.run()}>
            {t('managerPeople.row.reinstate')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** A bulk decision being sent or failed on this row, or someone else's decision that came first. */
function RowStateNotice({ rowState, status }: { rowState: ItemState | undefined; status: string }) {
  if (rowState?.state === 'running')
    return (
      <p class="muted small" role="status">
        <span class="spinner" aria-hidden="true" /> {t('managerPeople.row.sending')}
      </p>
    );
  if (rowState?.state === 'conflict')
    return (
      <Notice kind="warning">
        <p>{t('managerPeople.row.conflict', { message: rowState.message })}</p>
        <p>{tx('managerPeople.row.nowReads', { status: <StatusPill status={status} /> })}</p>
      </Notice>
    );
  if (rowState?.state === 'failed')
    return (
      <Notice kind="error">
        <p>{t('managerPeople.row.failed', { message: rowState.message })}</p>
      </Notice>
    );
  return null;
}

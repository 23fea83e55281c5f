import type { InferResponseType } from 'hono/client';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { focusLost } from '../../ui/focus.ts';
import { platformName, tierName } from '../../ui/format.ts';
import {
  Async,
  Button,
  Empty,
  ErrorNotice,
  formatDate,
  Notice,
  SelectField,
  StatusPill,
  TextArea,
} from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { asApiError, useAction } from '../../use-request.ts';
import { runPool } from './helpers.tsx';
import './manager.css';

const ambassadorsApi = api.programs.api.programs[':programId'].ambassadors;
type Page = InferResponseType<typeof ambassadorsApi.$get, 200>;
type Member = Page['items'][number];
type Status = 'pending' | 'approved' | 'rejected' | 'suspended';
type RowState =
  | { state: 'running' }
  | { state: 'failed'; message: string }
  | { state: 'conflict'; message: string };
type Outcome = 'decided' | 'conflict';

const PAGE_SIZE = 50;
const CONCURRENCY = 4;

const STATUS_OPTIONS: { value: Status; label: string }[] = [
  { value: 'pending', label: 'Pending applications' },
  { value: 'approved', label: 'Approved ambassadors' },
  { value: 'suspended', label: 'Suspended ambassadors' },
  { value: 'rejected', label: 'Rejected applications' },
];

/** Focus was on something that has left the page (or nowhere): it needs a new home. */
/** Applications to decide, alone or in bulk, and the members by status (suspend, reinstate). */
export function ApplicationsView({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [status, setStatus] = useState<Status>('pending');
  // The rows on screen now, for a page that arrives later (no duplicates) and for focus.
  const shown = useRef<Member[]>([]);
  const { request: list, more } = usePaged<Member>(
    async (cursor) => {
      const page = await ok(
        ambassadorsApi.$get({
          param: { programId },
          query: { status, limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
        }),
      );
      if (!cursor) return page;
      return { ...page, items: page.items.filter((m) => !shown.current.some((c) => c.userId === m.userId)) };
    },
    [programId, status],
  );
  shown.current = list.data?.items ?? [];
  const rows = useRef<Map<string, HTMLElement>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rowStates, setRowStates] = useState<Record<string, RowState>>({});
  const [summary, setSummary] = useState<{ kind: 'success' | 'warning'; text: string } | undefined>();
  const [bulkReject, setBulkReject] = useState(false);
  const [bulkReason, setBulkReason] = useState('');
  const [bulkBusy, setBulkBusy] = useState(false);

  // A new filter starts a fresh selection.
  useEffect(() => {
    setSelected(new Set());
    setRowStates({});
    setSummary(undefined);
    setBulkReject(false);
  }, [status]);

  const unselect = (ids: Set<string>) =>
    setSelected((previous) => new Set([...previous].filter((id) => !ids.has(id))));

  /** Takes decided rows off the list (the filter no longer matches them). */
  const removeRows = (ids: Set<string>) => {
    if (ids.size === 0) return;
    list.setData((current) => ({ ...current, items: current.items.filter((m) => !ids.has(m.userId)) }));
    unselect(ids);
  };

  /** Focus for when the focused row left: the row now in its place, else the list's heading. */
  const refocus = (index: number) => {
    // After the list re-renders without the row.
    requestAnimationFrame(() => {
      if (!focusLost()) return;
      const items = shown.current;
      const next = items[Math.min(index, items.length - 1)];
      const target =
        (next && rows.current.get(next.userId)) ??
        document.getElementById('applications-heading') ??
        document.getElementById('applications-title');
      target?.focus();
    });
  };

  /** Someone decided first: unselect the member and show them as they are now. */
  const showConflict = async (member: Member, error: ApiError) => {
    unselect(new Set([member.userId]));
    setRowStates((previous) => ({
      ...previous,
      [member.userId]: { state: 'conflict', message: error.message },
    }));
    try {
      const fresh = await ok(
        ambassadorsApi[':ambassadorId'].$get({ param: { programId, ambassadorId: member.userId } }),
      );
      list.setData((current) => ({
        ...current,
        items: current.items.map((m) => (m.userId === member.userId ? { ...m, ...fresh } : m)),
      }));
    } catch (caught) {
      setRowStates((previous) => ({
        ...previous,
        [member.userId]: {
          state: 'conflict',
          message: `${error.message} Loading it again failed: ${asApiError(caught).message}`,
        },
      }));
    }
  };

  /** Sends a decision; when someone decided first, shows the member as they are now instead. */
  const decide = async (
    member: Member,
    decision: 'approve' | 'reject',
    reason?: string,
  ): Promise<Outcome> => {
    try {
      await ok(
        ambassadorsApi[':ambassadorId'].decision.$post({
          param: { programId, ambassadorId: member.userId },
          json: { decision, ...(reason ? { reason } : {}) },
        }),
      );
      return 'decided';
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await showConflict(member, error);
        return 'conflict';
      }
      throw error;
    }
  };

  /** A decided, suspended or reinstated member leaves the list; focus goes to the next row. */
  const leave = (userId: string, message: string) => {
    const index = shown.current.findIndex((m) => m.userId === userId);
    removeRows(new Set([userId]));
    toast(message);
    refocus(Math.max(0, index));
  };

  const runBulk = async (decision: 'approve' | 'reject') => {
    const members = (list.data?.items ?? []).filter((m) => selected.has(m.userId));
    if (members.length === 0 || bulkBusy) return;
    setBulkBusy(true);
    setSummary(undefined);
    setRowStates((previous) => ({
      ...previous,
      ...Object.fromEntries(members.map((m) => [m.userId, { state: 'running' } as RowState])),
    }));
    const reason = bulkReason.trim();
    const results = await runPool(
      members,
      CONCURRENCY,
      (member) => decide(member, decision, decision === 'reject' ? reason : undefined),
      (member, result) => {
        setRowStates((previous) => {
          const next = { ...previous };
          if (!result.ok)
            next[member.userId] = { state: 'failed', message: asApiError(result.error).message };
          // A conflict keeps the notice showConflict put on the row.
          else if (result.value === 'decided') delete next[member.userId];
          return next;
        });
      },
    );
    const done = new Set(
      members
        .filter((_, i) => {
          const result = results[i];
          return result?.ok && result.value === 'decided';
        })
        .map((m) => m.userId),
    );
    const conflicts = results.filter((r) => r.ok && r.value === 'conflict').length;
    const failed = members.length - done.size - conflicts;
    removeRows(done);
    setBulkBusy(false);
    setBulkReject(false);
    if (failed === 0) setBulkReason('');
    const verb = decision === 'approve' ? 'Approved' : 'Rejected';
    const text = [
      done.size === members.length
        ? `${verb} ${done.size} ${done.size === 1 ? 'application' : 'applications'}.`
        : `${verb} ${done.size} of ${members.length}.`,
      conflicts > 0
        ? `${conflicts} ${conflicts === 1 ? 'was' : 'were'} already decided by someone else: ${conflicts === 1 ? 'its row shows' : 'their rows show'} the decision.`
        : '',
      failed > 0
        ? `${failed} failed: the reason is on ${failed === 1 ? 'its row' : 'each row'}, still selected.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    const clean = failed === 0 && conflicts === 0;
    setSummary({ kind: clean ? 'success' : 'warning', text });
    toast(text, failed === 0 ? 'success' : 'error');
    requestAnimationFrame(() => {
      if (focusLost())
        (
          document.getElementById('applications-heading') ?? document.getElementById('applications-title')
        )?.focus();
    });
  };

  const pending = status === 'pending';

  return (
    <div class="stack manager">
      <div class="row">
        <h1 id="applications-title" tabIndex={-1}>
          Applications
        </h1>
      </div>
      <div class="m-toolbar">
        <SelectField
          label="Show"
          value={status}
          onValue={(v) => setStatus(v as Status)}
          options={STATUS_OPTIONS}
        />
      </div>
      <div aria-live="polite" class="m-live">
        {summary ? <Notice kind={summary.kind}>{summary.text}</Notice> : null}
      </div>
      <Async request={list} label="Loading applications…">
        {(data) => {
          if (data.items.length === 0)
            return (
              <Empty title={pending ? 'No applications waiting' : `No ${status} members`}>
                {pending
                  ? 'New applications appear here. Share the program page so people can apply.'
                  : 'Choose another status to see other members.'}
              </Empty>
            );
          // Only rows still waiting can be picked (someone may have decided one meanwhile).
          const selectable = data.items.filter((m) => m.status === 'pending');
          const allSelected = selectable.every((m) => selected.has(m.userId));
          return (
            <section class="card" aria-labelledby="applications-heading">
              <header class="card-header">
                <h2 id="applications-heading" tabIndex={-1}>
                  {STATUS_OPTIONS.find((o) => o.value === status)?.label}{' '}
                  <span class="muted small">
                    ({data.items.length}
                    {data.nextCursor ? '+' : ''})
                  </span>
                </h2>
              </header>
              {pending ? (
                <div class="m-bulk-bar">
                  <div class="actions">
                    <Button
                      variant="secondary"
                      disabled={bulkBusy || allSelected}
                      onClick={() => setSelected(new Set(selectable.map((m) => m.userId)))}
                    >
                      Select all
                    </Button>
                    {selected.size > 0 ? (
                      <Button variant="ghost" disabled={bulkBusy} onClick={() => setSelected(new Set())}>
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
                      busy={bulkBusy && !bulkReject}
                      disabled={selected.size === 0 || bulkBusy}
                      onClick={() => void runBulk('approve')}
                    >
                      Approve selected
                    </Button>
                    <Button
                      variant="danger"
                      disabled={selected.size === 0 || bulkBusy}
                      aria-expanded={bulkReject}
                      onClick={() => setBulkReject(!bulkReject)}
                    >
                      Reject selected
                    </Button>
                  </div>
                  {bulkReject ? (
                    <form
                      class="stack m-reject-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void runBulk('reject');
                      }}
                    >
                      <TextArea
                        label="Reason for all selected"
                        hint="Optional. Each applicant gets it with the decision."
                        value={bulkReason}
                        onValue={setBulkReason}
                        maxLength={1000}
                        rows={3}
                      />
                      <div class="actions">
                        <Button type="submit" variant="danger" busy={bulkBusy} disabled={selected.size === 0}>
                          Reject {selected.size} selected
                        </Button>
                        <Button variant="ghost" disabled={bulkBusy} onClick={() => setBulkReject(false)}>
                          Cancel
                        </Button>
                      </div>
                    </form>
                  ) : null}
                </div>
              ) : null}
              <ul class="list m-people">
                {data.items.map((member) => (
                  <MemberRow
                    key={member.userId}
                    ctx={ctx}
                    member={member}
                    selectable={pending && member.status === 'pending'}
                    selected={selected.has(member.userId)}
                    rowState={rowStates[member.userId]}
                    locked={bulkBusy}
                    register={(element) => {
                      if (element) rows.current.set(member.userId, element);
                      else rows.current.delete(member.userId);
                    }}
                    onSelect={(on) =>
                      setSelected((previous) => {
                        const next = new Set(previous);
                        if (on) next.add(member.userId);
                        else next.delete(member.userId);
                        return next;
                      })
                    }
                    decide={decide}
                    onDone={(message) => leave(member.userId, message)}
                  />
                ))}
              </ul>
              <LoadMore page={data} more={more} />
            </section>
          );
        }}
      </Async>
    </div>
  );
}

function MemberRow({
  ctx,
  member,
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
  rowState: RowState | undefined;
  locked: boolean;
  register: (element: HTMLElement | null) => void;
  onSelect: (on: boolean) => void;
  decide: (member: Member, decision: 'approve' | 'reject', reason?: string) => Promise<Outcome>;
  /** The member left this list (decided, suspended or reinstated). */
  onDone: (message: string) => void;
}) {
  const { programId, program } = ctx;
  const [rejecting, setRejecting] = useState(false);
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const reasonBox = useRef<HTMLDivElement>(null);
  const approve = useAction(async () => {
    if ((await decide(member, 'approve')) === 'decided') onDone(`Approved ${member.displayName}`);
  });
  const reject = useAction(async () => {
    const outcome = await decide(member, 'reject', reason.trim());
    if (outcome === 'decided') onDone(`Rejected ${member.displayName}`);
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
    onDone(`Suspended ${member.displayName}`);
  });
  const reinstate = useAction(async () => {
    await ok(
      ambassadorsApi[':ambassadorId'].reinstate.$post({
        param: { programId, ambassadorId: member.userId },
      }),
    );
    onDone(`Reinstated ${member.displayName}`);
  });

  useEffect(() => {
    if (rejecting || suspending) reasonBox.current?.querySelector('textarea')?.focus();
  }, [rejecting, suspending]);

  const application = member.application;
  const questions = program.questions;
  // In the order the program asks them; answers to since-removed questions last.
  const answerEntries = Object.entries(application?.answers ?? {}).sort(
    ([a], [b]) =>
      (questions.findIndex((q) => q.id === a) + 1 || 1000) -
      (questions.findIndex((q) => q.id === b) + 1 || 1000),
  );
  const handles = Object.entries(application?.socialHandles ?? {});
  const busy = approve.busy || reject.busy || locked || rowState?.state === 'running';
  const headingId = `member-${member.userId}`;
  const error = approve.error ?? reject.error ?? suspend.error ?? reinstate.error;

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
            <span class="visually-hidden">Select {member.displayName}</span>
          </label>
        ) : null}
        <div class="m-person-title">
          <h3 id={headingId}>{member.displayName}</h3>
          <p class="muted small">
            {member.email ? <span class="m-break">{member.email}</span> : null}
            {member.email ? ' · ' : ''}
            {member.status === 'pending'
              ? 'Applied'
              : `${member.status[0]?.toUpperCase()}${member.status.slice(1)}`}{' '}
            {formatDate(
              member.status === 'pending' ? (application?.appliedAt ?? member.createdAt) : member.statusAt,
            )}
            {member.applicationCount && member.applicationCount > 1
              ? ` · application number ${member.applicationCount}`
              : ''}
          </p>
        </div>
        <StatusPill status={member.status} />
      </div>

      {rowState?.state === 'running' ? (
        <p class="muted small" role="status">
          <span class="spinner" aria-hidden="true" /> Sending…
        </p>
      ) : null}
      {rowState?.state === 'conflict' ? (
        <Notice kind="warning">
          <p>Someone decided first. {rowState.message}</p>
          <p>
            It now reads <StatusPill status={member.status} />
          </p>
        </Notice>
      ) : null}
      {rowState?.state === 'failed' ? (
        <Notice kind="error">
          <p>Failed: {rowState.message}</p>
        </Notice>
      ) : null}

      {answerEntries.length > 0 ? (
        <dl class="m-answers">
          {answerEntries.map(([id, value]) => {
            const question = questions.find((q) => q.id === id);
            const text = Array.isArray(value) ? value.join(', ') : String(value);
            return (
              <div key={id}>
                <dt>{question?.label ?? id}</dt>
                <dd>
                  {question?.type === 'url' && /^https?:\/\//.test(text) ? (
                    <a href={text} target="_blank" rel="noopener noreferrer">
                      {text}
                      <span class="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  ) : (
                    text
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      <p class="small m-meta">
        {handles.length > 0 ? (
          <span>
            <strong>Social:</strong>{' '}
            {handles.map(([platform, handle]) => `${platformName(platform)} ${handle}`).join(', ')}
          </span>
        ) : null}
        {member.recruitedVia || member.recruitedBy ? (
          <span>
            <strong>Recruited by:</strong> <Recruiter programId={programId} member={member} />
          </span>
        ) : null}
        {member.referralCode ? (
          <span>
            <strong>Referral code:</strong> <code>{member.referralCode}</code>
          </span>
        ) : null}
        {member.status === 'approved' ? (
          <span>
            <strong>Tier:</strong>{' '}
            {tierName(program.tiers, member.tier) || program.tiers[0]?.name || 'First tier'}
          </span>
        ) : null}
        {member.decision?.reason ? (
          <span>
            <strong>Reason given:</strong> {member.decision.reason}
          </span>
        ) : null}
        {member.suspension?.reason ? (
          <span>
            <strong>Suspended because:</strong> {member.suspension.reason}
          </span>
        ) : null}
      </p>

      {error ? <ErrorNotice error={error} /> : null}

      {member.status === 'pending' ? (
        rejecting ? (
          <ReasonForm
            label="Reason"
            hint="Optional. The applicant gets it with the decision."
            rows={3}
            reason={reason}
            onReason={setReason}
            box={reasonBox}
            confirm="Confirm rejection"
            action={reject}
            disabled={busy && !reject.busy}
            onCancel={() => setRejecting(false)}
          />
        ) : (
          <div class="actions">
            <Button variant="primary" busy={approve.busy} disabled={busy} onClick={() => void approve.run()}>
              Approve
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setRejecting(true)}>
              Reject
            </Button>
          </div>
        )
      ) : null}

      {member.status === 'approved' ? (
        suspending ? (
          <ReasonForm
            label="Reason for suspending"
            hint="Optional. Their referral link stops working while suspended."
            rows={2}
            reason={reason}
            onReason={setReason}
            box={reasonBox}
            confirm="Confirm suspension"
            action={suspend}
            onCancel={() => setSuspending(false)}
          />
        ) : (
          <div class="actions">
            <Button variant="secondary" onClick={() => setSuspending(true)}>
              Suspend
            </Button>
          </div>
        )
      ) : null}

      {member.status === 'suspended' ? (
        <div class="actions">
          <Button variant="secondary" busy={reinstate.busy} onClick={() => void reinstate.run()}>
            Reinstate
          </Button>
        </div>
      ) : null}
    </li>
  );
}

const recruiterNames = new Map<string, Promise<string | undefined>>();

/** The recruiter's name (looked up once per page view), or their code until it arrives. */
function Recruiter({ programId, member }: { programId: string; member: Member }) {
  const id = member.recruitedBy;
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    let lookup = recruiterNames.get(id);
    if (!lookup) {
      lookup = ok(
        api.programs.api.programs[':programId'].ambassadors[':ambassadorId'].$get({
          param: { programId, ambassadorId: id },
        }),
      ).then(
        (m) => m.displayName,
        () => undefined,
      );
      recruiterNames.set(id, lookup);
    }
    void lookup.then((found) => {
      if (live) setName(found);
    });
    return () => {
      live = false;
    };
  }, [programId, id]);
  return (
    <span>
      {name ?? 'an ambassador'}
      {member.recruitedVia ? (
        <>
          {' '}
          (code <code>{member.recruitedVia}</code>)
        </>
      ) : null}
    </span>
  );
}

/** The optional reason for a rejection or a suspension, with its confirm and cancel buttons. */
function ReasonForm({
  label,
  hint,
  rows,
  reason,
  onReason,
  box,
  confirm,
  action,
  disabled = false,
  onCancel,
}: {
  label: string;
  hint: string;
  rows: number;
  reason: string;
  onReason: (reason: string) => void;
  box: RefObject<HTMLDivElement | null>;
  confirm: string;
  action: { run: () => Promise<unknown>; busy: boolean };
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <form
      class="stack m-reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <div ref={box}>
        <TextArea label={label} hint={hint} value={reason} onValue={onReason} maxLength={1000} rows={rows} />
      </div>
      <div class="actions">
        <Button type="submit" variant="danger" busy={action.busy} disabled={disabled}>
          {confirm}
        </Button>
        <Button variant="ghost" disabled={action.busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

import { fieldErrors } from '../../../api/client.ts';
import { KIND_LABELS, type Redemption, type ShippingAddress } from '../../../api/rewards.ts';
import { countryName } from '../../../ui/countries.ts';
import { Button, CopyButton, ErrorNotice, formatDate, Notice, StatusPill } from '../../../ui/kit.tsx';
import type { Outcome } from '../../../ui/use-decision-queue.ts';
import { useAction } from '../../../use-request.ts';
import type { Action } from './fulfilment-api.ts';
import { doneMessage, FulfilForm, RejectForm } from './fulfilment-forms.tsx';

export type OpenForm = 'reject' | 'fulfil';
type Input = { reason?: string; trackingUrl?: string; note?: string };

/** A redemption in the fulfilment queue: who, what, where to ship it, and the step it waits for. */
export function FulfilmentItem({
  item,
  current,
  form,
  conflict,
  challengeTitle,
  register,
  onFocus,
  onOpenForm,
  onCloseForm,
  act,
  onDone,
  registerApprove,
}: {
  item: Redemption;
  current: boolean;
  form: OpenForm | undefined;
  conflict: string | undefined;
  challengeTitle: string | undefined;
  register: (element: HTMLElement | null) => void;
  onFocus: () => void;
  onOpenForm: (form: OpenForm) => void;
  onCloseForm: () => void;
  /** Sends the action; resolves with the redemption after it, or 'conflict' when it had moved on. */
  act: (item: Redemption, action: Action, input: Input) => Promise<{ outcome: Outcome; after?: Redemption }>;
  onDone: (item: Redemption, message: string) => void;
  registerApprove: (approve: () => void) => void;
}) {
  const run = useAction(async (action: Action, input: Input = {}) => {
    const { outcome, after } = await act(item, action, input);
    if (outcome === 'decided' && after) onDone(item, doneMessage(action, item, after));
  });
  registerApprove(() => void run.run('approve'));
  const headingId = `redemption-${item.redemptionId}`;
  const notPosted = item.flags?.includes('gift_not_posted') ?? false;
  const { followUp } = item;

  return (
    <article
      ref={register}
      class={`card m-review-item${current ? ' m-current' : ''}${notPosted ? ' f-flagged' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      onFocusCapture={onFocus}
    >
      <header class="m-review-head">
        <h2 id={headingId}>
          {item.displayName} <span class="muted m-heading-sub">· {item.rewardTitle}</span>
        </h2>
        <span class="actions">
          {notPosted ? <span class="pill flag">Gift not posted</span> : null}
          <StatusPill status={item.status} />
        </span>
      </header>
      {conflict ? (
        <Notice kind="warning">
          <p>Someone else got there first. {conflict}</p>
          <p>
            It now reads <StatusPill status={item.status} />
          </p>
        </Notice>
      ) : null}
      <p class="small muted">
        {KIND_LABELS[item.kind]} · {item.costPoints.toLocaleString()} points · redeemed{' '}
        {formatDate(item.createdAt, true)}
        {item.status !== 'requested' ? ` · ${item.status} ${formatDate(item.updatedAt, true)}` : ''}
      </p>
      {item.shippingAddress ? <Address address={item.shippingAddress} /> : null}
      {item.code ? (
        <p class="small">
          Code given: <code>{item.code}</code> <span class="muted">(only the ambassador sees it whole)</span>
        </p>
      ) : null}
      {item.trackingUrl ? (
        <p class="small">
          <a href={item.trackingUrl} target="_blank" rel="noopener noreferrer" class="m-break">
            Tracking link<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {item.note ? <p class="small">Note sent: {item.note}</p> : null}
      {item.reason ? <p class="small">Reason given: {item.reason}</p> : null}
      {followUp ? (
        <p class="small">
          Asks for a post in {challengeTitle ?? 'its follow-up challenge'}
          {followUp.postedAt
            ? `: posted ${formatDate(followUp.postedAt)}.`
            : followUp.dueAt
              ? `, due ${formatDate(followUp.dueAt)}.`
              : ', due once it is fulfilled.'}
        </p>
      ) : null}
      {notPosted ? (
        <Notice kind="warning">
          <p>
            The post this gift asks for was due {formatDate(followUp?.dueAt)} and has not come. A reminder has
            gone out; a personal word may help.
          </p>
        </Notice>
      ) : null}
      {run.error && !(form === 'fulfil' && Object.keys(fieldErrors(run.error)).length > 0) ? (
        <ErrorNotice error={run.error} />
      ) : null}
      {item.status === 'requested' ? (
        form === 'reject' ? (
          <RejectForm
            item={item}
            busy={run.busy}
            send={(input) => void run.run('reject', input)}
            onCancel={onCloseForm}
          />
        ) : (
          <div class="actions">
            <Button variant="primary" busy={run.busy} onClick={() => void run.run('approve')}>
              Approve
            </Button>
            <Button variant="secondary" disabled={run.busy} onClick={() => onOpenForm('reject')}>
              Reject
            </Button>
          </div>
        )
      ) : item.status === 'approved' ? (
        form === 'fulfil' ? (
          <FulfilForm
            item={item}
            busy={run.busy}
            error={run.error}
            send={(input) => void run.run('fulfil', input)}
            onCancel={onCloseForm}
          />
        ) : (
          <div class="actions">
            <Button variant="primary" onClick={() => onOpenForm('fulfil')}>
              Fulfil
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}

/** The shipping address as a label reads, with a button to copy it onto one. */
function Address({ address }: { address: ShippingAddress }) {
  const lines = [
    address.name,
    address.line1,
    address.line2,
    [address.postalCode, address.city].join(' '),
    address.region,
    countryName(address.country, 'en'),
  ].filter((line): line is string => Boolean(line));
  return (
    <div class="f-address">
      <p class="small muted">Ship to</p>
      <address>
        {lines.map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </address>
      <CopyButton text={lines.join('\n')} label="Copy address" />
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { fieldErrors } from '../../../api/client.ts';
import type { Redemption, ShippingAddress } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { CopyButton } from '../../../ui/copy-button.tsx';
import { countryName } from '../../../ui/countries.ts';
import { Button, ErrorNotice, formatDate, Notice } from '../../../ui/kit.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import type { Outcome } from '../../../ui/use-decision-queue.ts';
import { useAction } from '../../../use-request.ts';
import type { Action } from './fulfilment-api.ts';
import { doneMessage, FulfilForm, RejectForm } from './fulfilment-forms.tsx';
import { KIND } from './reward-words.ts';

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
  const challenge = challengeTitle ?? t('rewardsAdmin.item.followUpFallback');

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
          {notPosted ? <span class="pill flag">{t('rewardsAdmin.item.notPosted')}</span> : null}
          <StatusPill status={item.status} />
        </span>
      </header>
      {conflict ? (
        <Notice kind="warning">
          <p>{t('rewardsAdmin.item.conflict', { reason: conflict })}</p>
          <p>{tx('rewardsAdmin.item.now', { status: <StatusPill status={item.status} /> })}</p>
        </Notice>
      ) : null}
      <p class="small muted">
        {item.status === 'requested'
          ? t('rewardsAdmin.item.line', {
              kind: t(KIND[item.kind]),
              points: item.costPoints,
              date: formatDate(item.createdAt, true),
            })
          : t('rewardsAdmin.item.lineSince', {
              kind: t(KIND[item.kind]),
              points: item.costPoints,
              date: formatDate(item.createdAt, true),
              status: item.status,
              since: formatDate(item.updatedAt, true),
            })}
      </p>
      {item.shippingAddress ? <Address address={item.shippingAddress} /> : null}
      {item.code ? (
        <p class="small">
          {tx('rewardsAdmin.item.code', {
            code: (words: ComponentChildren[]) => <code>{words}</code>,
            given: item.code,
            muted: (words: ComponentChildren[]) => <span class="muted">{words}</span>,
          })}
        </p>
      ) : null}
      {item.trackingUrl ? (
        <p class="small">
          <a href={item.trackingUrl} target="_blank" rel="noopener noreferrer" class="m-break">
            {t('rewardsAdmin.item.tracking')}
            <span class="visually-hidden"> {t('rewardsAdmin.newTab')}</span>
          </a>
        </p>
      ) : null}
      {item.note ? <p class="small">{t('rewardsAdmin.item.note', { note: item.note })}</p> : null}
      {item.reason ? <p class="small">{t('rewardsAdmin.item.reason', { reason: item.reason })}</p> : null}
      {followUp ? (
        <p class="small">
          {followUp.postedAt
            ? t('rewardsAdmin.item.followUpPosted', { challenge, date: formatDate(followUp.postedAt) })
            : followUp.dueAt
              ? t('rewardsAdmin.item.followUpDue', { challenge, date: formatDate(followUp.dueAt) })
              : t('rewardsAdmin.item.followUpLater', { challenge })}
        </p>
      ) : null}
      {notPosted ? (
        <Notice kind="warning">
          <p>{t('rewardsAdmin.item.late', { date: formatDate(followUp?.dueAt) })}</p>
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
              {t('rewardsAdmin.item.approve')}
            </Button>
            <Button variant="secondary" disabled={run.busy} onClick={() => onOpenForm('reject')}>
              {t('rewardsAdmin.item.reject')}
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
              {t('rewardsAdmin.item.fulfil')}
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
      <p class="small muted">{t('rewardsAdmin.item.shipTo')}</p>
      <address>
        {lines.map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </address>
      <CopyButton text={lines.join('\n')} label={t('rewardsAdmin.item.copyAddress')} />
    </div>
  );
}

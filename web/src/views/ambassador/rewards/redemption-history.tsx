import { useState } from 'preact/hooks';
import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { type Redemption, redemptionsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { programPath } from '../../../program-context.ts';
import { Link } from '../../../router.tsx';
import { CopyButton } from '../../../ui/copy-button.tsx';
import { Async, Button, Empty, ErrorNotice, formatDate } from '../../../ui/kit.tsx';
import { LoadMore, type Paged } from '../../../ui/paging.tsx';
import { StatusPill } from '../../../ui/status-pill.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useFocusLater } from '../../../ui/use-focus-later.ts';
import { useAction } from '../../../use-request.ts';

/** The ambassador's redemptions, newest first: where each stands, its code or parcel, and why not. */
export function RedemptionHistory({
  programId,
  paged,
  onCancelled,
}: {
  programId: string;
  paged: Paged<Redemption>;
  /** A request was cancelled: its points are back. */
  onCancelled: (redemption: Redemption) => void;
}) {
  const titles = useChallengeTitles(
    programId,
    (paged.request.data?.items ?? []).flatMap((r) => (r.followUp ? [r.followUp.challengeId] : [])),
  );
  return (
    <section class="card" aria-labelledby="redemptions-title">
      <h2 id="redemptions-title" tabIndex={-1}>
        {t('ambassadorHome.history.title')}
      </h2>
      <Async request={paged.request} label={t('ambassadorHome.history.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('ambassadorHome.history.none')}>{t('ambassadorHome.history.noneText')}</Empty>
          ) : (
            <>
              <ul class="list r-history">
                {page.items.map((redemption) => (
                  <HistoryItem
                    key={redemption.redemptionId}
                    programId={programId}
                    redemption={redemption}
                    challengeTitle={redemption.followUp ? titles[redemption.followUp.challengeId] : undefined}
                    onCancelled={onCancelled}
                  />
                ))}
              </ul>
              <LoadMore page={page} more={paged.more} />
            </>
          )
        }
      </Async>
    </section>
  );
}

const STATUS_LINE: Record<Redemption['status'], MessageKey> = {
  requested: 'ambassadorHome.history.requested',
  approved: 'ambassadorHome.history.approved',
  fulfilled: 'ambassadorHome.history.fulfilled',
  rejected: 'ambassadorHome.history.rejected',
  cancelled: 'ambassadorHome.history.cancelled',
};

function HistoryItem({
  programId,
  redemption,
  challengeTitle,
  onCancelled,
}: {
  programId: string;
  redemption: Redemption;
  challengeTitle: string | undefined;
  onCancelled: (redemption: Redemption) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const focusLater = useFocusLater();
  const id = redemption.redemptionId;
  const item = () => document.getElementById(`redemption-${id}`);
  const ask = (on: boolean) => {
    setConfirming(on);
    // The button pressed goes away: focus the safe answer, or back to the button that asked.
    focusLater(() => item()?.querySelector<HTMLElement>(on ? '[data-keep]' : '[data-ask]'));
  };
  const cancel = useAction(async () => {
    const cancelled = await ok(
      redemptionsApi[':redemptionId'].cancel.$post({ param: { programId, redemptionId: id } }),
    );
    toast(
      t('ambassadorHome.history.cancelledToast', {
        reward: redemption.rewardTitle,
        points: redemption.costPoints,
      }),
    );
    onCancelled(cancelled);
    // The buttons are gone: the keyboard stays on this redemption.
    focusLater(item);
  });
  const { status, code, followUp } = redemption;
  return (
    <li id={`redemption-${id}`} tabIndex={-1} aria-labelledby={`redemption-${id}-title`}>
      <div class="row">
        <strong id={`redemption-${id}-title`}>{redemption.rewardTitle}</strong>
        <span>
          <span class="visually-hidden">{t('ambassadorHome.history.status')}</span>
          <StatusPill status={status} />
        </span>
      </div>
      <p class="small muted">
        {t('ambassadorHome.history.line', {
          points: redemption.costPoints,
          date: formatDate(redemption.createdAt),
          status: t(STATUS_LINE[status]),
        })}
      </p>
      {code && status === 'fulfilled' ? (
        <p class="actions">
          <span>{t('ambassadorHome.history.yourCode')}</span> <code class="r-code">{code}</code>
          <CopyButton text={code} label={t('ambassadorHome.result.copyCode')} />
        </p>
      ) : null}
      {redemption.trackingUrl ? (
        <p>
          <a href={redemption.trackingUrl} target="_blank" rel="noopener noreferrer">
            {tx('ambassadorHome.history.track', {
              hidden: (words) => <span class="visually-hidden">{words}</span>,
            })}
          </a>
        </p>
      ) : null}
      {redemption.note ? (
        <p>
          {tx('ambassadorHome.history.note', {
            note: redemption.note,
            strong: (words) => <strong>{words}</strong>,
          })}
        </p>
      ) : null}
      {status === 'rejected' && redemption.reason ? (
        <p>
          {tx('ambassadorHome.history.why', {
            reason: redemption.reason,
            strong: (words) => <strong>{words}</strong>,
          })}
        </p>
      ) : null}
      {followUp && status === 'fulfilled' && !followUp.postedAt ? (
        <p class="small">
          {tx(followUp.dueAt ? 'ambassadorHome.history.postAboutBy' : 'ambassadorHome.history.postAbout', {
            challenge: challengeTitle ?? t('ambassadorHome.history.itsChallenge'),
            date: followUp.dueAt ? formatDate(followUp.dueAt) : '',
            link: (words) => (
              <Link href={programPath(programId, 'challenges', followUp.challengeId)}>{words}</Link>
            ),
          })}
        </p>
      ) : followUp?.postedAt ? (
        <p class="small muted">
          {t('ambassadorHome.history.posted', { date: formatDate(followUp.postedAt) })}
        </p>
      ) : null}
      {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
      {status === 'requested' ? (
        confirming ? (
          <div class="actions">
            <span>{t('ambassadorHome.history.confirmCancel')}</span>
            <Button variant="danger" busy={cancel.busy} onClick={() => void cancel.run()}>
              {t('ambassadorHome.history.yesCancel')}
            </Button>
            <Button variant="ghost" data-keep disabled={cancel.busy} onClick={() => ask(false)}>
              {t('ambassadorHome.history.keep')}
            </Button>
          </div>
        ) : (
          <div class="actions">
            <Button variant="secondary" data-ask onClick={() => ask(true)}>
              {tx('ambassadorHome.history.cancel', {
                reward: redemption.rewardTitle,
                hidden: (words) => <span class="visually-hidden">{words}</span>,
              })}
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

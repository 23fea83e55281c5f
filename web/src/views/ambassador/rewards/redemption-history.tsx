import { useState } from 'preact/hooks';
import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { type Redemption, redemptionsApi } from '../../../api/rewards.ts';
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
        Your redemptions
      </h2>
      <Async request={paged.request} label="Loading your redemptions…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="Nothing redeemed yet">
              Rewards you redeem show here, with their codes and parcels.
            </Empty>
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

const STATUS_LINE: Record<Redemption['status'], string> = {
  requested: 'Waiting for the team’s decision.',
  approved: 'Approved: on its way to you soon.',
  fulfilled: 'Fulfilled.',
  rejected: 'Not accepted: your points are back.',
  cancelled: 'You cancelled it: your points are back.',
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
    toast(`Cancelled “${redemption.rewardTitle}”; ${redemption.costPoints.toLocaleString()} points are back`);
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
          <span class="visually-hidden">Status: </span>
          <StatusPill status={status} />
        </span>
      </div>
      <p class="small muted">
        {redemption.costPoints.toLocaleString()} points · {formatDate(redemption.createdAt)} ·{' '}
        {STATUS_LINE[status]}
      </p>
      {code && status === 'fulfilled' ? (
        <p class="actions">
          <span>Your code:</span> <code class="r-code">{code}</code>
          <CopyButton text={code} label="Copy code" />
        </p>
      ) : null}
      {redemption.trackingUrl ? (
        <p>
          <a href={redemption.trackingUrl} target="_blank" rel="noopener noreferrer">
            Track your parcel<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {redemption.note ? (
        <p>
          <strong>From the team:</strong> {redemption.note}
        </p>
      ) : null}
      {status === 'rejected' && redemption.reason ? (
        <p>
          <strong>Why:</strong> {redemption.reason}
        </p>
      ) : null}
      {followUp && status === 'fulfilled' && !followUp.postedAt ? (
        <p class="small">
          Please post about it in{' '}
          <Link href={programPath(programId, 'challenges', followUp.challengeId)}>
            {challengeTitle ?? 'its challenge'}
          </Link>
          {followUp.dueAt ? ` by ${formatDate(followUp.dueAt)}` : ''}.
        </p>
      ) : followUp?.postedAt ? (
        <p class="small muted">You posted about it on {formatDate(followUp.postedAt)}. Thank you!</p>
      ) : null}
      {cancel.error ? <ErrorNotice error={cancel.error} /> : null}
      {status === 'requested' ? (
        confirming ? (
          <div class="actions">
            <span>Cancel this request? The points come back.</span>
            <Button variant="danger" busy={cancel.busy} onClick={() => void cancel.run()}>
              Yes, cancel it
            </Button>
            <Button variant="ghost" data-keep disabled={cancel.busy} onClick={() => ask(false)}>
              Keep it
            </Button>
          </div>
        ) : (
          <div class="actions">
            <Button variant="secondary" data-ask onClick={() => ask(true)}>
              Cancel request<span class="visually-hidden"> for {redemption.rewardTitle}</span>
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

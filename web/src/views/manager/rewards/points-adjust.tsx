import { useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { loadLedger, programApi } from '../../../api/rewards.ts';
import { t } from '../../../i18n/i18n.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { formatCount } from '../../../ui/format.ts';
import {
  Async,
  Button,
  ErrorNotice,
  Loading,
  Notice,
  SelectField,
  Stat,
  TextArea,
  TextField,
} from '../../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../../ui/paging.tsx';
import { PointsHistory } from '../../../ui/points-history.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction, useRequest } from '../../../use-request.ts';
import { ambassadorsApi } from '../applications/applications-api.ts';

type AdjustDraft = { direction: 'grant' | 'deduct'; points: string; reason: string };
const EMPTY: AdjustDraft = { direction: 'grant', points: '', reason: '' };

/**
 * Grants or deducts an ambassador's points, with a reason they read: for an event off the
 * platform, a correction, or a welcome gift. It moves the balance and lifetime points.
 */
export function PointsAdjust({ programId }: { programId: string }) {
  const people = usePaged(
    (cursor) =>
      ok(
        ambassadorsApi.$get({
          param: { programId },
          query: { status: 'approved', limit: '100', ...(cursor ? { cursor } : {}) },
        }),
      ),
    [programId],
  );
  const [chosen, setChosen] = useState('');
  const ledger = useRequest(
    async () => (chosen ? loadLedger(programId, chosen) : undefined),
    [programId, chosen],
  );
  const form = useDraft<AdjustDraft>(() => EMPTY);
  const { draft, bind, set } = form;
  const [reasonMissing, setReasonMissing] = useState(false);
  const adjust = useAction(async () => {
    setReasonMissing(!draft.reason.trim());
    if (!draft.reason.trim()) return;
    const points = Number(draft.points.trim() === '' ? Number.NaN : draft.points);
    const result = await ok(
      programApi.ambassadors[':ambassadorId']['points-adjustments'].$post({
        param: { programId, ambassadorId: chosen },
        json: { points: draft.direction === 'deduct' ? -points : points, reason: draft.reason.trim() },
      }),
    );
    ledger.setData((current) =>
      current ? { ...current, balance: result.balance, lifetime: result.lifetime } : current,
    );
    const name = people.request.data?.items.find((m) => m.userId === chosen)?.displayName;
    const deducted = draft.direction === 'deduct';
    const amount = { points: Math.abs(points), name: name ?? '' };
    toast(
      name
        ? t(deducted ? 'rewardsAdmin.points.deducted' : 'rewardsAdmin.points.granted', amount)
        : t(deducted ? 'rewardsAdmin.points.deductedSomeone' : 'rewardsAdmin.points.grantedSomeone', amount),
    );
    form.reset(EMPTY);
  });
  const errors = fieldErrors(adjust.error);

  return (
    <section class="card stack" aria-labelledby="adjust-heading">
      <h2 id="adjust-heading">{t('rewardsAdmin.points.title')}</h2>
      <p class="small muted">{t('rewardsAdmin.points.intro')}</p>
      <Async request={people.request} label={t('rewardsAdmin.points.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="muted">{t('rewardsAdmin.points.none')}</p>
          ) : (
            <div class="m-toolbar">
              <SelectField
                label={t('rewardsAdmin.points.ambassador')}
                value={chosen}
                onValue={(value) => {
                  setChosen(value);
                  adjust.clearError();
                }}
                options={[
                  { value: '', label: t('rewardsAdmin.points.choose') },
                  ...page.items.map((m) => ({ value: m.userId, label: m.displayName })),
                ]}
              />
              <LoadMore page={page} more={people.more} label={t('rewardsAdmin.points.more')} />
            </div>
          )
        }
      </Async>
      {chosen && ledger.data === undefined && ledger.status === 'error' ? (
        <ErrorNotice error={ledger.error} onRetry={ledger.reload} />
      ) : null}
      {chosen && ledger.data ? (
        <>
          <div class="stats">
            <Stat label={t('rewardsAdmin.points.balance')} value={formatCount(ledger.data.balance)} />
            <Stat label={t('rewardsAdmin.points.lifetime')} value={formatCount(ledger.data.lifetime)} />
          </div>
          <PointsHistory entries={ledger.data.entries} />
          <SubmitForm class="stack f-adjust" noValidate onSubmit={() => void adjust.run()}>
            <fieldset>
              <legend>{t('rewardsAdmin.points.direction')}</legend>
              <div class="choices">
                {(['grant', 'deduct'] as const).map((direction) => (
                  <label class="check" key={direction}>
                    <input
                      type="radio"
                      name="direction"
                      checked={draft.direction === direction}
                      onChange={() => set('direction', direction)}
                    />
                    <span>
                      {t(direction === 'grant' ? 'rewardsAdmin.points.grant' : 'rewardsAdmin.points.deduct')}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <TextField
              label={t('rewardsAdmin.points.points')}
              type="number"
              inputMode="numeric"
              min={1}
              {...bind('points')}
              error={errorAt(errors, 'points')}
            />
            <TextArea
              label={t('rewardsAdmin.points.reason')}
              hint={t('rewardsAdmin.points.reason.hint')}
              maxLength={300}
              rows={2}
              {...bind('reason')}
              error={reasonMissing ? t('rewardsAdmin.points.missing') : errorAt(errors, 'reason')}
            />
            {adjust.error?.status === 409 ? (
              <Notice kind="warning">
                <p>{adjust.error.message}</p>
              </Notice>
            ) : adjust.error && Object.keys(errors).length === 0 ? (
              <ErrorNotice error={adjust.error} />
            ) : null}
            <div class="actions">
              <Button type="submit" variant="primary" busy={adjust.busy}>
                {t(draft.direction === 'deduct' ? 'rewardsAdmin.points.deduct' : 'rewardsAdmin.points.grant')}
              </Button>
            </div>
          </SubmitForm>
        </>
      ) : chosen ? (
        <Loading label={t('rewardsAdmin.points.loadingLedger')} />
      ) : null}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../../../api/client.ts';
import { type Redemption, type Reward, rewardsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { likelyCountry } from '../../../ui/countries.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice, Notice } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { asApiError, useAction } from '../../../use-request.ts';
import { type AddressDraft, addressBody, addressDraft, missingFields } from './address-draft.ts';
import { AddressFields } from './address-fields.tsx';
import {
  type Attempt,
  keyFor,
  newIdempotencyKey,
  outcomeUnknown,
  refusalMessage,
  submissionOf,
} from './redeem-rules.ts';

/**
 * Attempts whose answer never came, by program and reward: kept beyond the form, so a retry after
 * closing and opening it again (or another tab) still sends the first key.
 */
const unanswered = new Map<string, Attempt & { unknown: boolean }>();

/**
 * The confirm step of a redemption: what it costs and leaves, and for a product where to ship
 * it. A retry after a lost answer sends the same Idempotency-Key, so nothing is spent twice.
 */
export function RedeemForm({
  programId,
  reward,
  balance,
  userId,
  name,
  onRedeemed,
  onRefused,
  onCancel,
}: {
  programId: string;
  reward: Reward;
  balance: number | undefined;
  userId: string;
  /** The account's name, the address's first guess (else the name shown in the program). */
  name: string;
  onRedeemed: (redemption: Redemption) => void;
  /** The API said no (stock, limit, points): the catalogue is read again. */
  onRefused: () => void;
  onCancel: () => void;
}) {
  const product = reward.kind === 'product';
  const form = useDraft<AddressDraft>(() => addressDraft(name, likelyCountry()));
  const [tried, setTried] = useState(false);
  const attemptKey = `${programId}/${reward.rewardId}`;
  const box = useRef<HTMLFormElement>(null);
  const headingId = `redeem-${reward.rewardId}`;

  useEffect(() => {
    // Opened from the card's button, which this form replaces: the keyboard goes to the form.
    box.current?.querySelector<HTMLElement>(product ? 'input' : 'button[type=submit]')?.focus();
  }, []);
  // Without a name on the account, the one shown in the program is the address's first guess.
  useEffect(() => {
    if (!product || name) return;
    const ambassador = api.programs.api.programs[':programId'].ambassadors[':ambassadorId'];
    void ok(ambassador.$get({ param: { programId, ambassadorId: userId } })).then(
      (member) => form.update('name', (typed) => typed || member.displayName),
      () => undefined,
    );
  }, [programId, userId]);

  const redeem = useAction(async () => {
    const body = product ? { shippingAddress: addressBody(form.draft) } : {};
    const submission = submissionOf(reward.rewardId, body);
    const key = keyFor(unanswered.get(attemptKey), submission, newIdempotencyKey);
    unanswered.delete(attemptKey);
    try {
      const redemption = await ok(
        rewardsApi[':rewardId'].redemptions.$post({
          param: { programId, rewardId: reward.rewardId },
          header: { 'idempotency-key': key },
          json: body,
        }),
      );
      onRedeemed(redemption);
    } catch (caught) {
      const error = asApiError(caught);
      if (outcomeUnknown(error)) unanswered.set(attemptKey, { key, submission, unknown: true });
      if (error.status === 409) onRefused();
      throw error;
    }
  });

  const missing = tried ? missingFields(form.draft) : new Set<keyof AddressDraft>();
  const apiErrors = fieldErrors(redeem.error);
  const errorFor = (field: keyof AddressDraft) =>
    missing.has(field) ? t('api.zod.required') : errorAt(apiErrors, `shippingAddress.${field}`);
  const addressProblem = Object.keys(apiErrors).some((path) => path.startsWith('shippingAddress'));
  const error = redeem.error;
  const retrying = error !== undefined && outcomeUnknown(error);

  const submit = () => {
    setTried(true);
    if (product && missingFields(form.draft).size > 0) {
      // The fields say what is missing on the next paint: the keyboard goes to the first.
      requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
      return;
    }
    void redeem.run();
  };

  return (
    <section class="r-redeem stack" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('ambassadorHome.redeem.title', { reward: reward.title })}</h4>
      <p>
        {balance !== undefined
          ? tx('ambassadorHome.redeem.spendsBalance', {
              cost: reward.costPoints,
              balance,
              left: balance - reward.costPoints,
              strong: (words) => <strong>{words}</strong>,
            })
          : tx('ambassadorHome.redeem.spends', {
              cost: reward.costPoints,
              strong: (words) => <strong>{words}</strong>,
            })}{' '}
        {t(
          reward.kind === 'code'
            ? reward.requiresApproval
              ? 'ambassadorHome.redeem.codeApproval'
              : 'ambassadorHome.redeem.codeAtOnce'
            : product
              ? 'ambassadorHome.redeem.product'
              : 'ambassadorHome.redeem.perk',
        )}
      </p>
      <SubmitForm formRef={box} class="stack" noValidate onSubmit={submit}>
        {product ? <AddressFields form={form} errorFor={errorFor} /> : null}
        {error && error.status === 409 ? (
          <Notice kind="warning">
            <p>{refusalMessage(error, reward.costPoints)}</p>
          </Notice>
        ) : error && retrying ? (
          <Notice kind="error">
            <p>{t('ambassadorHome.redeem.retrySafe', { problem: error.message })}</p>
          </Notice>
        ) : error && !addressProblem ? (
          <ErrorNotice error={error} />
        ) : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={redeem.busy}>
            {retrying
              ? t('ambassadorHome.redeem.tryAgain')
              : t('ambassadorHome.redeem.confirm', { cost: reward.costPoints })}
          </Button>
          <Button variant="ghost" disabled={redeem.busy} onClick={onCancel}>
            {t('ambassadorHome.redeem.cancel')}
          </Button>
        </div>
      </SubmitForm>
    </section>
  );
}

import type { InferResponseType } from 'hono/client';
import { api, fieldErrors, ok, okOrNone } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { moneyChanged } from '../../money-changed.ts';
import { Async, Button, ErrorNotice, TextField } from '../../ui/kit.tsx';
import { SubmitForm } from '../../ui/submit-form.tsx';
import { toast } from '../../ui/toast.tsx';
import { useDraft } from '../../ui/use-draft.ts';
import { useAction, useRequest } from '../../use-request.ts';

const detailsApi = (programId: string, ambassadorId: string) => ({
  client: api.referrals.api.programs[':programId'].ambassadors[':ambassadorId']['payout-details'],
  param: { programId, ambassadorId },
});
type DetailsGet = ReturnType<typeof detailsApi>['client']['$get'];
export type PayoutDetails = InferResponseType<DetailsGet, 200>;

type DetailsDraft = {
  method: 'paypal' | 'bank';
  email: string;
  accountHolder: string;
  iban: string;
  bic: string;
};

/** Your payout details, masked; null before you add them. */
function loadDetails(programId: string, ambassadorId: string): Promise<PayoutDetails | null> {
  const { client, param } = detailsApi(programId, ambassadorId);
  return okOrNone(client.$get({ param }));
}

/** What you are paid into now, as the API shows it: masked. */
function describe(details: PayoutDetails): string {
  if (details.method === 'paypal')
    return t('ambassadorHome.payout.paypal', { email: details.paypalEmail ?? '' });
  const bank = { holder: details.accountHolder ?? '', iban: details.iban ?? '' };
  return details.bic
    ? t('ambassadorHome.payout.bankBic', { ...bank, bic: details.bic })
    : t('ambassadorHome.payout.bank', bank);
}

/** Where the brand pays you: PayPal or a bank account. Shown masked; replaced by saving new ones. */
export function PayoutDetailsSection({
  programId,
  ambassadorId,
}: {
  programId: string;
  ambassadorId: string;
}) {
  const details = useRequest(() => loadDetails(programId, ambassadorId), [programId, ambassadorId]);
  return (
    <section class="card" aria-labelledby="payout-details-title">
      <h2 id="payout-details-title">{t('ambassadorHome.payout.title')}</h2>
      <Async request={details} label={t('ambassadorHome.payout.loading')}>
        {(current) => (
          <DetailsForm
            programId={programId}
            ambassadorId={ambassadorId}
            current={current}
            onSaved={details.setData}
          />
        )}
      </Async>
    </section>
  );
}

function DetailsForm({
  programId,
  ambassadorId,
  current,
  onSaved,
}: {
  programId: string;
  ambassadorId: string;
  current: PayoutDetails | null;
  onSaved: (details: PayoutDetails) => void;
}) {
  const form = useDraft<DetailsDraft>(() => ({
    method: current?.method ?? 'paypal',
    email: '',
    accountHolder: current?.accountHolder ?? '',
    iban: '',
    bic: '',
  }));
  const { draft, set, bind } = form;
  const save = useAction(async () => {
    const { client, param } = detailsApi(programId, ambassadorId);
    const json =
      draft.method === 'paypal'
        ? { method: 'paypal' as const, email: draft.email.trim() }
        : {
            method: 'bank' as const,
            accountHolder: draft.accountHolder,
            iban: draft.iban,
            ...(draft.bic.trim() ? { bic: draft.bic.trim() } : {}),
          };
    const saved = await ok(client.$put({ param, json }));
    toast(t('ambassadorHome.payout.saved'));
    form.reset({ ...draft, email: '', iban: '', bic: '' });
    onSaved(saved);
    // The lines waiting for these details now say they are in the next payout.
    moneyChanged();
  });
  const errors = fieldErrors(save.error);
  return (
    <SubmitForm class="stack" noValidate onSubmit={() => void save.run()}>
      <p>
        {current
          ? t('ambassadorHome.payout.current', { details: describe(current) })
          : t('ambassadorHome.payout.none')}
      </p>
      <fieldset>
        <legend>{t('ambassadorHome.payout.paidBy')}</legend>
        {(['paypal', 'bank'] as const).map((method) => (
          <label class="check" key={method}>
            <input
              type="radio"
              name="payout-method"
              checked={draft.method === method}
              onChange={() => set('method', method)}
            />
            <span>
              {t(
                method === 'paypal'
                  ? 'ambassadorHome.payout.methodPaypal'
                  : 'ambassadorHome.payout.methodBank',
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {draft.method === 'paypal' ? (
        <TextField
          label={t('ambassadorHome.payout.email')}
          type="email"
          autoComplete="email"
          maxLength={254}
          {...bind('email')}
          error={errors.email}
        />
      ) : (
        <div class="grid-2">
          <TextField
            label={t('ambassadorHome.payout.holder')}
            autoComplete="name"
            maxLength={70}
            {...bind('accountHolder')}
            error={errors.accountHolder}
          />
          <TextField
            label={t('ambassadorHome.payout.iban')}
            autoComplete="off"
            maxLength={42}
            {...bind('iban')}
            error={errors.iban}
          />
          <TextField
            label={t('ambassadorHome.payout.bic')}
            autoComplete="off"
            maxLength={11}
            {...bind('bic')}
            error={errors.bic}
          />
        </div>
      )}
      <p class="small muted">{t('ambassadorHome.payout.sealed')}</p>
      {save.error && Object.keys(errors).length === 0 ? <ErrorNotice error={save.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('ambassadorHome.payout.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}

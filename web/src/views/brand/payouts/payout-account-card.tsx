import { fieldErrors } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import { Async, Button, Card, ErrorNotice, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction, useRequest } from '../../../use-request.ts';
import { loadPayoutAccount, type PayoutAccount, savePayoutAccount } from './payouts-api.ts';

type AccountDraft = { name: string; iban: string; bic: string };

/** The brand's own bank account, which SEPA files pay from: shown masked, replaced by a new one. */
export function PayoutAccountCard({ programId }: { programId: string }) {
  const account = useRequest(() => loadPayoutAccount(programId), [programId]);
  return (
    <Card title={t('brandMoney.account.title')}>
      <Async request={account} label={t('brandMoney.account.loading')}>
        {(current) => <AccountForm programId={programId} current={current} onSaved={account.setData} />}
      </Async>
    </Card>
  );
}

function AccountForm({
  programId,
  current,
  onSaved,
}: {
  programId: string;
  current: PayoutAccount | null;
  onSaved: (account: PayoutAccount) => void;
}) {
  const form = useDraft<AccountDraft>(() => ({ name: current?.name ?? '', iban: '', bic: '' }));
  const save = useAction(async () => {
    const { name, iban, bic } = form.draft;
    const saved = await savePayoutAccount(programId, {
      name,
      iban,
      ...(bic.trim() ? { bic: bic.trim() } : {}),
    });
    toast(t('brandMoney.account.saved'));
    form.reset({ name: saved.name, iban: '', bic: '' });
    onSaved(saved);
  });
  const errors = fieldErrors(save.error);
  return (
    <SubmitForm class="stack" noValidate onSubmit={() => void save.run()}>
      <p class="muted small">
        {current
          ? current.bic
            ? t('brandMoney.account.currentWithBic', {
                name: current.name,
                iban: current.iban,
                bic: current.bic,
              })
            : t('brandMoney.account.current', { name: current.name, iban: current.iban })
          : t('brandMoney.account.none')}
      </p>
      <div class="grid-2">
        <TextField
          label={t('brandMoney.account.name')}
          maxLength={70}
          {...form.bind('name')}
          error={errors.name}
        />
        <TextField
          label="IBAN"
          autoComplete="off"
          maxLength={42}
          {...form.bind('iban')}
          error={errors.iban}
        />
        <TextField
          label={t('brandMoney.account.bic')}
          autoComplete="off"
          maxLength={11}
          {...form.bind('bic')}
          error={errors.bic}
        />
      </div>
      {save.error && Object.keys(errors).length === 0 ? <ErrorNotice error={save.error} /> : null}
      <div class="actions">
        <Button type="submit" busy={save.busy}>
          {t('brandMoney.account.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}

import { useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { Button, Card, ErrorNotice, Notice, TextArea } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';

/** Leaving the program, behind a confirmation that says what it ends and what it keeps. */
export function LeaveCard({ ctx }: { ctx: ProgramContext }) {
  const { programId, me } = ctx;
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const leave = useAction(async () => {
    await ok(
      api.programs.api.programs[':programId'].ambassadors[':ambassadorId'].leave.$post(
        {
          param: { programId, ambassadorId: me.user.id },
        },
        reason.trim()
          ? {
              init: {
                body: JSON.stringify({ reason: reason.trim() }),
                headers: { 'content-type': 'application/json' },
              },
            }
          : undefined,
      ),
    );
    toast(t('ambassadorHome.leave.left'));
    ctx.reloadMe();
  });
  return (
    <Card title={t('ambassadorHome.leave.title')}>
      {confirming ? (
        <div class="stack">
          <Notice kind="warning">
            <p>{t('ambassadorHome.leave.warning')}</p>
          </Notice>
          <TextArea
            label={t('ambassadorHome.leave.reason')}
            maxLength={1000}
            value={reason}
            onValue={setReason}
          />
          {leave.error ? <ErrorNotice error={leave.error} /> : null}
          <div class="actions">
            <Button variant="primary" busy={leave.busy} onClick={() => void leave.run()}>
              {t('ambassadorHome.leave.confirm')}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t('ambassadorHome.leave.stay')}
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{t('ambassadorHome.leave.start')}</Button>
      )}
    </Card>
  );
}

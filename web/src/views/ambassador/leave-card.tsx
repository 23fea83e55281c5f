import { useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
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
    toast('You left the program');
    ctx.reloadMe();
  });
  return (
    <Card title="Leave the program">
      {confirming ? (
        <div class="stack">
          <Notice kind="warning">
            <p>
              Your referral code and links stop earning at once. Your points, posts, sales and commissions
              stay: commission you earned is still paid. You can apply again later, for a new code.
            </p>
          </Notice>
          <TextArea
            label="Why are you leaving? (optional)"
            maxLength={1000}
            value={reason}
            onValue={setReason}
          />
          {leave.error ? <ErrorNotice error={leave.error} /> : null}
          <div class="actions">
            <Button variant="primary" busy={leave.busy} onClick={() => void leave.run()}>
              Leave the program
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Stay
            </Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>Leave this program…</Button>
      )}
    </Card>
  );
}

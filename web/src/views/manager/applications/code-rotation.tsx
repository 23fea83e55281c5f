import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { Button, ErrorNotice, formatDate, TextField } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction } from '../../../use-request.ts';
import { ambassadorsApi, type Member } from './applications-api.ts';

/**
 * An approved ambassador's referral code: its earlier codes (each attributes until its
 * `retiresAt`), and a rotation with grace days for a code that leaked, say to a coupon site.
 */
export function CodeRotation({
  programId,
  member,
  onRotated,
}: {
  programId: string;
  member: Member;
  onRotated: (member: Member) => void;
}) {
  const [open, setOpen] = useState(false);
  const [graceDays, setGraceDays] = useState('0');
  const days = Number(graceDays);
  const valid = /^\d{1,2}$/.test(graceDays.trim()) && days <= 90;
  const rotate = useAction(async () => {
    const next = await ok(
      ambassadorsApi[':ambassadorId']['referral-code'].rotate.$post({
        param: { programId, ambassadorId: member.userId },
        json: { graceDays: days },
      }),
    );
    setOpen(false);
    onRotated(next);
    toast(`${member.displayName}'s new code is ${next.referralCode ?? ''}; they have been told`);
  });
  const history = member.codeHistory ?? [];
  const now = new Date().toISOString();
  return (
    <div class="m-codes">
      {history.length > 0 ? (
        <details>
          <summary class="small">Earlier codes ({history.length})</summary>
          <ul class="small m-code-history">
            {history.map((h) => (
              <li key={h.code}>
                <code>{h.code}</code>{' '}
                {h.retiresAt > now
                  ? `still attributes until ${formatDate(h.retiresAt, true)}`
                  : `retired ${formatDate(h.retiresAt, true)}`}
                ; its orders stay in the reports
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {rotate.error ? <ErrorNotice error={rotate.error} /> : null}
      {open ? (
        <form
          class="m-rotate"
          onSubmit={(event) => {
            event.preventDefault();
            if (valid) void rotate.run();
          }}
        >
          <TextField
            label="Grace days for the old code"
            type="number"
            min={0}
            max={90}
            value={graceDays}
            onValue={setGraceDays}
            hint={`${member.referralCode ?? 'The old code'} keeps attributing this many days (0: it stops now), then earns nothing new. ${member.displayName} gets the new code.`}
            error={valid ? undefined : 'A whole number of days, 0 to 90'}
          />
          <div class="actions">
            <Button type="submit" variant="primary" busy={rotate.busy} disabled={!valid}>
              Give a new code
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Rotate code
        </Button>
      )}
    </div>
  );
}

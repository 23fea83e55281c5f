import { useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { t, tx } from '../../../i18n/i18n.ts';
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
    toast(t('managerPeople.codes.rotated', { name: member.displayName, code: next.referralCode ?? '' }));
  });
  const history = member.codeHistory ?? [];
  const now = new Date().toISOString();
  return (
    <div class="m-codes">
      {history.length > 0 ? (
        <details>
          <summary class="small">{t('managerPeople.codes.earlier', { count: history.length })}</summary>
          <ul class="small m-code-history">
            {history.map((h) => (
              <li key={h.code}>
                {tx(
                  h.retiresAt > now ? 'managerPeople.codes.attributesUntil' : 'managerPeople.codes.retired',
                  {
                    code: h.code,
                    date: formatDate(h.retiresAt, true),
                    mono: (words) => <code>{words}</code>,
                  },
                )}
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
            label={t('managerPeople.codes.graceDays')}
            type="number"
            min={0}
            max={90}
            value={graceDays}
            onValue={setGraceDays}
            hint={
              member.referralCode
                ? t('managerPeople.codes.graceDays.hint', {
                    code: member.referralCode,
                    name: member.displayName,
                  })
                : t('managerPeople.codes.graceDays.hintNoCode', { name: member.displayName })
            }
            error={valid ? undefined : t('managerPeople.codes.graceDays.error')}
          />
          <div class="actions">
            <Button type="submit" variant="primary" busy={rotate.busy} disabled={!valid}>
              {t('managerPeople.codes.give')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('managerPeople.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('managerPeople.codes.rotate')}
        </Button>
      )}
    </div>
  );
}

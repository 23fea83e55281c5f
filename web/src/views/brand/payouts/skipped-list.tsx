import { t } from '../../../i18n/i18n.ts';
import { skipReason } from './payout-words.ts';
import type { Skipped } from './payouts-api.ts';

/** Who a payout leaves out, and why. */
export function SkippedList({
  skipped,
  money,
  minimum,
  count = skipped.length,
}: {
  skipped: readonly Skipped[];
  money: (cents: number) => string;
  minimum: number;
  count?: number;
}) {
  if (skipped.length === 0) return null;
  return (
    <section aria-label={t('brandMoney.skipped.label')}>
      <h3>{t('brandMoney.skipped.title', { count })}</h3>
      <ul class="list skipped">
        {skipped.map((s) => (
          <li key={s.ambassadorId}>
            <strong>{s.name}</strong>: {skipReason(s, money, minimum)}
          </li>
        ))}
      </ul>
      {count > skipped.length ? (
        <p class="muted small">{t('brandMoney.skipped.more', { count: count - skipped.length })}</p>
      ) : null}
    </section>
  );
}

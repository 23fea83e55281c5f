import type { Ledger } from '../api/rewards.ts';
import { intlLocale, t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';
import { formatDate, formatList } from './format.ts';

type Entry = Ledger['entries'][number];

const KIND_WORDS: Record<Entry['kind'], MessageKey> = {
  earned: 'ui.points.earned',
  adjusted: 'ui.points.adjusted',
  taken_back: 'ui.points.takenBack',
  spent: 'ui.points.spent',
  returned: 'ui.points.returned',
};

const CODE_WORDS: Record<NonNullable<Entry['code']>, MessageKey> = {
  sale: 'ui.points.reason.sale',
  sale_refunded: 'ui.points.reason.saleRefunded',
  recruit: 'ui.points.reason.recruit',
  post_approved: 'ui.points.reason.postApproved',
  reach_bonus: 'ui.points.reason.reachBonus',
  sales_goal: 'ui.points.reason.salesGoal',
  redeemed: 'ui.points.reason.redeemed',
  returned: 'ui.points.reason.returned',
};

/**
 * What an entry is for, in the reader's language, from its code and values. An entry without a
 * code (a manager's adjustment, in the manager's own words, or one stored before codes) shows its
 * reason as written.
 */
export function entryWords(entry: Entry): string {
  const { code, values = {} } = entry;
  if (!code) return entry.reason;
  if (code !== 'reach_bonus') return t(CODE_WORDS[code], values);
  const bonuses: string[] = [];
  for (let i = 0; `metric_${i}` in values; i++)
    bonuses.push(
      t('ui.points.reason.reachItem', {
        atLeast: values[`atLeast_${i}`] ?? 0,
        metric: values[`metric_${i}`] ?? '',
      }),
    );
  return t(CODE_WORDS[code], { ...values, bonuses: formatList(bonuses) });
}

/** Spending and its returns move the balance only; everything else counts toward lifetime points too. */
const balanceOnly = (kind: Entry['kind']) => kind === 'spent' || kind === 'returned';

/**
 * The latest entries of a points ledger, newest first, each with what it did: earned, adjusted,
 * taken back, spent or returned, and whether it counts toward lifetime points.
 */
export function PointsHistory({ entries, shown = 15 }: { entries: readonly Entry[]; shown?: number }) {
  if (entries.length === 0) return <p class="small muted">{t('ui.points.none')}</p>;
  const latest = [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, shown);
  return (
    <details class="points-history">
      <summary>{t('ui.points.history', { count: entries.length })}</summary>
      <ul class="list">
        {latest.map((entry) => (
          <li key={entry.source} class="row">
            <span>
              {entryWords(entry)}
              <br />
              <span class="small muted">
                {t(KIND_WORDS[entry.kind])} · {formatDate(entry.at)}
                {balanceOnly(entry.kind) ? ` · ${t('ui.points.balanceOnly')}` : ''}
              </span>
            </span>
            <strong class={entry.points < 0 ? 'points-minus' : 'points-plus'}>
              {entry.points > 0 ? '+' : entry.points < 0 ? '−' : ''}
              {Math.abs(entry.points).toLocaleString(intlLocale())}
            </strong>
          </li>
        ))}
      </ul>
      {entries.length > shown ? (
        <p class="small muted">{t('ui.points.latest', { shown, total: entries.length })}</p>
      ) : null}
    </details>
  );
}

import { useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { monthName, tierName } from '../../ui/format.ts';
import { Async, Empty, SelectField } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import './ambassador.css';

const programs = api.rewards.api.programs[':programId'];

/** Who leads this month or all time, with the caller's own row and rank. */
export function LeaderboardTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [period, setPeriod] = useState<'month' | 'all'>('month');
  const request = useRequest(
    () =>
      ok(
        programs.leaderboard.$get({
          param: { programId },
          query: { limit: '25', ...(period === 'all' ? { period: 'all' } : {}) },
        }),
      ),
    [programId, period],
  );
  const myId = ctx.me.user.id;
  const tiers = ctx.program.tiers;

  return (
    <>
      <h1>{t('ambassadorHome.board.title')}</h1>
      <div class="filter">
        <SelectField
          label={t('ambassadorHome.board.period')}
          value={period}
          onValue={(v) => setPeriod(v as 'month' | 'all')}
          options={[
            { value: 'month', label: t('ambassadorHome.board.month') },
            { value: 'all', label: t('ambassadorHome.board.all') },
          ]}
        />
      </div>
      <Async request={request} label={t('ambassadorHome.board.loading')}>
        {(board) => {
          const label = board.period === 'all' ? t('ambassadorHome.board.allTime') : monthName(board.period);
          const mine = board.entries.find((e) => e.userId === myId);
          return (
            <>
              <div aria-live="polite" class="my-rank">
                {board.me?.rank ? (
                  <p class="notice info">
                    {tx(mine ? 'ambassadorHome.board.rank' : 'ambassadorHome.board.rankOutside', {
                      rank: board.me.rank,
                      points: board.me.points,
                      period: label,
                      strong: (words) => <strong>{words}</strong>,
                    })}
                  </p>
                ) : board.me ? (
                  <p class="notice info">
                    {tx('ambassadorHome.board.noPoints', {
                      period: label,
                      link: (words) => <Link href={programPath(programId, 'challenges')}>{words}</Link>,
                    })}
                  </p>
                ) : null}
              </div>
              {board.entries.length === 0 ? (
                <Empty title={t('ambassadorHome.board.nobody')}>
                  <Link href={programPath(programId, 'challenges')}>{t('ambassadorHome.board.beFirst')}</Link>
                </Empty>
              ) : (
                <div class="table-wrap">
                  <table aria-busy={request.status === 'loading'}>
                    <caption class="visually-hidden">
                      {t('ambassadorHome.board.caption', { period: label })}
                    </caption>
                    <thead>
                      <tr>
                        <th class="num" scope="col">
                          {t('ambassadorHome.board.rankColumn')}
                        </th>
                        <th scope="col">{t('ambassadorHome.board.ambassador')}</th>
                        <th scope="col">{t('ambassadorHome.board.tier')}</th>
                        <th class="num" scope="col">
                          {t('ambassadorHome.board.points')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {board.entries.map((entry) => {
                        const isMe = entry.userId === myId;
                        return (
                          <tr
                            key={entry.userId}
                            class={isMe ? 'me' : undefined}
                            aria-current={isMe ? 'true' : undefined}
                          >
                            <td class="num">{entry.rank}</td>
                            <td>
                              {isMe ? (
                                <strong>{t('ambassadorHome.board.you', { name: entry.displayName })}</strong>
                              ) : (
                                entry.displayName
                              )}
                            </td>
                            <td>{tierName(tiers, entry.tier)}</td>
                            <td class="num">{entry.points}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </Async>
    </>
  );
}

import { useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
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
      <h1>Leaderboard</h1>
      <div class="filter">
        <SelectField
          label="Period"
          value={period}
          onValue={(v) => setPeriod(v as 'month' | 'all')}
          options={[
            { value: 'month', label: 'This month' },
            { value: 'all', label: 'All time' },
          ]}
        />
      </div>
      <Async request={request} label="Loading the leaderboard…">
        {(board) => {
          const label = board.period === 'all' ? 'all time' : monthName(board.period);
          const mine = board.entries.find((e) => e.userId === myId);
          return (
            <>
              <div aria-live="polite" class="my-rank">
                {board.me?.rank ? (
                  <p class="notice info">
                    You are <strong>number {board.me.rank}</strong> with{' '}
                    <strong>{board.me.points} points</strong> ({label}).
                    {!mine ? ' You are just outside the list below: keep going!' : ''}
                  </p>
                ) : board.me ? (
                  <p class="notice info">
                    No points for {label} yet.{' '}
                    <Link href={programPath(programId, 'challenges')}>Take a challenge</Link> to get on the
                    board.
                  </p>
                ) : null}
              </div>
              {board.entries.length === 0 ? (
                <Empty title="Nobody has points yet">
                  <Link href={programPath(programId, 'challenges')}>Be the first: see the challenges</Link>
                </Empty>
              ) : (
                <div class="table-wrap">
                  <table aria-busy={request.status === 'loading'}>
                    <caption class="visually-hidden">Top ambassadors, {label}</caption>
                    <thead>
                      <tr>
                        <th class="num" scope="col">
                          Rank
                        </th>
                        <th scope="col">Ambassador</th>
                        <th scope="col">Tier</th>
                        <th class="num" scope="col">
                          Points
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
                            <td>{isMe ? <strong>{entry.displayName} (you)</strong> : entry.displayName}</td>
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

import { monthOf } from '../challenges/month-window.ts';
import { forbidden } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess } from '../identity/program-access.ts';
import { countAhead, findStats, listLeaders } from './stats.store.ts';

export type LeaderboardEntry = {
  rank: number;
  userId: string;
  displayName: string;
  points: number;
  tier?: string;
};

/**
 * The top of a period's leaderboard (`all` or `YYYY-MM`, default this month in the program's
 * time zone) by points earned (lifetime points: spending rewards never lowers a rank) and the
 * caller's own rank. Equal points share a rank. Read from an index kept up
 * to date with every award: never a scan.
 * @throws AppError `forbidden`, `not_found`.
 */
export async function getLeaderboard(
  user: AuthUser,
  programId: string,
  query: { period?: string | undefined; limit: number },
): Promise<{ period: string; entries: LeaderboardEntry[]; me?: { rank?: number; points: number } }> {
  const access = await loadProgramAccess(user, programId);
  if (access.role === undefined) throw forbidden('The leaderboard is for the program’s ambassadors and team');
  const period = query.period ?? monthOf(new Date(), access.program.timeZone);
  const [leaders, mine] = await Promise.all([
    listLeaders(programId, period, query.limit),
    access.role === 'ambassador' ? findStats(programId, user.id, period) : Promise.resolve(undefined),
  ]);
  const entries: LeaderboardEntry[] = [];
  leaders.forEach((stats, i) => {
    const previous = entries[i - 1];
    const rank = previous && previous.points === stats.lifetimePoints ? previous.rank : i + 1;
    entries.push({
      rank,
      userId: stats.userId,
      displayName: stats.displayName,
      points: stats.lifetimePoints,
      ...(stats.tier ? { tier: stats.tier } : {}),
    });
  });
  if (access.role !== 'ambassador') return { period, entries };
  // Without points this period there is no rank yet: being "first" of nobody would mislead.
  if (!mine || mine.lifetimePoints <= 0)
    return { period, entries, me: { points: mine?.lifetimePoints ?? 0 } };
  return {
    period,
    entries,
    me: {
      rank: 1 + (await countAhead(programId, period, mine.lifetimePoints)),
      points: mine.lifetimePoints,
    },
  };
}

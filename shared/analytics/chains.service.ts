import { getChallenges } from '../challenges/challenge.store.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { CHAIN_WINDOW_DAYS } from './activity.store.ts';
import { ACTIVITY_TYPES } from './activity.ts';
import type { ChainsQuery } from './analytics.schema.ts';
import { monthRows } from './analytics.store.ts';
import { ANALYTICS_ROW } from './analytics-rows.ts';
import { type Counters, histogramMedian, monthsBetween, rate, sumInto } from './counters.ts';

const DAY_MS = 86_400_000;
const TOP_CHAINS = 10;

/**
 * Participation chains over the actions that happened in months `from`…`to` (owner, manager or
 * brand). Each ambassador's actions are taken in time order; an action followed by the same
 * ambassador's next action within 30 days forms a transition, three in a row a chain.
 * - transitions: how often A was directly followed by B, and the median hours between them;
 * - topChains: the commonest sequences of three;
 * - deadEnds: per action, how often nothing followed within 30 days (months that ended at least
 *   30 days ago only, so every action in them has had its chance);
 * - challenges: per challenge, the share of approved posts after which the ambassador acted again.
 * @throws AppError `forbidden`, `validation_failed`.
 */
export async function getChains(user: AuthUser, programId: string, query: ChainsQuery) {
  assertRole(await loadProgramAccess(user, programId), ['owner', 'manager', 'brand']);
  return chainsFor(programId, query);
}

/** The participation chains of a program, whoever asks (callers check access). */
export async function chainsFor(programId: string, query: ChainsQuery) {
  const months = monthsBetween(query.from, query.to);
  const perMonth = await Promise.all(months.map((m) => monthRows(programId, m)));
  const sum = new Map<string, Counters>();
  for (const rows of perMonth) for (const [key, c] of rows) sum.set(key, sumInto(sum.get(key) ?? {}, c));

  const transitions = [...sum.entries()]
    .filter(([key]) => key.startsWith(ANALYTICS_ROW.transitionPrefix))
    .map(([key, c]) => {
      const [, from = '', to = ''] = key.split('#');
      return { from, to, count: c.n ?? 0, medianHours: histogramMedian(c, 'g') };
    })
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`));

  const topChains = [...sum.entries()]
    .filter(([key, c]) => key.startsWith('T3#') && (c.n ?? 0) > 0)
    .map(([key, c]) => ({ chain: key.split('#').slice(1), count: c.n ?? 0 }))
    .sort((a, b) => b.count - a.count || a.chain.join().localeCompare(b.chain.join()))
    .slice(0, TOP_CHAINS);

  // Dead ends: only months every action of which is 30 days old.
  const settled = months.filter((m, i) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return Date.UTC(y, mo, 1) + CHAIN_WINDOW_DAYS * DAY_MS <= Date.now() && perMonth[i];
  });
  const settledSum = new Map<string, Counters>();
  for (const m of settled) {
    for (const [key, c] of perMonth[months.indexOf(m)] ?? [])
      settledSum.set(key, sumInto(settledSum.get(key) ?? {}, c));
  }
  const settledTotal = settledSum.get(ANALYTICS_ROW.total) ?? {};
  const deadEnds = ACTIVITY_TYPES.map((type) => {
    const actions = settledTotal[`n_${type}`] ?? 0;
    const followed = settledSum.get(ANALYTICS_ROW.followed(type))?.continued ?? 0;
    return {
      action: type,
      actions,
      followed,
      deadEnds: actions - followed,
      deadEndRate: rate(actions - followed, actions),
    };
  })
    .filter((d) => d.actions > 0)
    .sort((a, b) => b.deadEnds - a.deadEnds || a.action.localeCompare(b.action));

  const challengeRows = [...sum.entries()].filter(([key]) =>
    key.startsWith(ANALYTICS_ROW.challengeChainPrefix),
  );
  const titles = new Map(
    (
      await getChallenges(
        programId,
        challengeRows.map(([key]) => key.slice(3)),
      )
    ).map((c) => [c.challengeId, c.title]),
  );
  const challenges = challengeRows
    .map(([key, c]) => {
      const challengeId = key.slice(3);
      const completions = c.completions ?? 0;
      const continued = c.continued ?? 0;
      return {
        challengeId,
        title: titles.get(challengeId) ?? '',
        completions,
        continued,
        continuationRate: rate(continued, completions),
      };
    })
    .sort((a, b) => b.completions - a.completions || a.challengeId.localeCompare(b.challengeId));

  return {
    programId,
    from: query.from,
    to: query.to,
    windowDays: CHAIN_WINDOW_DAYS,
    transitions,
    topChains,
    deadEnds: { settledMonths: settled, actions: deadEnds },
    challenges,
  };
}

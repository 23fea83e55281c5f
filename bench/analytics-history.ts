import type { ActivityDraft, ActivityType } from '#shared/analytics/activity.ts';
import type { AuthUser } from '#shared/identity/auth-user.ts';
import { type Sample, summarize } from './stats.ts';

/**
 * Read paths that must not grow with history: the journey KPIs, the chains and one
 * ambassador's journey, each asked for the last month, on a program with one month of history
 * and on one with twelve (the same activity per month). The two are timed alternately in one
 * run, so the ratio is fair on a noisy machine.
 */
const AMBASSADORS = 20;
const ACTIONS_PER_MONTH = 12;
const RUNS = 30;
const TYPES: ActivityType[] = [
  'challenge_viewed',
  'submitted',
  'post_approved',
  'link_shared',
  'clicked',
  'sold',
];

export async function benchAnalyticsHistory() {
  const { recordActivity } = await import('#shared/analytics/activity.store.ts');
  const { journeyFor } = await import('#shared/analytics/journey.service.ts');
  const { chainsFor } = await import('#shared/analytics/chains.service.ts');
  const { journeyOf } = await import('#shared/analytics/ambassador-journey.service.ts');
  const { createProgram } = await import('#shared/programs/create-program.service.ts');
  const { findMembership } = await import('#shared/programs/membership.store.ts');
  const { getProgram } = await import('#shared/programs/program.store.ts');
  const { insertAmbassador } = await import('./seed.ts');

  const admin: AuthUser = {
    id: 'bench-admin',
    email: 'bench@example.com',
    emailVerified: true,
    groups: ['admins'],
    isAdmin: true,
  };
  const now = new Date();
  const monthStart = (back: number) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
  const lastMonth = new Date(monthStart(1)).toISOString().slice(0, 7);

  const seed = async (months: number) => {
    const program = await createProgram(admin, {
      name: `History ${months}`,
      brandName: 'Bench',
      slug: `history-${months}-${Date.now()}`,
      description: '',
      landingUrl: 'https://example.com/',
      timeZone: 'UTC',
      currency: 'EUR',
      questions: [],
      reapplyCooldownDays: 30,
      termsVersion: '1',
      tiers: [{ id: 'member', name: 'Member', minPoints: 0 }],
      badges: [],
      allowedDomains: [],
      attributionWindowDays: 30,
      attributionModel: 'last_click',
      commission: {
        rate: { kind: 'percent', basisPoints: 1000 },
        byTier: {},
        firstOrderOnly: false,
        holdingDays: 30,
      },
      pointsPerSale: 0,
      pointsPerRecruit: 0,
      minimumPayout: 0,
      leakAlert: { codeOnlyOrdersPerDay: 10 },
      challengeAnnouncements: 'each',
    });
    const users = Array.from({ length: AMBASSADORS }, (_, i) => `amb-${months}-${i}`);
    await Promise.all(users.map((userId) => insertAmbassador(program.programId, userId)));
    let count = 0;
    const drafts: ActivityDraft[] = [];
    for (let back = months; back >= 1; back--) {
      for (const [u, userId] of users.entries()) {
        for (let a = 0; a < ACTIONS_PER_MONTH; a++) {
          const at = new Date(
            monthStart(back) + ((u * ACTIONS_PER_MONTH + a) % 27) * 86_400_000 + a * 3_600_000,
          );
          drafts.push({
            programId: program.programId,
            userId,
            type: TYPES[(u + a) % TYPES.length] as ActivityType,
            at: at.toISOString(),
            source: `bench:${back}:${a}`,
            amount: 1_000,
          });
        }
      }
    }
    // Four ambassadors at a time, each one's actions in order (as the aggregator works).
    const byUser = new Map<string, ActivityDraft[]>();
    for (const draft of drafts) byUser.set(draft.userId, [...(byUser.get(draft.userId) ?? []), draft]);
    const queue = [...byUser.values()];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let list = queue.shift(); list; list = queue.shift()) {
          for (const draft of list) if (await recordActivity(draft)) count++;
        }
      }),
    );
    return { programId: program.programId, someone: users[0] as string, activities: count };
  };

  const short = await seed(1);
  const long = await seed(12);
  const timings: Record<string, { short: Sample[]; long: Sample[] }> = {
    journeyKpis: { short: [], long: [] },
    chains: { short: [], long: [] },
    ambassadorJourney: { short: [], long: [] },
  };
  const time = async (fn: () => Promise<unknown>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  for (let run = 0; run < RUNS; run++) {
    for (const [label, target] of [
      ['short', short],
      ['long', long],
    ] as const) {
      const program = await getProgram(target.programId);
      const member = await findMembership(target.programId, target.someone);
      timings.journeyKpis?.[label].push(
        await time(() => journeyFor(target.programId, { from: lastMonth, to: lastMonth })),
      );
      timings.chains?.[label].push(
        await time(() => chainsFor(target.programId, { from: lastMonth, to: lastMonth })),
      );
      if (member) timings.ambassadorJourney?.[label].push(await time(() => journeyOf(program, member)));
    }
  }
  return {
    name: 'analytics read paths: 1 month vs 12 months of history',
    setup: {
      ambassadors: AMBASSADORS,
      actionsPerAmbassadorPerMonth: ACTIONS_PER_MONTH,
      runs: RUNS,
      shortActivities: short.activities,
      longActivities: long.activities,
    },
    target: 'ratio (12 months / 1 month) ≤ 1.5 at p50',
    results: Object.entries(timings).map(([path, t]) => {
      const s = summarize(t.short);
      const l = summarize(t.long);
      return { path, oneMonth: s, twelveMonths: l, ratioP50: Math.round((l.p50 / s.p50) * 100) / 100 };
    }),
  };
}

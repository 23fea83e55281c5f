import { journeyOf } from '../analytics/ambassador-journey.service.ts';
import { tierFor } from '../challenges/challenge-rules.ts';
import { findStats } from '../points/stats.store.ts';
import { getProfile } from '../profiles/profile.store.ts';
import { listInvitationsForEmail } from '../programs/invitation.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { listMembershipsOfUser } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { getPrograms } from '../programs/program.store.ts';
import { figuresOf } from '../reports/referral-report.service.ts';
import { ambassadorTotals } from '../reports/rollup-reader.store.ts';
import type { AuthUser } from './auth-user.ts';

/**
 * The caller, their memberships (with program names) and the invitations waiting for them. The
 * name is their profile's, or else the one their sign-up gave the pool.
 */
export async function getMe(user: AuthUser) {
  const [memberships, invitations, profile] = await Promise.all([
    listMembershipsOfUser(user.id),
    user.emailVerified ? listInvitationsForEmail(user.email) : Promise.resolve([]),
    getProfile(user.id),
  ]);
  const name = profile.displayName ?? user.name;
  const programs = new Map(
    (await getPrograms([...memberships, ...invitations].map((m) => m.programId))).map((p) => [
      p.programId,
      p,
    ]),
  );
  const journeys = new Map(
    await Promise.all(
      memberships
        .filter((m) => m.role === 'ambassador' && programs.has(m.programId))
        .map(async (m) => {
          // The journey is a convenience here: /api/me answers without it rather than fail.
          const journey = await journeyOf(programs.get(m.programId) as Program, m).catch(() => undefined);
          return [
            m.programId,
            journey ? { stage: journey.stage, next: journey.next, figures: journey.figures } : undefined,
          ] as const;
        }),
    ),
  );
  const progress = new Map(
    await Promise.all(
      memberships
        .filter((m) => m.role === 'ambassador' && (m.status === 'approved' || m.status === 'suspended'))
        .map(async (m) => [m.programId, await progressOf(m, programs.get(m.programId))] as const),
    ),
  );
  return {
    user: { id: user.id, email: user.email, ...(name ? { name } : {}), isAdmin: user.isAdmin },
    memberships: memberships.map((m) => ({
      programId: m.programId,
      programName: programs.get(m.programId)?.name ?? '',
      programSlug: programs.get(m.programId)?.slug ?? '',
      role: m.role,
      status: m.status,
      ...(m.referralCode ? { referralCode: m.referralCode } : {}),
      ...(progress.get(m.programId) ? { progress: progress.get(m.programId) } : {}),
      ...(journeys.get(m.programId) ? { journey: journeys.get(m.programId) } : {}),
    })),
    invitations: invitations.map((i) => ({
      programId: i.programId,
      programName: programs.get(i.programId)?.name ?? '',
      role: i.role,
      invitedAt: i.invitedAt,
    })),
  };
}

/** Points, tier and the way to the next tier: commitment made visible. */
async function progressOf(membership: Membership, program: Program | undefined) {
  if (!program) return undefined;
  const [stats, sales] = await Promise.all([
    findStats(membership.programId, membership.userId, 'all'),
    ambassadorTotals(membership.programId, membership.userId),
  ]);
  const lifetime = stats?.lifetimePoints ?? 0;
  const tier = tierFor(program.tiers, lifetime);
  const next = program.tiers.find((t) => t.minPoints > lifetime);
  return {
    points: stats?.points ?? 0,
    lifetimePoints: lifetime,
    tier: { id: tier.id, name: tier.name },
    ...(next
      ? {
          nextTier: {
            id: next.id,
            name: next.name,
            minPoints: next.minPoints,
            pointsToGo: next.minPoints - lifetime,
          },
        }
      : {}),
    badges: stats?.badges ?? [],
    approvedPosts: stats?.approvedPosts ?? 0,
    /** Applicants who came through the ambassador's invite link and were approved. */
    recruits: stats?.recruits ?? 0,
    /** The ambassador's own referral figures, all time (minor units, in the program's currency). */
    sales: { currency: program.currency, ...figuresOf(sales) },
  };
}

import { awardPointsOnce } from '../points/award-points-once.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';

/**
 * When a recruit is approved, their recruiter earns the program's points per recruit and one
 * more recruit in their stats, once per recruit (a reinstatement or a replay earns nothing more).
 * A recruiter who is no longer an approved ambassador earns nothing.
 */
export async function awardRecruitPoints(recruit: Membership): Promise<boolean> {
  if (!recruit.recruitedBy) return false;
  const [program, recruiter] = await Promise.all([
    getProgram(recruit.programId),
    findMembership(recruit.programId, recruit.recruitedBy),
  ]);
  if (recruiter?.role !== 'ambassador' || recruiter.status !== 'approved') return false;
  return awardPointsOnce({
    program,
    ambassador: recruiter,
    points: program.pointsPerRecruit,
    source: `recruit:${recruit.userId}`,
    reason: `Recruited ${recruit.displayName}`,
    code: 'recruit',
    values: { name: recruit.displayName },
    at: new Date(recruit.statusAt),
    recruit: true,
  });
}

import { recruiterOf } from '../ambassadors/submit-application.service.ts';
import { notFound } from '../errors.ts';
import { findMembership } from './membership.store.ts';
import { type PublicProgram, toPublicProgram } from './program.schema.ts';
import { findProgramIdBySlug, getProgram } from './program.store.ts';

/**
 * A program's application page, `/p/{slug}`, for anyone: its public part and, for an invite
 * link (`?ref={code}`), who invited the visitor. A stale or foreign code names no one.
 * @throws AppError `not_found`.
 */
export async function getPublicProgram(
  slug: string,
  ref: string | undefined,
): Promise<{ program: PublicProgram; invitedBy?: { displayName: string; ref: string } }> {
  const programId = await findProgramIdBySlug(slug);
  if (!programId) throw notFound('Program');
  const program = await getProgram(programId);
  const recruiter = await recruiterOf(program.programId, ref);
  const member = recruiter ? await findMembership(program.programId, recruiter.userId) : undefined;
  return {
    program: toPublicProgram(program),
    ...(recruiter && member ? { invitedBy: { displayName: member.displayName, ref: recruiter.code } } : {}),
  };
}

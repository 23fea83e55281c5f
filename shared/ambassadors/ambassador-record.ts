import { conflict, notFound } from '../errors.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';

/**
 * Reads an ambassador's membership in a program.
 * @throws AppError `not_found` when there is none (including staff memberships).
 */
export async function getAmbassadorRecord(programId: string, ambassadorId: string): Promise<Membership> {
  const membership = await findMembership(programId, ambassadorId);
  if (membership?.role !== 'ambassador') throw notFound('Ambassador');
  return membership;
}

/**
 * Reads the membership of an ambassador a manager acts on (decides, suspends, reinstates,
 * rotates). An erased member's membership is kept for the books only: approving, reinstating or
 * rotating it would give a deleted account a live code again, crediting sales and serving a
 * public page under the pseudonym.
 * @throws AppError `not_found` (no such ambassador), `conflict` (the account was deleted).
 */
export async function getAmbassadorToActOn(programId: string, ambassadorId: string): Promise<Membership> {
  const membership = await getAmbassadorRecord(programId, ambassadorId);
  if (membership.erasedAt)
    throw conflict('This ambassador deleted their account: their record is kept for the books only', {
      erasedAt: membership.erasedAt,
    });
  return membership;
}

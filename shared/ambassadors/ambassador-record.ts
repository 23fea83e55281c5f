import { notFound } from '../errors.ts';
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

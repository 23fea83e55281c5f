import { countSaleTowardGoals } from '../challenges/count-sale-toward-goals.ts';
import { awardPointsOnce } from '../points/award-points-once.ts';
import { findMembership } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import type { Conversion } from './conversion.schema.ts';
import { isOwnOrder } from './own-order.ts';

/**
 * Feeds a sale into the points of the challenges context: the program's points per sale and the
 * sale count (which earns the first-sale badge), once per order, and the progress of any sales
 * challenge open at the time. The ambassador's own orders earn nothing.
 */
export async function awardSalePoints(conversion: Conversion): Promise<boolean> {
  const ambassadorId = conversion.attribution?.ambassadorId;
  if (!ambassadorId || isOwnOrder(conversion.flags)) return false;
  const [program, ambassador] = await Promise.all([
    getProgram(conversion.programId),
    findMembership(conversion.programId, ambassadorId),
  ]);
  if (!ambassador) return false;
  const awarded = await awardPointsOnce({
    program,
    ambassador,
    points: program.pointsPerSale,
    source: `sale:${conversion.orderId}`,
    reason: `Sale ${conversion.orderId}`,
    at: new Date(conversion.occurredAt),
    sale: true,
  });
  await countSaleTowardGoals(program, ambassador, conversion);
  return awarded;
}

import type { Commission } from '../brand-data.ts';

let next = 0;

/** A commission line for the tests, approved and for an order unless told otherwise. */
export function commissionLine(
  ambassadorId: string,
  amount: number,
  fields: Partial<Commission> = {},
): Commission {
  next++;
  return {
    programId: 'p1',
    commissionId: `c${next}`,
    kind: amount < 0 ? 'clawback' : 'order',
    orderId: `o${next}`,
    ambassadorId,
    currency: 'EUR',
    occurredAt: '2026-11-02T10:00:00.000Z',
    amount,
    state: 'approved',
    history: [],
    version: 1,
    createdAt: '2026-11-02T10:00:00.000Z',
    ...fields,
  };
}

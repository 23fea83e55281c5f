import { api, ok } from '../../../api/client.ts';
import type { CommissionPage, CommissionState } from '../brand-data.ts';

const PAGE = 100;

export async function loadCommissions(
  programId: string,
  state: CommissionState,
  cursor?: string,
): Promise<CommissionPage> {
  return ok(
    api.referrals.api.programs[':programId'].commissions.$get({
      param: { programId },
      query: { state, limit: PAGE, ...(cursor ? { cursor } : {}) },
    }),
  );
}

/** The payout queue is read whole (a brand pays it all); other states page on demand. */
export async function loadQueue(programId: string, state: CommissionState): Promise<CommissionPage> {
  let page = await loadCommissions(programId, state);
  if (state !== 'approved') return page;
  const items = [...page.items];
  while (page.nextCursor) {
    page = await loadCommissions(programId, state, page.nextCursor);
    items.push(...page.items);
  }
  return { items };
}

/** Records a payout of these lines, with the brand's reference when it gave one. */
export function sendPayout(programId: string, commissionIds: string[], reference: string) {
  return ok(
    api.referrals.api.programs[':programId'].payouts.$post({
      param: { programId },
      json: { commissionIds, ...(reference ? { reference } : {}) },
    }),
  );
}

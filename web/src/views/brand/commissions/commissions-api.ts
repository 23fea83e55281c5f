import { api, ok } from '../../../api/client.ts';
import type { CommissionPage, CommissionState } from '../brand-data.ts';

const PAGE = 100;

/** A page of the program's commission lines in one state, oldest order first. */
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

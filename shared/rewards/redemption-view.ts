import { nowIso } from '../ids.ts';
import { open } from '../platform/secrets/secret-box.ts';
import type { Redemption, StoredRedemption } from './reward.schema.ts';
import { maskCode } from './reward-rules.ts';

/**
 * A redemption as its reader may see it. Its ambassador sees the code once it is fulfilled; the
 * team sees it masked. `gift_not_posted` flags a fulfilled gift whose post is overdue.
 */
export async function redemptionView(
  stored: StoredRedemption,
  reader: 'owner' | 'team',
): Promise<Redemption> {
  const { codeHash: _hash, sealedCode, version: _version, ...shown } = stored;
  const code = sealedCode ? await open(sealedCode, stored.programId) : undefined;
  const visible =
    code === undefined
      ? undefined
      : reader === 'owner' && stored.status === 'fulfilled'
        ? code
        : maskCode(code);
  const due = stored.followUp?.dueAt;
  const overdue =
    stored.status === 'fulfilled' && due !== undefined && !stored.followUp?.postedAt && due < nowIso();
  return {
    ...shown,
    ...(visible !== undefined ? { code: visible } : {}),
    ...(overdue ? { flags: ['gift_not_posted' as const] } : {}),
  };
}

import { nowIso } from '../ids.ts';
import type { Redemption, StoredRedemption } from './redemption.schema.ts';
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
  // The box (and the Secrets Manager signer behind it) loads only for code rewards.
  const code = sealedCode
    ? await (await import('../platform/secrets/secret-box.ts')).open(sealedCode, stored.programId)
    : undefined;
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

import { createHash } from 'node:crypto';
import { findChallenge } from '../challenges/challenge.store.ts';
import type { Page } from '../common.schema.ts';
import { conflict, forbidden, notFound, validationFailed } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, hasRole, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { findStats } from '../points/stats.store.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { assertProofImage, proofImageUrl } from '../uploads/proof-image.store.ts';
import type { CreateRewardInput, Reward, RewardView, UpdateRewardInput } from './reward.schema.ts';
import {
  addStockItem,
  changeReward,
  claimCounts,
  existingCodes,
  findReward,
  listRewards as listRewardsPage,
  newCodeItem,
  newRewardItem,
} from './reward.store.ts';
import { defaultRequiresApproval, formatInZone, momentToInstant, rewardLock } from './reward-rules.ts';

/** The hash a code is stored under: the same code cannot enter one reward's pool twice. */
export function codeHash(programId: string, rewardId: string, code: string): string {
  return createHash('sha256').update(`${programId}:${rewardId}:${code}`).digest('base64url');
}

/** @throws AppError `validation_failed` for a tier the program lacks, an empty window or a follow-up challenge that is not there. */
async function checkReferences(
  access: ProgramAccess,
  reward: Pick<Reward, 'minTier' | 'availableFrom' | 'availableUntil' | 'followUpChallengeId'>,
): Promise<void> {
  const { program } = access;
  if (reward.minTier && !program.tiers.some((tier) => tier.id === reward.minTier))
    throw validationFailed(`minTier: no such tier: ${reward.minTier}`, { field: 'minTier' });
  if (reward.availableFrom && reward.availableUntil && reward.availableFrom >= reward.availableUntil)
    throw validationFailed('availableUntil: must be after availableFrom', { field: 'availableUntil' });
  if (reward.followUpChallengeId && !(await findChallenge(program.programId, reward.followUpChallengeId)))
    throw validationFailed(`followUpChallengeId: no such challenge: ${reward.followUpChallengeId}`, {
      field: 'followUpChallengeId',
    });
}

/**
 * A manager adds a reward to the catalogue. Code rewards start with no stock: it is the count of
 * codes uploaded and not yet claimed.
 * @throws AppError `forbidden`, `validation_failed`.
 */
export async function createReward(
  user: AuthUser,
  programId: string,
  input: CreateRewardInput,
): Promise<RewardView> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const zone = access.program.timeZone;
  if (input.kind === 'code' && input.stock !== undefined)
    throw validationFailed('stock: a code reward’s stock is its codes; upload them with POST …/codes', {
      field: 'stock',
    });
  if (input.postWithinDays !== undefined && input.followUpChallengeId === undefined)
    throw validationFailed('postWithinDays: name the followUpChallengeId the post is for', {
      field: 'postWithinDays',
    });
  if (input.imageKey) await assertProofImage(input.imageKey, programId, user.id, 'imageKey');
  const now = nowIso();
  const reward: Reward = {
    programId,
    rewardId: newId(),
    title: input.title,
    description: input.description,
    kind: input.kind,
    costPoints: input.costPoints,
    ...(input.imageKey ? { imageKey: input.imageKey } : {}),
    ...(input.kind === 'code' ? { stock: 0 } : input.stock !== undefined ? { stock: input.stock } : {}),
    ...(input.perMemberLimit !== undefined ? { perMemberLimit: input.perMemberLimit } : {}),
    ...(input.minTier ? { minTier: input.minTier } : {}),
    ...(input.availableFrom ? { availableFrom: momentToInstant(input.availableFrom, zone, 'from') } : {}),
    ...(input.availableUntil ? { availableUntil: momentToInstant(input.availableUntil, zone, 'until') } : {}),
    requiresApproval: input.requiresApproval ?? defaultRequiresApproval(input.kind),
    active: input.active,
    ...(input.followUpChallengeId
      ? { followUpChallengeId: input.followUpChallengeId, postWithinDays: input.postWithinDays ?? 14 }
      : {}),
    redeemed: 0,
    createdAt: now,
    updatedAt: now,
  };
  await checkReferences(access, reward);
  const written = await transact({ reward: newRewardItem(reward) });
  if (!written.ok) throw unexpectedCancellation(written);
  return withImage(reward);
}

/**
 * A manager changes a reward: the fields given are set and `null` clears one. The kind never
 * changes; a code reward's stock follows its codes.
 * @throws AppError `forbidden`, `not_found`, `validation_failed`.
 */
export async function updateReward(
  user: AuthUser,
  programId: string,
  rewardId: string,
  input: UpdateRewardInput,
): Promise<RewardView> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  const current = await findReward(programId, rewardId);
  if (!current) throw notFound('Reward');
  if (current.kind === 'code' && input.stock !== undefined)
    throw validationFailed('stock: a code reward’s stock is its codes; upload more with POST …/codes', {
      field: 'stock',
    });
  if (input.imageKey) await assertProofImage(input.imageKey, programId, user.id, 'imageKey');
  const zone = access.program.timeZone;
  const set: Record<string, unknown> = { updatedAt: nowIso() };
  const remove: string[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value === null) {
      remove.push(field);
      continue;
    }
    if (field === 'availableFrom' || field === 'availableUntil')
      set[field] = momentToInstant(String(value), zone, field === 'availableFrom' ? 'from' : 'until');
    else set[field] = value;
  }
  // A field is set or removed, never both: DynamoDB refuses an update whose paths overlap.
  if (remove.includes('followUpChallengeId')) {
    if (set.postWithinDays !== undefined)
      throw validationFailed('postWithinDays: name the followUpChallengeId the post is for', {
        field: 'postWithinDays',
      });
    remove.push('postWithinDays');
  } else if (
    set.followUpChallengeId &&
    current.postWithinDays === undefined &&
    set.postWithinDays === undefined &&
    !remove.includes('postWithinDays')
  )
    set.postWithinDays = 14;
  const next = { ...current, ...set } as Reward;
  for (const field of remove) delete (next as Record<string, unknown>)[field];
  if (next.postWithinDays !== undefined && next.followUpChallengeId === undefined)
    throw validationFailed('postWithinDays: name the followUpChallengeId the post is for', {
      field: 'postWithinDays',
    });
  await checkReferences(access, next);
  const changed = await changeReward(programId, rewardId, set, [...new Set(remove)]);
  if (!changed) throw notFound('Reward');
  return withImage(changed);
}

async function withImage(reward: Reward): Promise<RewardView> {
  return reward.imageKey ? { ...reward, imageUrl: await proofImageUrl(reward.imageKey) } : reward;
}

/** What the caller needs to see rewards as an ambassador: balance, tier, what they hold. */
async function ambassadorViews(access: ProgramAccess, rewards: Reward[]): Promise<RewardView[]> {
  const { program, user } = access;
  const [stats, held] = await Promise.all([
    findStats(program.programId, user.id, 'all'),
    claimCounts(
      program.programId,
      user.id,
      rewards.map((r) => r.rewardId),
    ),
  ]);
  const balance = stats?.points ?? 0;
  const now = nowIso();
  const context = {
    tiers: program.tiers,
    now,
    formatDate: (at: string) => formatInZone(at, program.timeZone),
  };
  return Promise.all(
    rewards.map(async (reward) => {
      const mine = held.get(reward.rewardId) ?? 0;
      const lock = rewardLock(reward, { tier: access.membership?.tier, held: mine }, context);
      return {
        ...(await withImage(reward)),
        affordable: balance >= reward.costPoints,
        pointsToGo: Math.max(0, reward.costPoints - balance),
        mine,
        ...(lock ? { locked: lock } : {}),
      };
    }),
  );
}

/** @throws AppError `forbidden` unless the caller is an approved ambassador or on the team. */
function assertReader(access: ProgramAccess): void {
  if (access.role === undefined) throw forbidden('Rewards are for the program’s ambassadors and team');
}

/**
 * The catalogue. Managers see every reward; ambassadors the active ones, each with whether they
 * can afford it, the points to go, and `locked` with the reason.
 * @throws AppError `forbidden`, `bad_request` (cursor).
 */
export async function listRewards(
  user: AuthUser,
  programId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<RewardView>> {
  const access = await loadProgramAccess(user, programId);
  assertReader(access);
  const page = await listRewardsPage(programId, query);
  if (access.role !== 'ambassador') return { ...page, items: await Promise.all(page.items.map(withImage)) };
  return {
    ...page,
    items: await ambassadorViews(
      access,
      page.items.filter((reward) => reward.active),
    ),
  };
}

/** One reward as the caller sees it. @throws AppError `forbidden`, `not_found`. */
export async function getReward(user: AuthUser, programId: string, rewardId: string): Promise<RewardView> {
  const access = await loadProgramAccess(user, programId);
  assertReader(access);
  const reward = await findReward(programId, rewardId);
  if (!reward) throw notFound('Reward');
  if (access.role !== 'ambassador') return withImage(reward);
  const [view] = await ambassadorViews(access, [reward]);
  return view as RewardView;
}

const CODES_PER_TRANSACTION = 99;

/**
 * A manager adds codes to a code reward's pool (up to 1,000 a call). Codes repeated in the call
 * or already in the pool are refused, naming them, and nothing is added. Each group of 99 is
 * written with its stock count in one transaction, so the stock always equals the codes left.
 * @returns how many were added and how many are left.
 * @throws AppError `forbidden`, `not_found`, `validation_failed` (repeats, not a code reward), `conflict` (already uploaded).
 */
export async function uploadCodes(
  user: AuthUser,
  programId: string,
  rewardId: string,
  codes: string[],
): Promise<{ added: number; left: number }> {
  const access = await loadProgramAccess(user, programId);
  if (!hasRole(access, MANAGER_ROLES)) throw forbidden('Only the program’s managers upload codes');
  const reward = await findReward(programId, rewardId);
  if (!reward) throw notFound('Reward');
  if (reward.kind !== 'code')
    throw validationFailed('codes: only code rewards take codes', { field: 'codes' });
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of codes) (seen.has(code) ? repeated : seen).add(code);
  if (repeated.size > 0)
    throw validationFailed('codes: each code may appear once', {
      field: 'codes',
      duplicates: [...repeated].slice(0, 50),
    });
  const hashed = codes.map((code) => ({ code, hash: codeHash(programId, rewardId, code) }));
  const already = await existingCodes(
    programId,
    rewardId,
    hashed.map((c) => c.hash),
  );
  if (already.size > 0) {
    const duplicates = hashed.filter((c) => already.has(c.hash)).map((c) => c.code);
    throw conflict('Some codes are in this reward’s pool already; nothing was added', {
      duplicates: duplicates.slice(0, 50),
      count: duplicates.length,
    });
  }
  const uploadedAt = nowIso();
  // The box (and the Secrets Manager signer behind it) loads only when codes are sealed or opened.
  const { seal } = await import('../platform/secrets/secret-box.ts');
  const sealed = await Promise.all(
    hashed.map(async (c) => ({ codeHash: c.hash, sealedCode: await seal(c.code, programId), uploadedAt })),
  );
  let added = 0;
  for (let i = 0; i < sealed.length; i += CODES_PER_TRANSACTION) {
    const group = sealed.slice(i, i + CODES_PER_TRANSACTION);
    const written = await transact({
      codes: group.map((code) => newCodeItem(programId, rewardId, code)),
      stock: addStockItem(programId, rewardId, group.length),
    });
    if (!written.ok) {
      if (written.failed.has('codes'))
        throw conflict('The same codes were uploaded at the same moment by someone else', { added });
      throw unexpectedCancellation(written);
    }
    added += group.length;
  }
  const after = await findReward(programId, rewardId);
  return { added, left: after?.stock ?? 0 };
}

import type { Page } from '../common.schema.ts';
import { conflict, forbidden, notFound, validationFailed } from '../errors.ts';
import { type NoticeValues, noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, hasRole, loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import {
  type NamedItems,
  type TransactItem,
  transact,
  unexpectedCancellation,
} from '../platform/db/transact.ts';
import { awardRaced, planPointsAward } from '../points/plan-points-award.ts';
import { MANAGER_ROLES } from '../programs/membership.schema.ts';
import { findMembership } from '../programs/membership.store.ts';
import { giftSentItem, startFollowUp } from './gift-follow-up.ts';
import type {
  DecideRedemptionInput,
  FulfilRedemptionInput,
  ListRedemptionsQuery,
  Redemption,
  RedemptionStatus,
  StoredRedemption,
} from './redemption.schema.ts';
import { findRedemption, listRedemptionsPage, replaceRedemptionItem } from './redemption.store.ts';
import { redemptionView } from './redemption-view.ts';
import { findReward, releaseClaimItem, releaseCodeItem, returnOneItem } from './reward.store.ts';

/**
 * Redemptions: for managers the fulfilment queue (one status, oldest first; `requested` unless
 * named) or one ambassador's; for an ambassador only their own, newest first.
 * @throws AppError `forbidden`, `bad_request` (cursor).
 */
export async function listRedemptions(
  user: AuthUser,
  programId: string,
  query: ListRedemptionsQuery,
): Promise<Page<Redemption>> {
  const access = await loadProgramAccess(user, programId);
  const manager = hasRole(access, MANAGER_ROLES);
  if (!manager && access.role !== 'ambassador')
    throw forbidden('Redemptions are for managers and the ambassador who made them');
  if (!manager && query.ambassadorId !== undefined && query.ambassadorId !== user.id)
    throw forbidden('An ambassador sees only their own redemptions');
  const userId = manager ? query.ambassadorId : user.id;
  const page = await listRedemptionsPage(programId, { ...query, userId });
  const reader = manager ? 'team' : 'owner';
  return { ...page, items: await Promise.all(page.items.map((r) => redemptionView(r, reader))) };
}

/** One redemption: its ambassador or a manager. @throws AppError `forbidden`, `not_found`. */
export async function getRedemption(
  user: AuthUser,
  programId: string,
  redemptionId: string,
): Promise<Redemption> {
  const access = await loadProgramAccess(user, programId);
  if (access.role === undefined)
    throw forbidden('Redemptions are for the program’s managers and ambassadors');
  const stored = await findRedemption(programId, redemptionId);
  const manager = hasRole(access, MANAGER_ROLES);
  if (!stored || (!manager && stored.userId !== user.id)) throw notFound('Redemption');
  return redemptionView(stored, manager ? 'team' : 'owner');
}

type Step = {
  /** The status the redemption must be in. */
  from: readonly RedemptionStatus[];
  next: (current: StoredRedemption, at: string) => StoredRedemption;
  /** Gives the points, the stock, the limit and the code back (a rejection or a cancellation). */
  undo: boolean;
  /** More items for the step's transaction. */
  extra?: (next: StoredRedemption) => TransactItem | undefined;
  notify?: (current: StoredRedemption) => {
    type: 'redemption_approved' | 'redemption_rejected' | 'redemption_fulfilled';
    values: NoticeValues;
  };
};

/**
 * Moves a redemption one step, once: the redemption's version is the condition, so of two
 * decisions at once one succeeds and the other finds it moved (409). An undo returns the points
 * with a ledger entry keyed by the redemption (written once, ever) and the stock, the count
 * toward the limit and the code, in the same transaction.
 */
async function advance(
  access: ProgramAccess,
  redemptionId: string,
  step: Step,
  ownOnly = false,
): Promise<Redemption> {
  const { program, user } = access;
  return retryOptimistic('This redemption is changing; try again', async () => {
    const current = await findRedemption(program.programId, redemptionId);
    if (!current || (ownOnly && current.userId !== user.id)) throw notFound('Redemption');
    if (!step.from.includes(current.status))
      throw conflict(`This redemption is ${current.status} already`, { status: current.status });
    const at = nowIso();
    const next = step.next(current, at);
    const member = await findMembership(program.programId, current.userId);
    let undo: NamedItems<string> = {};
    if (step.undo) {
      const reward = await findReward(program.programId, current.rewardId);
      const plan = member
        ? await planPointsAward({
            program,
            ambassador: member,
            points: current.costPoints,
            kind: 'returned',
            source: `redemption:${redemptionId}:returned`,
            reason: `Returned: ${current.rewardTitle} (${next.status})`,
            code: 'returned',
            values: { reward: current.rewardTitle, status: next.status },
            at: new Date(at),
          })
        : undefined;
      undo = {
        ...(plan?.items ?? {}),
        stock: reward ? returnOneItem(reward) : undefined,
        limit: releaseClaimItem(program.programId, current.rewardId, current.userId),
        code: current.codeHash
          ? releaseCodeItem(program.programId, current.rewardId, current.codeHash, redemptionId)
          : undefined,
      };
    }
    const notice = step.notify?.(next);
    const message = notice && {
      ...notice,
      ...(await noticeText(notice.type, notice.values, 'en')),
    };
    const items: NamedItems<string> = {
      redemption: replaceRedemptionItem(current, next),
      ...undo,
      extra: step.extra?.(next),
      told:
        message && member && current.userId !== user.id
          ? notificationPut(
              newNotification({
                userId: current.userId,
                programId: program.programId,
                ...message,
                link: `/programs/${program.programId}/rewards`,
                email: member.email,
              }),
            )
          : undefined,
    };
    const written = await transact(items);
    if (written.ok) return redemptionView(next, current.userId === user.id ? 'owner' : 'team');
    if (written.failed.has('redemption') || written.failed.has('stock') || awardRaced(written))
      return TRY_AGAIN;
    throw unexpectedCancellation(written);
  });
}

const event = (status: RedemptionStatus, at: string, by: string, reason?: string) => ({
  at,
  status,
  by,
  ...(reason ? { reason } : {}),
});

/**
 * A manager approves or rejects a requested redemption. Approving a code reward fulfils it (the
 * code is shown to the ambassador). A rejection needs a reason and returns the points once, the
 * stock and the code; a second decision is a 409.
 * @throws AppError `forbidden`, `not_found`, `validation_failed`, `conflict`.
 */
export async function decideRedemption(
  user: AuthUser,
  programId: string,
  redemptionId: string,
  input: DecideRedemptionInput,
): Promise<Redemption> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  if (input.decision === 'reject' && !input.reason)
    throw validationFailed('reason: say why, for the ambassador', { field: 'reason' });
  if (input.decision === 'reject')
    return advance(access, redemptionId, {
      from: ['requested'],
      undo: true,
      next: (current, at) => ({
        ...current,
        status: 'rejected',
        reason: input.reason,
        updatedAt: at,
        history: [...current.history, event('rejected', at, user.id, input.reason)],
      }),
      notify: (r) => ({
        type: 'redemption_rejected',
        values: { reward: r.rewardTitle, reason: r.reason ?? '', cost: r.costPoints },
      }),
    });
  return advance(access, redemptionId, {
    from: ['requested'],
    undo: false,
    extra: (next) => (next.status === 'fulfilled' ? giftSentItem(next) : undefined),
    next: (current, at) => {
      const status = current.kind === 'code' ? 'fulfilled' : 'approved';
      return {
        ...(status === 'fulfilled' ? startFollowUp(current, at) : current),
        status,
        updatedAt: at,
        history: [...current.history, event(status, at, user.id, input.reason)],
      };
    },
    notify: (r) => ({
      type: r.status === 'fulfilled' ? 'redemption_fulfilled' : 'redemption_approved',
      values: { kind: 'code', reward: r.rewardTitle },
    }),
  });
}

/**
 * A manager marks an approved redemption fulfilled, with an optional tracking link and note. A
 * gift that asks for a post gets its deadline now: fulfilment plus the reward's `postWithinDays`.
 * @throws AppError `forbidden`, `not_found`, `conflict` (not approved).
 */
export async function fulfilRedemption(
  user: AuthUser,
  programId: string,
  redemptionId: string,
  input: FulfilRedemptionInput,
): Promise<Redemption> {
  const access = await loadProgramAccess(user, programId);
  assertManager(access);
  return advance(access, redemptionId, {
    from: ['approved'],
    undo: false,
    extra: giftSentItem,
    next: (r, at) => ({
      ...startFollowUp(r, at),
      status: 'fulfilled',
      ...(input.trackingUrl ? { trackingUrl: input.trackingUrl } : {}),
      ...(input.note ? { note: input.note } : {}),
      updatedAt: at,
      history: [...r.history, event('fulfilled', at, user.id)],
    }),
    notify: (r) => ({
      type: 'redemption_fulfilled',
      values: {
        kind: 'shipped',
        reward: r.rewardTitle,
        hasTracking: r.trackingUrl ? 'yes' : 'no',
        trackingUrl: r.trackingUrl ?? '',
        hasNote: r.note ? 'yes' : 'no',
        note: r.note ?? '',
        hasDue: r.followUp?.dueAt ? 'yes' : 'no',
        dueDay: r.followUp?.dueAt?.slice(0, 10) ?? '',
      },
    }),
  });
}

/**
 * The ambassador cancels their own redemption while it is still requested: the points, the
 * stock and the code come back, once.
 * @throws AppError `forbidden`, `not_found`, `conflict` (no longer requested).
 */
export async function cancelRedemption(
  user: AuthUser,
  programId: string,
  redemptionId: string,
): Promise<Redemption> {
  const access = await loadProgramAccess(user, programId);
  if (access.role !== 'ambassador') throw forbidden('Only the ambassador who redeemed can cancel');
  return advance(
    access,
    redemptionId,
    {
      from: ['requested'],
      undo: true,
      next: (current, at) => ({
        ...current,
        status: 'cancelled',
        updatedAt: at,
        history: [...current.history, event('cancelled', at, user.id)],
      }),
    },
    true,
  );
}

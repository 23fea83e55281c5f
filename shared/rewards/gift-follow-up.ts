import { giftCountItem } from '../challenges/challenge.store.ts';
import { noticeText } from '../i18n/notice-text.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { transact } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { findMembership } from '../programs/membership.store.ts';
import type { Submission } from '../submissions/submission.schema.ts';
import type { StoredRedemption } from './redemption.schema.ts';
import {
  findRedemption,
  listGiftsAwaitingPostIn,
  listGiftsDueBy,
  replaceRedemptionItem,
} from './redemption.store.ts';

const DAY_MS = 86_400_000;

/** A gift's follow-up once it is fulfilled at `at`: the post is due `postWithinDays` later. */
export function startFollowUp(gift: StoredRedemption, at: string): StoredRedemption {
  if (!gift.followUp) return gift;
  const dueAt = new Date(Date.parse(at) + gift.followUp.postWithinDays * DAY_MS).toISOString();
  return { ...gift, followUp: { ...gift.followUp, dueAt } };
}

/** The count of gifts sent, for a gift that asks for a post, with its fulfilment. */
export function giftSentItem(gift: StoredRedemption): TransactItem | undefined {
  return gift.followUp ? giftCountItem(gift.programId, gift.followUp.challengeId, 'giftsSent') : undefined;
}
/** How long before a gift's post deadline the ambassador is reminded. */
export const GIFT_REMINDER_DAYS = 3;

/**
 * Product seeding: the items that mark the ambassador's fulfilled gifts asking for a post in this
 * challenge as posted about (with the post), and how many to count on the challenge, for the
 * submission's own transaction. That links the gift to its post, and through the post's link to its sales.
 */
export async function giftsAnsweredBy(
  submission: Submission,
): Promise<{ items: TransactItem[]; giftsPosted: number }> {
  const gifts = await listGiftsAwaitingPostIn(
    submission.programId,
    submission.userId,
    submission.challengeId,
  );
  const items = gifts.map((gift) =>
    replaceRedemptionItem(gift, {
      ...gift,
      followUp: {
        ...(gift.followUp ?? { challengeId: submission.challengeId, postWithinDays: 0 }),
        postedAt: submission.submittedAt,
        submissionId: submission.submissionId,
      },
      updatedAt: submission.submittedAt,
    }),
  );
  return { items, giftsPosted: gifts.length };
}

/**
 * The scheduler's part: reminds ambassadors of gifts whose post is due within
 * {@link GIFT_REMINDER_DAYS}, once each, up to `limit` a run. Overdue gifts stay in the index and
 * are flagged `gift_not_posted` where they are read.
 */
export async function remindGiftPosts(now: Date, limit = 100): Promise<{ reminded: number }> {
  let reminded = 0;
  const due = await listGiftsDueBy(
    new Date(now.getTime() + GIFT_REMINDER_DAYS * DAY_MS).toISOString(),
    limit,
  );
  for (const { programId, redemptionId } of due) {
    const gift = await findRedemption(programId, redemptionId);
    if (!gift?.followUp?.dueAt || gift.followUp.remindedAt || gift.followUp.postedAt) continue;
    const member = await findMembership(programId, gift.userId);
    const at = nowIso(now);
    const values = { reward: gift.rewardTitle, dueDay: gift.followUp.dueAt.slice(0, 10) };
    const text = await noticeText('gift_post_due', values, 'en');
    const written = await transact({
      gift: replaceRedemptionItem(gift, {
        ...gift,
        followUp: { ...gift.followUp, remindedAt: at },
        updatedAt: at,
      }),
      told: member
        ? notificationPut(
            newNotification({
              userId: gift.userId,
              programId,
              type: 'gift_post_due',
              ...text,
              values,
              link: `/programs/${programId}/challenges/${gift.followUp.challengeId}`,
              email: member.email,
            }),
          )
        : undefined,
    });
    if (written.ok) reminded++;
    else log.info('gift changed while reminding; next run', { redemptionId });
  }
  return { reminded };
}

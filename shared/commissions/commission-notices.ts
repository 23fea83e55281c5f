import { moneyText } from '../money.ts';
import type { Notification } from '../notifications/notification.schema.ts';
import { newNotification } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Commission } from './commission.schema.ts';

const earningsLink = (programId: string) => `/programs/${programId}/earnings`;

/** An ambassador's first attributed sale in a program: said once (a claim item guards it). */
export function firstSaleNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  order: { amount: number; currency: string },
): Notification {
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'first_sale',
    title: 'Your first sale!',
    body: `Someone bought through your code or link: an order of ${moneyText(order.amount, order.currency)}. Keep sharing, and see what it earned under Earnings.`,
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

/** A new commission line on an order: what it earns and when it is due. */
export function commissionEarnedNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  line: Commission,
): Notification {
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'commission_earned',
    title: `You earned ${moneyText(line.amount, line.currency)} commission`,
    body:
      `An order through your code or link earned you ${moneyText(line.amount, line.currency)}. ` +
      (line.availableAt
        ? `It is held until ${line.availableAt} in case the order is refunded, then approved for your next payout.`
        : 'It is approved for your next payout.'),
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

/** A commission line whose holding period ended: now owed in the next payout. */
export function commissionApprovedNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  line: Commission,
): Notification {
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'commission_approved',
    title: `${moneyText(line.amount, line.currency)} commission approved`,
    body: `Your commission of ${moneyText(line.amount, line.currency)} is past its refund window and approved: it goes into the next payout once your balance reaches the program's minimum and your payout details are in.`,
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

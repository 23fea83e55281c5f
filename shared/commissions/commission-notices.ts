import { noticeText } from '../i18n/notice-text.ts';
import type { Notification } from '../notifications/notification.schema.ts';
import { newNotification } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import type { Commission } from './commission.schema.ts';

const earningsLink = (programId: string) => `/programs/${programId}/earnings`;

/** An ambassador's first attributed sale in a program: said once (a claim item guards it). */
export async function firstSaleNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  order: { amount: number; currency: string },
): Promise<Notification> {
  const values = { amountMinor: order.amount, currency: order.currency };
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'first_sale',
    ...(await noticeText('first_sale', values, 'en')),
    values,
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

/** A new commission line on an order: what it earns and when it is due. */
export async function commissionEarnedNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  line: Commission,
): Promise<Notification> {
  const values = {
    amountMinor: line.amount,
    currency: line.currency,
    held: line.availableAt ? 'yes' : 'no',
    availableAt: line.availableAt ?? '',
  };
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'commission_earned',
    ...(await noticeText('commission_earned', values, 'en')),
    values,
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

/** A commission line whose holding period ended: now owed in the next payout. */
export async function commissionApprovedNotice(
  ambassador: Pick<Membership, 'userId' | 'programId' | 'email'>,
  line: Commission,
): Promise<Notification> {
  const values = { amountMinor: line.amount, currency: line.currency };
  return newNotification({
    userId: ambassador.userId,
    programId: ambassador.programId,
    type: 'commission_approved',
    ...(await noticeText('commission_approved', values, 'en')),
    values,
    link: earningsLink(ambassador.programId),
    email: ambassador.email,
  });
}

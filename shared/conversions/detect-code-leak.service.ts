import { noticeText } from '../i18n/notice-text.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { STAFF_ROLES } from '../programs/membership.schema.ts';
import { findMembership, listStaff } from '../programs/membership.store.ts';
import { getProgram } from '../programs/program.store.ts';
import { isCodeOnly } from '../reports/sales-contribution.ts';
import { addCodeOnlyOrder, type CodeLeakDay, claimLeakAlert } from './code-leak.store.ts';
import type { Conversion } from './conversion.schema.ts';
import { isOwnOrder } from './own-order.ts';

/** One transaction holds the claim and at most 99 notifications: a program's team is smaller. */
const MAX_RECIPIENTS = 99;

/**
 * Whether an order feeds its code's leak signal: attributed by the code alone, from a customer
 * whose first order it is (orders without an email count as first, as for first-order-only
 * commission), and not the ambassador's own.
 */
export function countsTowardLeak(conversion: Conversion): boolean {
  return (
    conversion.status === 'attributed' &&
    conversion.attribution !== undefined &&
    isCodeOnly(conversion.attribution) &&
    !conversion.flags.includes('repeat_customer') &&
    !isOwnOrder(conversion.flags)
  );
}

/**
 * The leak signal, from the stream's new orders: each code-only order from a new customer is
 * added to its code's UTC day (once, whatever the redeliveries). When the day holds the
 * program's `leakAlert.codeOnlyOrdersPerDay`, the owner, managers and brand users are told with
 * `code_leak_suspected`, once per code per day: the claim and the notifications are one
 * transaction. A program with the alert at 0 counts nothing.
 * @returns whether this call raised the alert.
 */
export async function noteCodeOnlyOrder(conversion: Conversion): Promise<boolean> {
  if (!countsTowardLeak(conversion) || !conversion.attribution) return false;
  const program = await getProgram(conversion.programId);
  const threshold = program.leakAlert.codeOnlyOrdersPerDay;
  if (threshold === 0) return false;
  const leak: CodeLeakDay = {
    programId: conversion.programId,
    code: conversion.attribution.code,
    ambassadorId: conversion.attribution.ambassadorId,
    day: conversion.occurredAt.slice(0, 10),
  };
  const { orderIds, alerted } = await addCodeOnlyOrder(leak, conversion.orderId);
  if (alerted || orderIds.length < threshold) return false;

  const [staff, ambassador] = await Promise.all([
    listStaff(leak.programId, STAFF_ROLES),
    findMembership(leak.programId, leak.ambassadorId),
  ]);
  const name = ambassador?.displayName ?? 'an ambassador';
  const now = new Date().toISOString();
  const values = {
    orders: orderIds.length,
    hasName: ambassador?.displayName === undefined ? 'no' : 'yes',
    name,
    code: leak.code,
    leakDay: leak.day,
    threshold,
  };
  const text = await noticeText('code_leak_suspected', values, 'en');
  const written = await transact({
    claim: claimLeakAlert(leak, now),
    notifications: staff.slice(0, MAX_RECIPIENTS).map((member) =>
      notificationPut(
        newNotification({
          userId: member.userId,
          programId: leak.programId,
          type: 'code_leak_suspected',
          ...text,
          values,
          link: `/programs/${leak.programId}/sales/orders?period=custom&from=${leak.day}&to=${leak.day}&code=${encodeURIComponent(leak.code)}&codeOnly=true`,
          codeLeak: { ...leak, ambassadorName: name, orderIds },
          email: member.email,
        }),
      ),
    ),
  });
  if (!written.ok) {
    // Another consumer raised it first.
    if (written.failed.has('claim')) return false;
    throw unexpectedCancellation(written);
  }
  log.warn('referral code leak suspected', {
    programId: leak.programId,
    code: leak.code,
    day: leak.day,
    orders: orderIds.length,
  });
  return true;
}

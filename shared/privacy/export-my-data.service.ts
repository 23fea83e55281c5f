import { memberAuditEntries } from '../audit/audit.service.ts';
import { putAuditEntry } from '../audit/audit.store.ts';
import { listReports } from '../content/metrics-report.store.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { nowIso } from '../ids.ts';
import { preferenceList } from '../notifications/notification-preferences.schema.ts';
import { getLastReadId, getPreferences } from '../notifications/notification-state.store.ts';
import { listLedger } from '../points/stats.store.ts';
import { getPublicPage, readProfile } from '../profiles/profile.store.ts';
import { listInvitationsForEmail } from '../programs/invitation.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { listMembershipsOfUser } from '../programs/membership.store.ts';
import { getPrograms } from '../programs/program.store.ts';
import { daysBetween, rowPerPeriod } from '../reports/rollup-reader.store.ts';
import { ROLLUP } from '../reports/rollup-rows.ts';
import type { PersonalDataExport } from './export.schema.ts';
import {
  findOrders,
  listAllNotifications,
  listCommissionsOf,
  listPayoutItemsOf,
  listRedemptionsOf,
  listSubmissionsOf,
} from './personal-data.store.ts';

/** Posts whose figure reports are read at once: a busy ambassador's 500 posts take 50 rounds. */
const POSTS_AT_ONCE = 10;

const NOTES = [
  'Clicks are credited per UTC day (creditedByDay): a click itself records the visitor (hashed), not you, and is deleted once the attribution window has passed.',
  'Orders show what was credited to you, not the customer’s details.',
  'Your payout details (bank account or PayPal address) are stored sealed and are shown masked on the payout details page.',
];

async function inRounds<T, R>(
  items: readonly T[],
  size: number,
  each: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(each))));
  return out;
}

async function programData(membership: Membership, programName: string) {
  const { programId, userId } = membership;
  const [submissions, ledger, commissions, redemptions, publicPage] = await Promise.all([
    listSubmissionsOf(programId, userId),
    listLedger(programId, userId),
    listCommissionsOf(programId, userId),
    listRedemptionsOf(programId, userId),
    // Only an ambassador has a public page; its settings as they stand (on, no picks, if never set).
    membership.role === 'ambassador' ? getPublicPage(userId, programId) : Promise.resolve(undefined),
  ]);
  const payoutIds = [...new Set(commissions.flatMap((c) => (c.payoutId ? [c.payoutId] : [])))];
  const orderIds = [...new Set(commissions.filter((c) => c.kind === 'order').map((c) => c.orderId))];
  const days = daysBetween(membership.createdAt.slice(0, 10), nowIso().slice(0, 10));
  const [withMetrics, payouts, orders, perDay] = await Promise.all([
    inRounds(submissions, POSTS_AT_ONCE, async (s) => ({
      ...s,
      metrics: await listReports(programId, s.submissionId),
    })),
    listPayoutItemsOf(programId, userId, payoutIds),
    findOrders(programId, orderIds),
    rowPerPeriod(programId, days.map(ROLLUP.day), ROLLUP.ambassador(userId)),
  ]);
  const creditedByDay = days.flatMap((day, i) => {
    const figures = perDay[i];
    if (!figures || Object.values(figures).every((v) => v === 0)) return [];
    return [{ day, clicks: figures.clicks, orders: figures.orders, revenue: figures.revenue, figures }];
  });
  return {
    programId,
    programName,
    membership,
    ...(publicPage ? { publicPage } : {}),
    submissions: withMetrics,
    rightsGrants: submissions.flatMap((s) =>
      s.rightsGrant ? [{ submissionId: s.submissionId, grant: s.rightsGrant }] : [],
    ),
    ledger,
    commissions,
    payouts,
    redemptions,
    orders,
    creditedByDay,
  };
}

/**
 * Everything Embassy holds about the caller: their profile and notification preferences, and in
 * every program they are in the membership, the public page's settings and what they did there: GDPR's right of
 * access (Art. 15) and to data portability (Art. 20). Queries on keys and indexes only, each
 * paged to its end; per program the families are read side by side.
 */
export async function exportMyData(user: AuthUser): Promise<PersonalDataExport> {
  const [memberships, notifications, invitations, stored, preferences, lastReadId] = await Promise.all([
    listMembershipsOfUser(user.id),
    listAllNotifications(user.id),
    user.emailVerified ? listInvitationsForEmail(user.email) : Promise.resolve([]),
    readProfile(user.id),
    getPreferences(user.id),
    getLastReadId(user.id),
  ]);
  const { version: _version, userId: _userId, ...profile } = stored;
  const names = new Map(
    (await getPrograms(memberships.map((m) => m.programId))).map((p) => [p.programId, p.name]),
  );
  const programs = await Promise.all(memberships.map((m) => programData(m, names.get(m.programId) ?? '')));
  // Each program's log says a member took their data out (a read: no transaction to join).
  const entries = await memberAuditEntries(
    user.id,
    { type: 'account.exported', summary: 'A member downloaded their own data' },
    memberships,
  );
  await Promise.all(entries.map(putAuditEntry));
  return {
    exportedAt: nowIso(),
    user: { id: user.id, email: user.email, ...(user.name ? { name: user.name } : {}) },
    profile,
    programs,
    notifications: notifications.map(({ email: _email, ...shown }) => shown),
    notificationPreferences: preferenceList(preferences).preferences,
    ...(lastReadId ? { notificationsReadUpTo: lastReadId } : {}),
    invitations,
    notes: NOTES,
  };
}

import { newAuditEntry } from '../audit/audit.service.ts';
import { auditPut } from '../audit/audit.store.ts';
import { nowIso } from '../ids.ts';
import type { TransactItem } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { timeLeftMs } from '../platform/request-context.ts';
import { findLedgerEntry } from '../points/stats.store.ts';
import { STAFF_ROLES } from '../programs/membership.schema.ts';
import { findMembership, listStaff } from '../programs/membership.store.ts';
import type { Erasure } from './erasure.schema.ts';
import { listErasuresDue, putErasure } from './erasure.store.ts';
import {
  accountItemDeletes,
  deviceDeletes,
  listCommissionsOf,
  listSubmissionsOf,
  membershipPseudonymised,
  monthlyReportsPseudonymised,
  namedNotificationsPseudonymised,
  payoutDetailsDelete,
  payoutItemsPseudonymised,
  payoutsPseudonymised,
  recruitLinePseudonymised,
  redemptionsPseudonymised,
  statsPseudonymised,
  submissionDeletes,
  writeInBatches,
} from './personal-data.store.ts';

/** Time an erasure run leaves itself before the invocation's deadline: one more batch fits. */
export const ERASURE_RESERVE_MS = 3000;

/** Whether a run may start another batch: outside an invocation (scripts, tests) always. */
export const withinDeadline = () => timeLeftMs() > ERASURE_RESERVE_MS;

/**
 * Erases what one program holds about the person, and keeps their books under the pseudonym.
 * The membership is written last: until then a resumed run still reads the name it replaces.
 * @returns false when `more` stopped it first.
 */
async function eraseInProgram(erasure: Erasure, programId: string, more: () => boolean): Promise<boolean> {
  const { userId, pseudonym } = erasure;
  const membership = await findMembership(programId, userId);
  if (!membership || membership.erasedAt) return true;

  const submissions = await listSubmissionsOf(programId, userId);
  const posts: TransactItem[] = [];
  for (const submission of submissions) {
    if (!more()) return false;
    posts.push(...(await submissionDeletes(submission)));
    if (posts.length >= 100 && !(await writeInBatches(posts.splice(0, posts.length), more))) return false;
  }
  if (!(await writeInBatches(posts, more))) return false;

  const [staff, commissions, recruitLine] = await Promise.all([
    listStaff(programId, STAFF_ROLES),
    listCommissionsOf(programId, userId),
    membership.recruitedBy
      ? findLedgerEntry(programId, membership.recruitedBy, `recruit:${userId}`)
      : Promise.resolve(undefined),
  ]);
  const recipients = [
    ...staff.map((s) => s.userId),
    ...(membership.recruitedBy ? [membership.recruitedBy] : []),
  ];
  const payoutIds = [...new Set(commissions.flatMap((c) => (c.payoutId ? [c.payoutId] : [])))];
  const paid = new Set(commissions.flatMap((c) => (c.payoutId && c.state === 'paid' ? [c.payoutId] : [])));
  const [named, stats, redemptions, payouts, reports, devices] = await Promise.all([
    namedNotificationsPseudonymised(
      [...new Set(recipients)],
      programId,
      userId,
      membership.displayName,
      pseudonym,
    ),
    statsPseudonymised(programId, userId, pseudonym),
    redemptionsPseudonymised(programId, userId, pseudonym),
    payoutsPseudonymised(programId, userId, pseudonym),
    monthlyReportsPseudonymised(programId, userId, pseudonym),
    deviceDeletes(programId, userId),
  ]);
  const books: TransactItem[] = [
    ...named,
    ...(recruitLine && membership.recruitedBy
      ? [recruitLinePseudonymised(programId, membership.recruitedBy, userId, pseudonym)]
      : []),
    ...stats,
    ...redemptions,
    ...payoutItemsPseudonymised(programId, userId, payoutIds, paid, pseudonym),
    ...payouts,
    ...reports,
    ...devices,
    payoutDetailsDelete(programId, userId),
  ];
  if (!(await writeInBatches(books, more))) return false;
  // The log's entry goes with the membership's erasure: once, since an erased one is skipped above.
  const at = nowIso();
  const deleted = newAuditEntry(
    { user: { id: userId }, role: membership.role, program: { programId } },
    {
      type: 'account.deleted',
      target: { kind: 'member', id: userId },
      summary: `A member deleted their account; the books name them ${pseudonym}`,
      values: { pseudonym },
    },
    at,
  );
  return writeInBatches([...membershipPseudonymised(membership, pseudonym, at), auditPut(deleted)], more);
}

/**
 * Runs an erasure as far as `more` lets it: the person's own items (notifications, profile,
 * public page settings, notification preferences), then each program in turn. Every step reads afresh and is safe to repeat, so a run cut short (the request's time,
 * a failure) is finished by the next one; the last marks the erasure `erased`.
 * @returns the erasure as it stands after the run.
 */
export async function runErasure(erasure: Erasure, more: () => boolean = withinDeadline): Promise<Erasure> {
  const current: Erasure = { ...erasure, runs: erasure.runs + 1 };
  let done = await writeInBatches(await accountItemDeletes(erasure.userId), more);
  for (const programId of erasure.programIds) {
    if (!done) break;
    done = await eraseInProgram(current, programId, more);
  }
  // A notification written meanwhile (a late sale's) goes too.
  if (done) done = await writeInBatches(await accountItemDeletes(erasure.userId), more);
  const next: Erasure = done ? { ...current, status: 'erased', erasedAt: nowIso() } : current;
  await putErasure(next);
  log.info('erasure run', { userId: erasure.userId, status: next.status, runs: next.runs });
  return next;
}

/**
 * The scheduler's part: finishes the erasures that their request could not, oldest first,
 * while the invocation has time. A failing one is logged and left for the next tick.
 * @returns how many it finished.
 */
export async function continueErasures(now: string = nowIso()): Promise<number> {
  let finished = 0;
  for (const erasure of await listErasuresDue(now, 10)) {
    if (!withinDeadline()) break;
    try {
      if ((await runErasure(erasure)).status === 'erased') finished += 1;
    } catch (error) {
      log.error('erasure run failed', { userId: erasure.userId, error });
    }
  }
  return finished;
}

import { AppError, conflict } from '../errors.ts';
import { noticeText } from '../i18n/notice-text.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertManager, loadProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import type { Membership } from '../programs/membership.schema.ts';
import { rotateReferralCodeItems } from '../programs/membership.store.ts';
import { listTrackedLinks, newTrackedLinkItem } from '../referrals/referral-code.store.ts';
import { getAmbassadorToActOn } from './ambassador-record.ts';
import { generateReferralCode } from './referral-code.ts';

const DAY_MS = 86_400_000;
const CODE_ATTEMPTS = 8;
/** The history kept on the membership; older codes keep their items (and their orders) all the same. */
const HISTORY_KEPT = 50;
/** One transaction holds the rotation's four items and the copied links. */
const LINKS_COPIED = 90;
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * Gives an approved ambassador a new referral code (managers), say after theirs leaked to a
 * coupon site. In one transaction: the new code's item, `retiresAt` (now + `graceDays`) on the
 * old code's item, the membership with the new code and the old one in `codeHistory`, the
 * ambassador's tracked links copied to the new code (up to 90), and a notification telling
 * them the new code. Until `retiresAt` the old code still attributes; after it, nothing new.
 * Orders keep the code they were attributed to, so reports of old orders do not change.
 * @throws AppError `forbidden`, `not_found`, `conflict` (not approved, deleted, or changed meanwhile).
 */
export async function rotateReferralCode(
  user: AuthUser,
  programId: string,
  ambassadorId: string,
  input: { graceDays: number },
): Promise<Membership> {
  assertManager(await loadProgramAccess(user, programId));
  const current = await getAmbassadorToActOn(programId, ambassadorId);
  const previousCode = current.referralCode;
  if (current.status !== 'approved' || !previousCode) {
    throw conflict('Only an approved ambassador’s code can be rotated', { status: current.status });
  }
  const now = nowIso();
  const retiresAt = new Date(Date.parse(now) + input.graceDays * DAY_MS).toISOString();
  const links = (await listTrackedLinks(previousCode)).slice(0, LINKS_COPIED);
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = generateReferralCode(current.displayName, randomBytes);
    if (code === previousCode) continue;
    const values = {
      code,
      previousCode,
      ends: input.graceDays === 0 ? 'now' : 'later',
      retiresUtc: retiresAt,
    };
    const next: Membership = {
      ...current,
      referralCode: code,
      updatedAt: now,
      codeHistory: [
        { code: previousCode, retiresAt, rotatedAt: now, rotatedBy: user.id },
        ...(current.codeHistory ?? []),
      ].slice(0, HISTORY_KEPT),
    };
    const outcome = await rotateReferralCodeItems({
      next,
      previousCode,
      retiresAt,
      alsoWrite: [
        notificationPut(
          newNotification({
            userId: ambassadorId,
            programId,
            type: 'referral_code_rotated',
            ...(await noticeText('referral_code_rotated', values, 'en')),
            values,
            link: `/programs/${programId}/earnings`,
            codeRotation: { code, previousCode, previousRetiresAt: retiresAt },
            email: current.email,
          }),
        ),
        ...links.map((link) =>
          newTrackedLinkItem({
            code,
            slug: link.slug,
            destination: link.destination,
            ...(link.challengeId ? { challengeId: link.challengeId } : {}),
            createdAt: now,
            programId,
            userId: ambassadorId,
          }),
        ),
      ],
    });
    if (outcome === 'ok') return next;
    if (outcome === 'status_changed') {
      throw conflict('The ambassador or their code changed meanwhile; read it and try again');
    }
  }
  throw new AppError('internal', 'Could not find a free referral code');
}

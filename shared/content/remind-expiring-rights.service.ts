import { listValues, noticeText } from '../i18n/notice-text.ts';
import { nowIso } from '../ids.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { transact } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { listStaff } from '../programs/membership.store.ts';
import { platformLabel } from '../submissions/post-url.ts';
import { findSubmission } from '../submissions/submission.store.ts';
import { listRightsRemindersDue, RIGHTS_REMINDER_DAYS, rightsReminderDone } from './rights.store.ts';
import { rightsStatus } from './rights-status.ts';

/** Team members told of one grant at most: one transaction holds the notifications and the reminder. */
const MAX_TOLD = 50;

/**
 * The scheduler's part: tells each program's owners, managers and brand users of grants on its
 * approved posts that end within {@link RIGHTS_REMINDER_DAYS} days, once per grant, up to
 * `limit` grants a run. The reminder leaves the queue in the transaction that writes the
 * notifications, so a second run (or two at once) tells nobody again. A grant revoked or
 * replaced meanwhile, or on a post that is not approved, leaves the queue untold.
 */
export async function remindExpiringRights(now: Date, limit = 100): Promise<{ reminded: number }> {
  let reminded = 0;
  for (const reminder of await listRightsRemindersDue(nowIso(now), limit)) {
    const { programId, submissionId } = reminder;
    const submission = await findSubmission(programId, submissionId);
    const grant = submission?.rightsGrant;
    const status = rightsStatus(grant, now);
    const tell =
      submission?.status === 'approved' &&
      grant?.endsAt === reminder.endsAt &&
      (status === 'granted' || status === 'expiring');
    const staff = tell ? (await listStaff(programId, ['owner', 'manager', 'brand'])).slice(0, MAX_TOLD) : [];
    const values = {
      author: submission?.authorName ?? '',
      platform: platformLabel(submission?.platform ?? 'other'),
      endsDay: reminder.endsAt.slice(0, 10),
      ...listValues((grant?.scopes ?? []).map((scope) => ({ scope }))),
    };
    const text = await noticeText('rights_expiring', values, 'en');
    const written = await transact({
      reminder: rightsReminderDone(reminder),
      told: staff.map((member) =>
        notificationPut(
          newNotification({
            userId: member.userId,
            programId,
            type: 'rights_expiring',
            ...text,
            values,
            link: `/programs/${programId}/content?rights=expiring`,
            email: member.email,
          }),
        ),
      ),
    });
    if (written.ok) {
      if (tell) reminded++;
    } else log.info('rights reminder sent or changed meanwhile; skipped', { programId, submissionId });
  }
  return { reminded };
}

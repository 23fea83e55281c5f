import { noticeText } from '../i18n/notice-text.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { transact } from '../platform/db/transact.ts';
import { log } from '../platform/log.ts';
import { findMembership } from '../programs/membership.store.ts';
import { figuresDoneItem, listFiguresDue } from './figures-due.store.ts';
import { getPostWithMetrics } from './metrics-report.store.ts';

/**
 * The scheduler's part: a week after a post was approved, its author is asked once to add its
 * figures, unless they have already. Up to `limit` a run; the next runs take the rest.
 */
export async function remindFigures(now: Date, limit = 100): Promise<{ reminded: number }> {
  let reminded = 0;
  for (const { programId, submissionId } of await listFiguresDue(now.toISOString(), limit)) {
    const post = await getPostWithMetrics(programId, submissionId).catch(() => undefined);
    const waiting = post && post.metricsVersion === 0 && post.submission.status === 'approved';
    const member = waiting ? await findMembership(programId, post.submission.userId) : undefined;
    const written = await transact({
      done: figuresDoneItem(programId, submissionId),
      told:
        waiting && member
          ? notificationPut(
              newNotification({
                userId: post.submission.userId,
                programId,
                type: 'metrics_due',
                ...(await noticeText('metrics_due', {}, 'en')),
                values: {},
                link: `/programs/${programId}/posts/${submissionId}`,
                email: member.email,
              }),
            )
          : undefined,
    });
    if (written.ok && waiting && member) reminded++;
    else if (!written.ok) log.info('figures reminder not written; next run', { submissionId });
  }
  return { reminded };
}

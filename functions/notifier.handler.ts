import { notificationEmail, recipientTimeZone } from '#shared/notifications/email-message.ts';
import { sendEmail } from '#shared/notifications/mail-transport.ts';
import { NotificationSchema } from '#shared/notifications/notification.schema.ts';
import { channelFor, TRANSACTIONAL_TYPES } from '#shared/notifications/notification-preferences.schema.ts';
import { getPreferences } from '#shared/notifications/notification-state.store.ts';
import { signUnsubscribeToken } from '#shared/notifications/unsubscribe-token.ts';
import { env } from '#shared/platform/env.ts';
import { profileFor } from '#shared/profiles/profile.store.ts';
import { InvitationSchema } from '#shared/programs/invitation.schema.ts';
import { invitationEmail, invitationToSend } from '#shared/programs/invitation-email.ts';
import { findProgram } from '#shared/programs/program.store.ts';
import { createStreamHandler } from './streams/stream-handler.ts';

/**
 * Emails a copy of each new notification, from the table's stream: SES in AWS, the dev outbox
 * locally. Reading the stream (not the request) means a crash after the write loses no mail.
 * The recipient's preference for the type decides whether it goes (a transactional type always
 * does); the text links into the dashboard by its public URL, gives dates in the recipient's
 * zone (else the program's), and carries a one-click unsubscribe from the type. A new or
 * renewed team invitation is emailed too: its invitee may have no account, so no notification,
 * and no language of their own: it is written in the inviter's.
 */
export const handler = createStreamHandler('notifier', async (change) => {
  if (invitationToSend(change)) {
    const invitation = InvitationSchema.parse(change.newImage);
    const [program, inviter] = await Promise.all([
      findProgram(invitation.programId),
      profileFor(invitation.invitedBy),
    ]);
    if (program)
      await sendEmail(await invitationEmail(invitation, program, env.PUBLIC_URL, inviter.language));
    return;
  }
  if (change.eventName !== 'INSERT' || change.newImage?.entity !== 'notification') return;
  const notification = NotificationSchema.parse(change.newImage);
  if (!notification.email) return;
  const [preferences, program, profile] = await Promise.all([
    getPreferences(notification.userId),
    findProgram(notification.programId),
    profileFor(notification.userId),
  ]);
  if (channelFor(preferences, notification.type) !== 'email') return;
  const transactional = TRANSACTIONAL_TYPES.has(notification.type);
  await sendEmail(
    await notificationEmail(
      { ...notification, email: notification.email },
      {
        publicUrl: env.PUBLIC_URL,
        language: profile.language,
        timeZone: recipientTimeZone({ recipient: profile.timeZone, program: program?.timeZone }),
        unsubscribeToken: transactional
          ? undefined
          : await signUnsubscribeToken(notification.userId, notification.type),
      },
    ),
  );
});

import { sendEmail } from '#shared/notifications/mail-transport.ts';
import { NotificationSchema } from '#shared/notifications/notification.schema.ts';
import { createStreamHandler } from './streams/stream-handler.ts';

/**
 * Emails a copy of each new notification, from the table's stream: SES in AWS, the dev outbox
 * locally. Reading the stream (not the request) means a crash after the write loses no mail.
 */
export const handler = createStreamHandler('notifier', async (change) => {
  if (change.eventName !== 'INSERT' || change.newImage?.entity !== 'notification') return;
  const notification = NotificationSchema.parse(change.newImage);
  if (!notification.email) return;
  await sendEmail({
    to: notification.email,
    subject: notification.title,
    text: `${notification.body}\n\n${notification.link ? `Open: ${notification.link}\n` : ''}— Embassy`,
  });
});

import { appendFile } from 'node:fs/promises';
import { env } from '../platform/env.ts';
import { log } from '../platform/log.ts';
import { SDK_TIMEOUTS, sdkRequestHandler } from '../platform/timeout-ladder.ts';

export type Email = { to: string; subject: string; text: string };

/**
 * Sends one email the configured way: SES in AWS (the SDK loads only when used), appended to
 * the dev outbox file locally, or only logged when mail is off.
 * @throws Error when SES or the outbox write fails (the stream handler retries the record).
 */
export async function sendEmail(email: Email): Promise<void> {
  switch (env.MAIL_TRANSPORT) {
    case 'outbox': {
      const line = {
        to: email.to,
        kind: 'email',
        subject: email.subject,
        text: email.text,
        at: new Date().toISOString(),
      };
      if (env.MAIL_OUTBOX_FILE) await appendFile(env.MAIL_OUTBOX_FILE, `${JSON.stringify(line)}\n`);
      return;
    }
    case 'ses': {
      if (!env.MAIL_FROM) throw new Error('MAIL_FROM must be set to send email through SES');
      const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
      ses ??= new SESv2Client({
        region: env.AWS_REGION,
        maxAttempts: SDK_TIMEOUTS.maxAttempts,
        requestHandler: sdkRequestHandler(),
      });
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: env.MAIL_FROM,
          Destination: { ToAddresses: [email.to] },
          Content: { Simple: { Subject: { Data: email.subject }, Body: { Text: { Data: email.text } } } },
        }),
      );
      return;
    }
    case 'none':
      log.debug('email not sent (MAIL_TRANSPORT=none)', { subject: email.subject });
  }
}

let ses: import('@aws-sdk/client-sesv2').SESv2Client | undefined;

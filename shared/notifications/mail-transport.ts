import { appendFile } from 'node:fs/promises';
import { env } from '../platform/env.ts';
import { log } from '../platform/log.ts';
import { SDK_TIMEOUTS, sdkRequestHandler } from '../platform/timeout-ladder.ts';
import { SendPacer } from './send-pacer.ts';

export type Email = { to: string; subject: string; text: string; headers?: Record<string, string> };

/**
 * How many notifier containers may send at once: the table's stream shards each feed one
 * invocation at a time (parallelization factor 1), and a busy table has a few. Each container
 * paces itself to this share of the account's rate, so together they stay under it.
 */
export const NOTIFIER_SENDERS = 4;

/**
 * One container's rate: its share of the account's, but never under one a second (or the
 * account's rate, if lower), so a sandbox account (1 a second) still gets a batch out within the
 * timeout; if the containers then overshoot together, SES throttles and the adaptive retries
 * slow them down.
 */
export const shareOf = (maxSendRate: number) =>
  Math.max(maxSendRate / NOTIFIER_SENDERS, Math.min(maxSendRate, 1));

/**
 * Sends one email the configured way: SES in AWS (the SDK loads only when used), appended to
 * the dev outbox file locally (the same JSON lines the gateway's `/dev/outbox` serves), or only
 * logged when mail is off. SES sends are paced to the account's MaxSendRate (GetAccount, read
 * once per container) shared among {@link NOTIFIER_SENDERS}; a throttled send that still fails
 * after the SDK's adaptive retries fails the record, and the stream retries it.
 * @throws Error when SES or the outbox write fails (the stream handler retries the record).
 */
export async function sendEmail(email: Email): Promise<void> {
  switch (env.MAIL_TRANSPORT) {
    case 'outbox': {
      const line = {
        to: email.to.toLowerCase(),
        kind: 'email',
        subject: email.subject,
        text: email.text,
        headers: email.headers ?? {},
        at: new Date().toISOString(),
      };
      if (env.MAIL_OUTBOX_FILE) await appendFile(env.MAIL_OUTBOX_FILE, `${JSON.stringify(line)}\n`);
      return;
    }
    case 'ses': {
      if (!env.MAIL_FROM) throw new Error('MAIL_FROM must be set to send email through SES');
      const { SESv2Client, SendEmailCommand, GetAccountCommand } = await import('@aws-sdk/client-sesv2');
      ses ??= new SESv2Client({
        region: env.AWS_REGION,
        maxAttempts: SDK_TIMEOUTS.maxAttempts,
        // Client-side rate limiting once SES throttles: the SDK's token bucket slows the sends down.
        retryMode: 'adaptive',
        requestHandler: sdkRequestHandler(),
      });
      const client = ses;
      pacer ??= client
        .send(new GetAccountCommand({}))
        .then(({ SendQuota }) => new SendPacer(shareOf(SendQuota?.MaxSendRate ?? 1)))
        .catch((error: unknown) => {
          pacer = undefined;
          throw error;
        });
      await (await pacer).turn();
      const headers = Object.entries(email.headers ?? {}).map(([Name, Value]) => ({ Name, Value }));
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: env.MAIL_FROM,
          Destination: { ToAddresses: [email.to] },
          Content: {
            Simple: {
              Subject: { Data: email.subject },
              Body: { Text: { Data: email.text } },
              ...(headers.length > 0 ? { Headers: headers } : {}),
            },
          },
        }),
      );
      return;
    }
    case 'none':
      log.debug('email not sent (MAIL_TRANSPORT=none)', { subject: email.subject });
  }
}

let ses: import('@aws-sdk/client-sesv2').SESv2Client | undefined;
let pacer: Promise<SendPacer> | undefined;

import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Cognito code (sign-up, password reset) as cognito-local printed it. */
export type CodeMessage = { to: string; kind: 'confirmation_code'; code: string; at: string };
/** A notifier email, as shared/notifications/mail-transport.ts appends it. */
export type EmailMessage = {
  to: string;
  kind: 'email';
  subject: string;
  text: string;
  headers: Record<string, string>;
  at: string;
};
export type OutboxMessage = CodeMessage | EmailMessage;

/**
 * The dev outbox: what Cognito and SES would have emailed. Cognito's codes are read from
 * cognito-local's console and appended to a JSON-lines file; the notifier's mail transport
 * appends its emails to the same file (MAIL_OUTBOX_FILE). `/dev/outbox` serves the file, so a
 * developer or a test reads both in one place, and they outlive a restart.
 */
export class Outbox {
  private readonly codes: CodeMessage[] = [];
  private pending: { to?: string; code?: string } = {};

  constructor(private readonly file?: string) {}

  /** Reads cognito-local's console delivery box: `Destination: a@b.c` and `Code: 123456` lines. */
  readCognitoLog(lines: string[]): void {
    for (const raw of lines) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
      const destination = /(?:Destination|Username):\s+(\S+@\S+?)\s*(?:│|$)/.exec(line);
      const code = /Code:\s+(\d{4,8})\b/.exec(line);
      if (destination?.[1]) this.pending.to = destination[1].toLowerCase();
      if (code?.[1]) this.pending.code = code[1];
      if (this.pending.to && this.pending.code) {
        this.add({
          to: this.pending.to,
          kind: 'confirmation_code',
          code: this.pending.code,
          at: new Date().toISOString(),
        });
        this.pending = {};
      }
    }
  }

  /** Everything in the outbox, oldest first: the file's lines (codes and emails), else the codes in memory. */
  get messages(): OutboxMessage[] {
    if (!this.file) return [...this.codes];
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .flatMap((line) => {
        if (!line.trim()) return [];
        try {
          return [JSON.parse(line) as OutboxMessage];
        } catch {
          return []; // a line cut short by a crash
        }
      });
  }

  /**
   * `GET /dev/outbox[?to=email][&kind=email|confirmation_code]` on the local gateway: what would
   * have been emailed, newest first, each email with its subject, text and headers (the
   * List-Unsubscribe link among them). Local only.
   */
  readonly serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Confirmation codes are for the person at this machine, not for the local network.
    const from = req.socket.remoteAddress ?? '';
    if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(from)) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { code: 'forbidden', message: 'The dev outbox answers only on this machine' },
        }),
      );
      return;
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const to = query.get('to')?.trim().toLowerCase();
    const kind = query.get('kind')?.trim();
    const messages = this.messages
      .filter((m) => (!to || m.to.toLowerCase() === to) && (!kind || m.kind === kind))
      .reverse();
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ messages }, null, 2));
  };

  add(message: CodeMessage): void {
    this.codes.push(message);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(message)}\n`);
  }
}

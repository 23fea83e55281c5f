import { appendFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type OutboxMessage = { to: string; kind: 'confirmation_code'; code: string; at: string };

/**
 * The dev outbox: what Cognito (and later SES) would have emailed, kept in memory and
 * appended to a JSON-lines file, so a developer or a test can read the code.
 */
export class Outbox {
  readonly messages: OutboxMessage[] = [];
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

  /**
   * `GET /dev/outbox[?to=email]` on the local gateway: what would have been emailed, newest
   * first, so someone signing up locally can read their confirmation code. Local only.
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
    const to = new URL(req.url ?? '/', 'http://localhost').searchParams.get('to')?.trim().toLowerCase();
    const messages = this.messages.filter((m) => !to || m.to === to).reverse();
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ messages }, null, 2));
  };

  add(message: OutboxMessage): void {
    this.messages.push(message);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(message)}\n`);
  }
}

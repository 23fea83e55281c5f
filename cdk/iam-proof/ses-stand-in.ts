import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Credentials, signatureMatches } from '../../test/secrets-manager-stand-in.ts';

/** One email as the stand-in accepted it. */
export type SentEmail = { from: string; to: string[]; subject: string };

export type SesStandIn = { endpoint: string; sent: SentEmail[]; close: () => Promise<void> };

type SendEmailBody = {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[] };
  Content?: { Simple?: { Subject?: { Data?: string }; Body?: { Text?: { Data?: string } } } };
};

/**
 * A stand-in for SES v2's SendEmail (`POST /v2/email/outbound-emails`) and GetAccount
 * (`GET /v2/email/account`) on loopback, for the
 * notifier's bundle in the IAM proof: the project has no local SES, and the notifier's SES
 * client has no endpoint setting of its own (the SDK's `AWS_ENDPOINT_URL_SESV2` points it here).
 * Like SES it refuses a request whose SigV4 signature does not recompute, and one without a
 * sender, a recipient or content; it answers with a message id.
 */
export async function startSesStandIn(options: {
  region: string;
  credentials: Credentials;
}): Promise<SesStandIn> {
  const sent: SentEmail[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const answer = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (!(await signatureMatches(req, body, { service: 'ses', ...options })))
        return answer(403, { message: 'The request signature we calculated does not match' });
      // GetAccount: the sending quota the notifier paces its sends to (a production account's first figures).
      if (req.method === 'GET' && req.url === '/v2/email/account')
        return answer(200, {
          SendQuota: { Max24HourSend: 50_000, MaxSendRate: 14, SentLast24Hours: sent.length },
          SendingEnabled: true,
          ProductionAccessEnabled: false,
        });
      if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails')
        return answer(404, { message: `${req.method} ${req.url} is not SendEmail or GetAccount` });
      const email = JSON.parse(body || '{}') as SendEmailBody;
      const to = email.Destination?.ToAddresses ?? [];
      const subject = email.Content?.Simple?.Subject?.Data;
      if (!email.FromEmailAddress || to.length === 0 || !subject || !email.Content?.Simple?.Body?.Text?.Data)
        return answer(400, {
          message: 'BadRequestException: sender, recipient, subject and body are required',
        });
      sent.push({ from: email.FromEmailAddress, to, subject });
      answer(200, { MessageId: randomUUID() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { createHash, randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Credentials, signatureMatches } from '../../test/secrets-manager-stand-in.ts';

/** One message as the stand-in keeps it, until the event source mapping takes it. */
export type QueuedMessage = { messageId: string; body: string; md5OfBody: string; sentTimestamp: number };

export type SqsStandIn = {
  endpoint: string;
  /** The messages sent and not yet taken, by queue URL. */
  messages: Map<string, QueuedMessage[]>;
  close: () => Promise<void>;
};

type SendMessageEntry = { Id?: string; MessageBody?: string };
type SqsRequest = SendMessageEntry & { QueueUrl?: string; Entries?: SendMessageEntry[] };

/** SQS's limits on a batch (SendMessageBatch in the API reference). */
const MAX_BATCH_ENTRIES = 10;

const md5 = (body: string) => createHash('md5').update(body, 'utf8').digest('hex');

/**
 * A stand-in for SQS's SendMessage and SendMessageBatch on loopback, for the webhook sender's
 * bundle in the IAM proof: the project has no local SQS. It speaks the AWS JSON 1.0 protocol
 * the v3 SDK uses (`X-Amz-Target: AmazonSQS.SendMessageBatch`), and like SQS refuses a request
 * whose SigV4 signature does not recompute, a queue URL it does not know, and a batch that is
 * empty, too long or repeats an entry id. It answers with a message id and the MD5 of each body,
 * which the SDK checks against what it sent.
 */
export async function startSqsStandIn(options: {
  region: string;
  credentials: Credentials;
  /** The queues that exist, by URL. */
  queueUrls: readonly string[];
}): Promise<SqsStandIn> {
  const messages = new Map<string, QueuedMessage[]>(options.queueUrls.map((url) => [url, []]));
  const answer = (res: ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify(payload));
  };
  const refuse = (res: ServerResponse, status: number, type: string, message: string) =>
    answer(res, status, { __type: `com.amazonaws.sqs#${type}`, message });
  const enqueue = (queue: QueuedMessage[], body: string) => {
    const message = { messageId: randomUUID(), body, md5OfBody: md5(body), sentTimestamp: Date.now() };
    queue.push(message);
    return message;
  };

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      if (!(await signatureMatches(req, body, { service: 'sqs', ...options })))
        return answer(res, 403, {
          __type: 'com.amazon.coral.service#InvalidSignatureException',
          message: 'The request signature we calculated does not match the signature you provided.',
        });
      const target = String(req.headers['x-amz-target'] ?? '');
      const request = JSON.parse(body || '{}') as SqsRequest;
      const queue = messages.get(request.QueueUrl ?? '');
      if (target !== 'AmazonSQS.SendMessage' && target !== 'AmazonSQS.SendMessageBatch')
        return refuse(res, 400, 'UnsupportedOperation', `${target} is not SendMessage or SendMessageBatch`);
      if (!queue)
        return refuse(
          res,
          400,
          'QueueDoesNotExist',
          `The specified queue ${request.QueueUrl} does not exist.`,
        );
      if (target === 'AmazonSQS.SendMessage') {
        if (!request.MessageBody) return refuse(res, 400, 'MissingParameter', 'MessageBody is required');
        const sent = enqueue(queue, request.MessageBody);
        return answer(res, 200, { MessageId: sent.messageId, MD5OfMessageBody: sent.md5OfBody });
      }
      const entries = request.Entries ?? [];
      if (entries.length === 0)
        return refuse(res, 400, 'EmptyBatchRequest', 'The batch request does not contain any entries.');
      if (entries.length > MAX_BATCH_ENTRIES)
        return refuse(res, 400, 'TooManyEntriesInBatchRequest', `More than ${MAX_BATCH_ENTRIES} entries.`);
      if (new Set(entries.map((entry) => entry.Id)).size !== entries.length)
        return refuse(res, 400, 'BatchEntryIdsNotDistinct', 'Two or more entries have the same Id.');
      const successful: Array<{ Id: string; MessageId: string; MD5OfMessageBody: string }> = [];
      const failed: Array<{ Id: string; SenderFault: boolean; Code: string; Message: string }> = [];
      for (const entry of entries) {
        const id = entry.Id ?? '';
        if (!entry.MessageBody) {
          failed.push({
            Id: id,
            SenderFault: true,
            Code: 'MissingParameter',
            Message: 'MessageBody is required',
          });
          continue;
        }
        const sent = enqueue(queue, entry.MessageBody);
        successful.push({ Id: id, MessageId: sent.messageId, MD5OfMessageBody: sent.md5OfBody });
      }
      answer(res, 200, { Successful: successful, Failed: failed });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    messages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startQueueMapping } from './queue-mapping.ts';
import { type SqsStandIn, startSqsStandIn } from './sqs-stand-in.ts';
import { LOCAL_REGION, queueArnOf, queueUrl } from './template-model.ts';

const credentials = {
  accessKeyId: 'AKIDPROOF',
  secretAccessKey: 'proof-secret',
  sessionToken: 'proof-session',
};
const url = queueUrl('SenderQueue1234ABCD');
let standIn: SqsStandIn;

const client = (secretAccessKey = credentials.secretAccessKey) =>
  new SQSClient({
    region: LOCAL_REGION,
    endpoint: standIn.endpoint,
    credentials: { ...credentials, secretAccessKey },
  });

beforeAll(async () => {
  standIn = await startSqsStandIn({ region: LOCAL_REGION, credentials, queueUrls: [url] });
});

afterAll(async () => {
  await standIn?.close();
});

describe('the SQS stand-in, through the AWS SDK', () => {
  it('keeps a batch per queue URL and answers with the MD5 of each body, which the SDK checks', async () => {
    // Act
    const sent = await client().send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: [
          { Id: '0', MessageBody: '{"n":0}' },
          { Id: '1', MessageBody: 'ünïcode' },
        ],
      }),
    );
    const single = await client().send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'one' }));

    // Assess
    expect(sent.Successful?.map((entry) => entry.Id)).toEqual(['0', '1']);
    expect(sent.Failed ?? []).toEqual([]);
    expect(single.MessageId).toBeTruthy();
    expect(standIn.messages.get(url)?.map((message) => message.body)).toEqual(['{"n":0}', 'ünïcode', 'one']);
    standIn.messages.get(url)?.splice(0);
  });

  it('refuses a wrong signature, an unknown queue and a batch SQS refuses', async () => {
    const refusal = (send: Promise<unknown>) =>
      send.then(
        () => 'accepted',
        (error: Error) => error.name,
      );
    const entries = Array.from({ length: 11 }, (_, i) => ({ Id: String(i), MessageBody: 'x' }));

    expect(
      await Promise.all([
        refusal(client('wrong').send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' }))),
        refusal(client().send(new SendMessageCommand({ QueueUrl: queueUrl('Elsewhere'), MessageBody: 'x' }))),
        refusal(client().send(new SendMessageBatchCommand({ QueueUrl: url, Entries: entries }))),
        refusal(
          client().send(
            new SendMessageBatchCommand({
              QueueUrl: url,
              Entries: [
                { Id: 'a', MessageBody: 'x' },
                { Id: 'a', MessageBody: 'y' },
              ],
            }),
          ),
        ),
      ]),
    ).toEqual([
      'InvalidSignatureException',
      'QueueDoesNotExist',
      'TooManyEntriesInBatchRequest',
      'BatchEntryIdsNotDistinct',
    ]);
    expect(standIn.messages.get(url)).toEqual([]);
  });
});

describe('the queue event source mapping', () => {
  it('delivers in batches, keeps the failed messages for another receive and parks them after the last', async () => {
    // Prepare: five messages; the function fails "poison" every time and "flaky" on its first receive.
    const bodies = ['a', 'poison', 'flaky', 'b', 'c'];
    await client().send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })),
      }),
    );
    const events: SQSEvent[] = [];
    const mapping = startQueueMapping({
      messages: standIn.messages.get(url) ?? [],
      queueArn: queueArnOf(url) ?? '',
      source: {
        queueId: 'SenderQueue1234ABCD',
        batchSize: 2,
        reportBatchItemFailures: true,
        maxReceiveCount: 3,
      },
      region: LOCAL_REGION,
      senderId: 'proof',
      invoke: async (event) => {
        events.push(event);
        return {
          batchItemFailures: event.Records.filter(
            (r) =>
              r.body === 'poison' || (r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1'),
          ).map((r) => ({ itemIdentifier: r.messageId })),
        };
      },
    });

    // Act
    const received = [
      await mapping.deliverWaiting(),
      await mapping.deliverWaiting(),
      await mapping.deliverWaiting(),
      await mapping.deliverWaiting(),
    ];

    // Assess
    expect(received).toEqual([5, 2, 1, 0]);
    expect(events.map((event) => event.Records.map((r) => r.body))).toEqual([
      ['a', 'poison'],
      ['flaky', 'b'],
      ['c'],
      ['poison', 'flaky'],
      ['poison'],
    ]);
    expect([mapping.delivered(), mapping.parked()]).toEqual([4, 1]);
    const [first] = events[0]?.Records ?? [];
    expect(first).toMatchObject({
      body: 'a',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${LOCAL_REGION}:000000000000:SenderQueue1234ABCD`,
      awsRegion: LOCAL_REGION,
      md5OfBody: '0cc175b9c0f1b6a831c399e269772661',
    });
  });
});

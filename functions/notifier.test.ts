import { existsSync, readFileSync } from 'node:fs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newNotification, notificationItem } from '#shared/notifications/notification.store.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { env } from '#shared/platform/env.ts';
import { type StreamPoller, startStreamPoller } from '../local/stream-poller.ts';
import { services } from '../test/helpers.ts';
import { handler as notifier } from './notifier.handler.ts';
import { createStreamHandler } from './streams/stream-handler.ts';

let poller: StreamPoller;
const seen: string[] = [];
const poisonous = createStreamHandler('picky', async (change) => {
  const title = String(change.newImage?.title ?? '');
  if (title.includes('poison')) throw new Error('cannot digest');
  seen.push(title);
});

beforeAll(async () => {
  poller = await startStreamPoller({
    endpoint: services().dynamoEndpoint,
    tableName,
    consumers: [
      { name: 'notifier', handler: notifier as never, entities: ['notification'], events: ['INSERT'] },
      { name: 'picky', handler: poisonous as never, entities: ['notification'], events: ['INSERT'] },
    ],
    intervalMs: 50,
  });
});
afterAll(() => poller.stop());

const write = (title: string, email?: string) =>
  db.send(
    new PutCommand({
      TableName: tableName,
      Item: notificationItem(
        newNotification({
          userId: 'u-1',
          programId: 'p-1',
          type: 'submission_approved',
          title,
          body: 'Well done.',
          link: '/me',
          ...(email ? { email } : {}),
        }),
      ),
    }),
  );

describe('stream consumers against DynamoDB Local’s stream', () => {
  it('emails a copy of each new notification to the dev outbox', async () => {
    await write('Approved: your post', 'anna@example.com');
    await write('No address here');
    await poller.drain();
    const outbox = existsSync(env.MAIL_OUTBOX_FILE!)
      ? readFileSync(env.MAIL_OUTBOX_FILE!, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];
    expect(outbox).toEqual([
      expect.objectContaining({ to: 'anna@example.com', kind: 'email', subject: 'Approved: your post' }),
    ]);
  });

  it('parks and counts a poison record while its siblings succeed', async () => {
    await write('first');
    await write('poison pill');
    await write('last');
    await poller.drain();
    expect(seen).toEqual(expect.arrayContaining(['first', 'last']));
    expect(seen).not.toContain('poison pill');
    expect(poller.parked.get('picky')).toBe(1);
    expect(poller.parked.get('notifier')).toBeUndefined();
  });
});

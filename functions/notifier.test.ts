import { existsSync, readFileSync } from 'node:fs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newNotification, notificationItem } from '#shared/notifications/notification.store.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { env } from '#shared/platform/env.ts';
import { putProfileIfUnchanged } from '#shared/profiles/profile.store.ts';
import { type StreamPoller, startStreamPoller } from '../local/stream-poller.ts';
import { dynamoEndpoint } from '../test/helpers.ts';
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
    endpoint: dynamoEndpoint(),
    tableName,
    consumers: [
      { name: 'notifier', handler: notifier as never, entities: ['notification'], events: ['INSERT'] },
      { name: 'picky', handler: poisonous as never, entities: ['notification'], events: ['INSERT'] },
    ],
    intervalMs: 50,
  });
});
afterAll(() => poller.stop());

const outboxTo = (to: string): Array<{ to: string; text: string }> =>
  existsSync(env.MAIL_OUTBOX_FILE!)
    ? readFileSync(env.MAIL_OUTBOX_FILE!, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((mail) => mail.to === to)
    : [];

const write = (title: string, email?: string, userId = 'u-1', body = 'Well done.') =>
  db.send(
    new PutCommand({
      TableName: tableName,
      Item: notificationItem(
        newNotification({
          userId,
          programId: 'p-1',
          type: 'submission_approved',
          title,
          body,
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

  it('writes the dates of an email in the zone of the recipient’s profile', async () => {
    // Prepare: a profile in New York; the program (none here) would give UTC
    const ok = await putProfileIfUnchanged(
      { userId: 'u-ny', handles: {}, timeZone: 'America/New_York', version: 0 },
      0,
    );
    expect(ok).toBe(true);

    // Act
    await write('Approved', 'nina@example.com', 'u-ny', 'Approved at 2026-12-03T15:00:00.000Z.');
    await write('Approved', 'uma@example.com', 'u-utc', 'Approved at 2026-12-03T15:00:00.000Z.');
    await poller.drain();

    // Assess: 15:00 UTC is 10:00 in New York (EST, UTC−5 in December)
    const [nina] = outboxTo('nina@example.com');
    expect(nina?.text).toContain('10:00');
    expect(nina?.text).not.toContain('15:00');
    const [uma] = outboxTo('uma@example.com');
    expect(uma?.text).toContain('15:00 UTC');
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

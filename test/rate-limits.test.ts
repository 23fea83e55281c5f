import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../shared/platform/db/client.ts';
import { ENTITY, keys } from '../shared/platform/db/keys.ts';
import { RATE_LIMITS, windowAt } from '../shared/platform/limits/rate-limits.ts';
import { type Api, type ApiResponse, ok, startApi, type TestUser } from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/**
 * Per-member allowances (shared/platform/limits/rate-limits.ts) through the real handlers: the counter
 * moves in the same transaction as the action, so parallel requests cannot pass it and a
 * refused action uses up nothing.
 */
let api: Api;
let w: ProgramWorld;
let admin: TestUser;
let programId: string;

const HOURLY = RATE_LIMITS.submission[0].max;

const publishChallenge = async (title: string) =>
  (await w.challenge({ title, maxSubmissionsPerAmbassador: 20 })).challengeId;
let posts = 0;
const submit = (user: TestUser, challengeId: string, shortcode = `RL${++posts}x${Date.now().toString(36)}`) =>
  api.call(user, 'POST', `/api/programs/${programId}/challenges/${challengeId}/submissions`, {
    postUrl: `https://www.instagram.com/p/${shortcode}/`,
    platform: 'instagram',
    caption: '#ad',
  });
/** Parallel writes by one person can lose a transaction race (409 conflict): a client retries those. */
async function retryingConflicts(send: () => Promise<ApiResponse>): Promise<ApiResponse> {
  for (;;) {
    const response = await send();
    if (response.status !== 409 || !/same moment/.test(response.body?.error?.message ?? '')) return response;
  }
}
const counter = async (userId: string, action: string, window: 'hour' | 'day') => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.rateCounter(programId, userId, action, windowAt(window, new Date()).id),
      ConsistentRead: true,
    }),
  );
  return Item?.n as number | undefined;
};
/** Someone who has used up an allowance today (as if by earlier requests). */
const useUp = (userId: string, action: string, window: 'hour' | 'day', n: number) =>
  db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.rateCounter(programId, userId, action, windowAt(window, new Date()).id),
        entity: ENTITY.rateCounter,
        n,
      },
    }),
  );
/** Fixed windows: a test that counts within one hour waits out the last half minute of an hour. */
async function awayFromTheHour() {
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}
const expectRateLimited = (response: ApiResponse, window: 'hour' | 'day', limit: number) => {
  expect(response.status, JSON.stringify(response.body)).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(window === 'hour' ? 3600 : 86_400);
  expect(response.body).toEqual({
    error: {
      code: 'rate_limited',
      message: expect.stringContaining(`${limit}`),
      details: expect.objectContaining({ limit, window, retryAfterSeconds: retryAfter }),
      requestId: expect.any(String),
    },
  });
};

beforeAll(async () => {
  api = await startApi();
  w = await world(api).program();
  ({ admin, programId } = w);
});
afterAll(() => api.close());

describe('per-ambassador submission limits', () => {
  it(`lets parallel submissions through up to ${HOURLY} an hour, refuses the rest with 429 and Retry-After, and counts a refused one nowhere`, async () => {
    // Prepare: one accepted post, and one refused as a duplicate (it must use up nothing).
    await awayFromTheHour();
    const { user: anna } = await w.ambassador('anna');
    const [first, second] = [await publishChallenge('One'), await publishChallenge('Two')];
    ok(await submit(anna, first, 'RLDUP'), 201);
    expect((await submit(anna, second, 'RLDUP')).status).toBe(409);

    // Act: thirteen more at once, spread over two challenges.
    const results = await Promise.all(
      Array.from({ length: 13 }, (_, i) => retryingConflicts(() => submit(anna, i % 2 ? first : second))),
    );

    // Assess: exactly the hourly allowance got in, the rest were told when to come back.
    expect(results.filter((r) => r.status === 201)).toHaveLength(HOURLY - 1);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(13 - (HOURLY - 1));
    for (const response of refused) expectRateLimited(response, 'hour', HOURLY);
    const mine = ok(await api.call(anna, 'GET', `/api/programs/${programId}/submissions?limit=100`));
    expect(mine.items).toHaveLength(HOURLY);
    expect(await counter(anna.id, 'submission', 'hour')).toBe(HOURLY);
    expect(await counter(anna.id, 'submission', 'day')).toBe(HOURLY);
    // Other ambassadors have their own allowance.
    const { user: ben } = await w.ambassador('ben');
    ok(await submit(ben, first), 201);
  }, 90_000); // It may first wait out an hour's last half minute (awayFromTheHour).

  it('refuses a submission past the daily allowance until the next UTC day', async () => {
    const { user: cleo } = await w.ambassador('cleo');
    const challenge = await publishChallenge('Daily');
    await useUp(cleo.id, 'submission', 'day', RATE_LIMITS.submission[1].max);

    const response = await submit(cleo, challenge);

    expectRateLimited(response, 'day', RATE_LIMITS.submission[1].max);
    const mine = ok(await api.call(cleo, 'GET', `/api/programs/${programId}/submissions`));
    expect(mine.items).toEqual([]);
    expect(await counter(cleo.id, 'submission', 'hour')).toBeUndefined();
  });
});

describe('kudos and tracked-link limits', () => {
  it('counts kudos per giver per day and refuses one past the allowance, changing nothing', async () => {
    // Prepare: an approved post by Dana; Eli gives kudos once, then has used up the day.
    const { user: dana } = await w.ambassador('dana');
    const { user: eli } = await w.ambassador('eli');
    const challenge = await publishChallenge('Kudos');
    const post = async () => {
      const { submissionId } = ok(await submit(dana, challenge), 201).submission;
      ok(
        await api.call(admin, 'POST', `/api/programs/${programId}/submissions/${submissionId}/review`, {
          decision: 'approve',
          version: 1,
        }),
      );
      return submissionId as string;
    };
    const [liked, later] = [await post(), await post()];
    const kudos = (id: string) => api.call(eli, 'POST', `/api/programs/${programId}/submissions/${id}/kudos`);
    expect(ok(await kudos(liked), 201)).toEqual({ kudos: 1 });
    expect(await counter(eli.id, 'kudos', 'day')).toBe(1);
    await useUp(eli.id, 'kudos', 'day', RATE_LIMITS.kudos[0].max);

    // Act
    const response = await kudos(later);

    // Assess
    expectRateLimited(response, 'day', RATE_LIMITS.kudos[0].max);
    const read = ok(await api.call(dana, 'GET', `/api/programs/${programId}/submissions/${later}`));
    expect(read.kudos).toBe(0);
    expect(await counter(eli.id, 'kudos', 'day')).toBe(RATE_LIMITS.kudos[0].max);
  });

  it('refuses a new tracked link past the daily allowance and stores none', async () => {
    const { user: fay } = await w.ambassador('fay');
    const link = (slug: string) =>
      api.call(fay, 'POST', `/api/programs/${programId}/links`, {
        destination: 'https://example.com/fiesta/colours',
        slug,
      });
    ok(await link('first'), 201);
    expect(await counter(fay.id, 'trackedLink', 'day')).toBe(1);
    await useUp(fay.id, 'trackedLink', 'day', RATE_LIMITS.trackedLink[0].max);

    expectRateLimited(await link('second'), 'day', RATE_LIMITS.trackedLink[0].max);
    // A taken slug is still a 409, not a use of the allowance.
    expect((await link('first')).status).toBe(409);
    const listed = ok(await api.call(fay, 'GET', `/api/programs/${programId}/links`));
    expect(listed.links.map((l: { slug: string }) => l.slug)).toEqual(['first']);
  });
});

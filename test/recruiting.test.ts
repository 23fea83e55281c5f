import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import {
  type Api,
  createUser,
  eventually,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/** Refer-a-friend for the program itself: invite link, recorded recruiter, points once on approval. */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let admin: TestUser;
let anna: TestUser;
let programId: string;
let slug: string;
let code: string;

const progressOf = async (user: TestUser) =>
  ok(await api.call(user, 'GET', '/api/me')).memberships.find(
    (m: { programId: string }) => m.programId === programId,
  ).progress;

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers();
  w = await world(api).program({ pointsPerRecruit: 150 });
  ({ admin, programId, slug } = w);
  ({ user: anna, code } = await w.ambassador('anna'));
});
afterAll(async () => {
  await poller.stop();
  await api.close();
});

describe('recruiting through an invite link', () => {
  it('shows the application page to anyone, naming who invited them', async () => {
    const page = ok(
      await api.call(undefined, 'GET', `/api/public/programs/${slug}?ref=${code.toLowerCase()}`),
    );
    expect(page.program).toMatchObject({ programId, slug });
    expect(page.program).not.toHaveProperty('landingUrl');
    expect(page.invitedBy).toEqual({ displayName: expect.any(String), ref: code });
    const stale = ok(await api.call(undefined, 'GET', `/api/public/programs/${slug}?ref=NOPE-0000`));
    expect(stale.invitedBy).toBeUndefined();
    expect((await api.call(undefined, 'GET', '/api/public/programs/no-such-program')).status).toBe(404);
  });

  it('records the recruiter, and pays them once when the recruit is approved', async () => {
    const carl = await createUser({ name: 'carl' });
    const applied = await w.apply(carl, { ref: code });
    expect(applied).toMatchObject({ recruitedBy: anna.id, recruitedVia: code });
    const dora = await createUser({ name: 'dora' });
    const unreferred = await w.apply(dora, { ref: 'NOPE-0000' });
    expect(unreferred.recruitedBy).toBeUndefined();

    const before = await progressOf(anna);
    const approve = (user: TestUser) =>
      api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${user.id}/decision`, {
        decision: 'approve',
      });
    ok(await approve(carl));
    ok(await approve(dora));
    // Suspension and reinstatement move carl through approved again: no second award.
    ok(await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${carl.id}/suspend`, {}));
    ok(await api.call(admin, 'POST', `/api/programs/${programId}/ambassadors/${carl.id}/reinstate`, {}));
    await poller.drain();
    const after = await eventually(
      () => progressOf(anna),
      (p) => p.recruits === 1,
    );
    expect(after.points - before.points).toBe(150);
    expect(after.recruits).toBe(1);
    const ledger = ok(
      await api.call(anna, 'GET', `/api/programs/${programId}/ambassadors/${anna.id}/ledger`),
    );
    expect(ledger.entries.find((e: { source: string }) => e.source === `recruit:${carl.id}`)).toMatchObject({
      code: 'recruit',
      values: { name: expect.any(String) },
    });
  });
});

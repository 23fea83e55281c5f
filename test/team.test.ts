import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamPoller } from '../local/stream-poller.ts';
import {
  type Api,
  createUser,
  mailTo,
  ok,
  startApi,
  startStreamConsumers,
  type TestUser,
} from './helpers.ts';
import { type ProgramWorld, world } from './world.ts';

/**
 * The program's team (issue 17 §2), through the real handlers on DynamoDB Local: the owner
 * invites, lists, changes roles, removes and hands over; a removed member's next call is refused;
 * a program always keeps an owner; and every change is in the audit log once.
 */
let api: Api;
let poller: StreamPoller;
let w: ProgramWorld;
let owner: TestUser;

type Member = { userId: string; email: string; role: string };
type Entry = { auditId: string; type: string; actorId: string; target: { kind: string; id: string } };

const team = async (who: TestUser) =>
  ok(await api.call(who, 'GET', `/api/programs/${w.programId}/members`)).items as Member[];
const audit = async (who: TestUser, query = '') =>
  ok(await api.call(who, 'GET', `/api/programs/${w.programId}/audit${query}`)).items as Entry[];
const invite = (email: string, role: 'manager' | 'brand', by = owner) =>
  api.call(by, 'POST', `/api/programs/${w.programId}/invitations`, { email, role });
const accept = (who: TestUser) => api.call(who, 'POST', `/api/programs/${w.programId}/invitations/accept`);

beforeAll(async () => {
  api = await startApi();
  poller = await startStreamConsumers(['notifier']);
  // The owner is a plain user who made the program: an admin would pass every check anyway.
  owner = await createUser({ name: 'owner' });
  const admin = await createUser({ admin: true });
  w = await world(api).program({ name: 'Team Program' }, { owner: admin });
  ok(await invite(owner.email, 'manager', admin), 201);
  ok(await accept(owner), 201);
  ok(await api.call(admin, 'POST', `/api/programs/${w.programId}/ownership`, { userId: owner.id }), 200);
});
afterAll(async () => {
  await poller?.stop();
  await api?.close();
});

describe('the team', () => {
  it('is invited by the owner, joins, is listed, and a removed member is refused at once', async () => {
    // Prepare
    const mia = await createUser({ name: 'mia' });
    // Act
    ok(await invite(mia.email, 'manager'), 201);
    const pending = ok(await api.call(owner, 'GET', `/api/programs/${w.programId}/invitations`)).items;
    ok(await accept(mia), 201);
    const listed = await team(owner);
    const before = await api.call(mia, 'GET', `/api/programs/${w.programId}/ambassadors`);
    const removed = await api.call(owner, 'DELETE', `/api/programs/${w.programId}/members/${mia.id}`);
    const after = await api.call(mia, 'GET', `/api/programs/${w.programId}/ambassadors`);
    // Assess
    expect(pending).toEqual([expect.objectContaining({ email: mia.email.toLowerCase(), role: 'manager' })]);
    expect(listed.map((m) => [m.email, m.role])).toEqual(
      expect.arrayContaining([
        [owner.email.toLowerCase(), 'owner'],
        [mia.email.toLowerCase(), 'manager'],
      ]),
    );
    expect(before.status).toBe(200);
    expect(removed.status).toBe(204);
    expect(after.status).toBe(403);
    expect((await team(owner)).some((m) => m.userId === mia.id)).toBe(false);
    const told = ok(await api.call(mia, 'GET', '/api/me/notifications?limit=20')).items as Array<{
      type: string;
    }>;
    expect(told.map((n) => n.type)).toContain('team_removed');
    await poller.drain();
    const mails = mailTo(mia.email);
    expect(mails.map((m) => m.subject)).toEqual([
      "You're invited to the Team Program team",
      'You are no longer on the Team Program team',
    ]);
    expect(mails[0]?.text).toMatch(/as a manager/);
    expect(mails[0]?.text).toMatch(/Open: https?:\/\/[^/\s]+\/\n/);
    // Both are transactional: no unsubscribe link.
    expect(mails.every((m) => !m.headers['List-Unsubscribe'])).toBe(true);
  });

  it('emails an invitation to someone with no account yet, and again when it is renewed', async () => {
    // Prepare
    const email = `newcomer-${Date.now()}@test.embassy`;
    // Act
    ok(await invite(email, 'brand'), 201);
    await poller.drain();
    const first = mailTo(email).length;
    ok(await invite(email, 'brand'), 201);
    await poller.drain();
    // Assess
    expect(first).toBe(1);
    expect(mailTo(email).map((m) => m.subject)).toEqual([
      "You're invited to the Team Program team",
      "You're invited to the Team Program team",
    ]);
    expect(mailTo(email)[0]?.text).toContain('as a brand user');
  });

  it('keeps an owner: the last one can neither leave nor be demoted, and hands over instead', async () => {
    // Prepare
    const noah = await createUser({ name: 'noah' });
    ok(await invite(noah.email, 'manager'), 201);
    ok(await accept(noah), 201);
    // Act
    const removeSelf = await api.call(owner, 'DELETE', `/api/programs/${w.programId}/members/${owner.id}`);
    const demoteSelf = await api.call(owner, 'PATCH', `/api/programs/${w.programId}/members/${owner.id}`, {
      role: 'manager',
    });
    const byManager = await api.call(noah, 'DELETE', `/api/programs/${w.programId}/members/${owner.id}`);
    const handed = await api.call(owner, 'POST', `/api/programs/${w.programId}/ownership`, {
      userId: noah.id,
    });
    const roles = Object.fromEntries((await team(noah)).map((m) => [m.userId, m.role]));
    const back = await api.call(noah, 'POST', `/api/programs/${w.programId}/ownership`, { userId: owner.id });
    // Assess
    expect(removeSelf.status).toBe(409);
    expect(removeSelf.body.error.details).toEqual({ reason: 'last_owner' });
    expect(demoteSelf.status).toBe(409);
    expect(byManager.status).toBe(403);
    expect(handed.status).toBe(200);
    expect(roles).toMatchObject({ [noah.id]: 'owner', [owner.id]: 'manager' });
    expect(back.status).toBe(200);
  });

  it('changes a role and revokes an invitation, refusing what is not there', async () => {
    // Prepare
    const ola = await createUser({ name: 'ola' });
    ok(await invite(ola.email, 'brand'), 201);
    ok(await accept(ola), 201);
    const gone = `gone-${Date.now()}@test.embassy`;
    ok(await invite(gone, 'manager'), 201);
    // Act
    const changed = await api.call(owner, 'PATCH', `/api/programs/${w.programId}/members/${ola.id}`, {
      role: 'manager',
    });
    const revoke = () =>
      api.call(owner, 'POST', `/api/programs/${w.programId}/invitations/revoke`, { email: gone });
    const revoked = await revoke();
    const again = await revoke();
    const nobody = await api.call(owner, 'PATCH', `/api/programs/${w.programId}/members/nobody`, {
      role: 'manager',
    });
    const badRole = await api.call(owner, 'PATCH', `/api/programs/${w.programId}/members/${ola.id}`, {
      role: 'ambassador',
    });
    // Assess
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('manager');
    expect(revoked.status).toBe(204);
    expect(again.status).toBe(404);
    expect(nobody.status).toBe(404);
    expect(badRole.status).toBe(422);
    const invitations = ok(await api.call(owner, 'GET', `/api/programs/${w.programId}/invitations`)).items;
    expect(invitations.some((i: { email: string }) => i.email === gone)).toBe(false);
  });
});

describe('the audit log', () => {
  it('has each team change once, by whom, filtered by type and actor', async () => {
    // Act
    const entries = await audit(owner, '?limit=100');
    const removals = await audit(owner, '?type=member.removed');
    const mine = await audit(owner, `?actor=${owner.id}&limit=100`);
    // Assess
    const count = (type: string) => entries.filter((e) => e.type === type).length;
    expect(count('member.invited')).toBe(7);
    expect(count('application.approved')).toBe(0);
    expect(count('member.joined')).toBe(4);
    expect(count('member.removed')).toBe(1);
    expect(count('member.role_changed')).toBe(1);
    expect(count('invitation.revoked')).toBe(1);
    expect(count('ownership.transferred')).toBe(3);
    expect(new Set(entries.map((e) => e.auditId)).size).toBe(entries.length);
    expect(removals.map((e) => e.type)).toEqual(['member.removed']);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actorId === owner.id)).toBe(true);
  });

  it('has each of the team’s decisions once: applications, suspensions, posts, settings, points, downloads', async () => {
    // Prepare
    const program = `/api/programs/${w.programId}`;
    const ana = await createUser({ name: 'ana' });
    const ben = await createUser({ name: 'ben' });
    await w.apply(ana);
    await w.apply(ben);
    // Act
    await w.approve(ana, owner);
    ok(
      await api.call(owner, 'POST', `${program}/ambassadors/${ben.id}/decision`, {
        decision: 'reject',
        reason: 'Not yet',
      }),
    );
    ok(await api.call(owner, 'POST', `${program}/ambassadors/${ana.id}/suspend`, { reason: 'Paused' }));
    ok(await api.call(owner, 'POST', `${program}/ambassadors/${ana.id}/reinstate`, {}));
    const { challengeId } = await w.challenge({ title: 'Audit me', points: 10 }, owner);
    const { submissionId } = await w.post(ana, challengeId);
    ok(
      await api.call(owner, 'POST', `${program}/submissions/${submissionId}/review`, {
        decision: 'approve',
        version: 1,
      }),
    );
    ok(await api.call(owner, 'PATCH', program, { description: 'Audited', pointsPerSale: 7 }));
    ok(
      await api.call(owner, 'POST', `${program}/ambassadors/${ana.id}/points-adjustments`, {
        points: 5,
        reason: 'Thanks',
      }),
      201,
    );
    const day = new Date().toISOString().slice(0, 10);
    const csv = await api.call(owner, 'GET', `${program}/reports/referrals?from=${day}&to=${day}&format=csv`);
    const entries = await audit(owner, '?limit=100');
    // Assess
    expect(csv.status).toBe(200);
    const of = (type: string) => entries.filter((e) => e.type === type);
    for (const type of [
      'application.approved',
      'application.rejected',
      'ambassador.suspended',
      'ambassador.reinstated',
      'submission.approved',
      'program.updated',
      'points.adjusted',
      'export.downloaded',
    ])
      expect(of(type), type).toHaveLength(1);
    expect(of('application.rejected')[0]).toMatchObject({ target: { kind: 'ambassador', id: ben.id } });
    expect((of('program.updated')[0] as Entry & { changes: unknown[] }).changes).toEqual([
      { field: 'description', before: expect.any(String), after: 'Audited' },
      { field: 'pointsPerSale', before: expect.any(Number), after: 7 },
    ]);
    // What the ambassador did herself (her post) is hers, not the team's: not in the log.
    expect(entries.some((e) => e.actorId === ana.id)).toBe(false);
  });

  it('is for the team only, and refuses a reversed range', async () => {
    // Prepare
    const stranger = await createUser({ name: 'stranger' });
    // Act
    const refused = await api.call(stranger, 'GET', `/api/programs/${w.programId}/audit`);
    const reversed = await api.call(
      owner,
      'GET',
      `/api/programs/${w.programId}/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
    );
    // Assess
    expect(refused.status).toBe(403);
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.body.error.details.issues)).toContain('to must not be before from');
  });
});

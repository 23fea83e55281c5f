import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../local/cognito-users.ts';
import {
  type Api,
  confirmationCodeFor,
  createUser,
  programInput,
  services,
  startApi,
  validApplication,
} from './helpers.ts';

let api: Api;

/** Signs up as the dashboard does (through `/cognito` on the same origin), confirms by code, signs in. */
async function selfSignUp(email: string): Promise<string> {
  const client = new CognitoIdentityProviderClient({
    endpoint: `${api.url}/cognito`,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const password = 'Newcomer-pass-1';
  await client.send(
    new SignUpCommand({ ClientId: services().clientId, Username: email, Password: password }),
  );
  let code: string | undefined;
  for (let i = 0; i < 50 && !code; i++) {
    code = confirmationCodeFor(email);
    if (!code) await new Promise((r) => setTimeout(r, 100));
  }
  expect(code).toMatch(/^\d{4,8}$/);
  await client.send(
    new ConfirmSignUpCommand({ ClientId: services().clientId, Username: email, ConfirmationCode: code }),
  );
  return (await signIn(client, services().clientId, email, password)).idToken;
}

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('an ambassador walks the whole slice over HTTP with real tokens', () => {
  it('signs up, confirms by emailed code, signs in, applies, is approved and reads their referral code', async () => {
    // Prepare: a program run by an admin.
    const admin = await createUser({ admin: true });
    const program = (await api.call(admin, 'POST', '/api/programs', programInput())).body;

    // Act: self sign-up through the gateway's Cognito endpoint, the code from the (dev) outbox.
    const email = `newcomer-${Date.now()}@test.embassy`;
    const idToken = await selfSignUp(email);
    const me = { email, id: '', token: idToken };

    const publicView = await api.call(me, 'GET', `/api/programs/${program.programId}`);
    const applied = await api.call(me, 'POST', `/api/programs/${program.programId}/applications`, {
      ...validApplication(),
      displayName: 'Nina Newcomer',
    });
    me.id = applied.body.userId;
    const queue = await api.call(
      admin,
      'GET',
      `/api/programs/${program.programId}/ambassadors?status=pending`,
    );
    const decided = await api.call(
      admin,
      'POST',
      `/api/programs/${program.programId}/ambassadors/${me.id}/decision`,
      {
        decision: 'approve',
      },
    );
    const mine = await api.call(me, 'GET', '/api/me');
    const record = await api.call(me, 'GET', `/api/programs/${program.programId}/ambassadors/${me.id}`);
    const click = await api.call(undefined, 'GET', `/r/${decided.body.referralCode}`);

    // Assess
    expect(publicView.body.view).toBe('public');
    expect(applied.status).toBe(201);
    expect(queue.body.items.map((m: { userId: string }) => m.userId)).toContain(me.id);
    expect(decided.body.referralCode).toMatch(/^NINA[A-Z]{0,2}-[0-9A-Z]{4}$/);
    expect(mine.body.memberships).toEqual([
      expect.objectContaining({
        programId: program.programId,
        role: 'ambassador',
        status: 'approved',
        referralCode: decided.body.referralCode,
      }),
    ]);
    expect(record.body).toMatchObject({ status: 'approved', displayName: 'Nina Newcomer', email });
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toContain(`ref=${decided.body.referralCode}`);
  });

  it('lets a user who signed up themselves accept an invitation to their verified email', async () => {
    const admin = await createUser({ admin: true });
    const program = (await api.call(admin, 'POST', '/api/programs', programInput())).body;
    const email = `invitee-${Date.now()}@test.embassy`;
    await api.call(admin, 'POST', `/api/programs/${program.programId}/invitations`, { email, role: 'brand' });
    const invitee = { email, id: '', token: await selfSignUp(email) };

    const me = await api.call(invitee, 'GET', '/api/me');
    const accepted = await api.call(invitee, 'POST', `/api/programs/${program.programId}/invitations/accept`);

    expect(me.body.invitations).toEqual([
      expect.objectContaining({ programId: program.programId, role: 'brand' }),
    ]);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ role: 'brand', status: 'active', email });
  });
});

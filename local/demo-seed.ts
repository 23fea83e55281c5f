import { ADMIN_GROUP } from '../shared/identity/auth-user.ts';
import { signIn, upsertUser } from './cognito-users.ts';
import { localCognito } from './provision.ts';
import type { LocalState } from './runtime.ts';

export const DEMO_PASSWORD = 'Embassy-demo-1';
const SLUG = 'fiesta-agents';

type DemoUser = {
  email: string;
  role: 'owner (admin)' | 'manager' | 'brand' | 'ambassador' | 'applicant';
  name: string;
};

const DEMO = {
  owner: { email: 'owner@demo.embassy.test', role: 'owner (admin)', name: 'Olivia Owner' },
  manager: { email: 'manager@demo.embassy.test', role: 'manager', name: 'Max Manager' },
  brand: { email: 'brand@demo.embassy.test', role: 'brand', name: 'Bea Brand' },
  anna: { email: 'anna@demo.embassy.test', role: 'ambassador', name: 'Anna Agent' },
  ben: { email: 'ben@demo.embassy.test', role: 'ambassador', name: 'Ben Driver' },
  chloe: { email: 'chloe@demo.embassy.test', role: 'applicant', name: 'Chloe Creator' },
} as const satisfies Record<string, DemoUser>;
const USERS: DemoUser[] = Object.values(DEMO);

/**
 * Seeds a demo program through the real API with real tokens: the owner creates it and
 * invites a manager and a brand user; ambassadors apply and the manager approves two.
 * Running it again finds the program and only resets the demo passwords.
 */
export async function seedDemo(state: LocalState) {
  const cognito = localCognito(state.cognitoEndpoint);
  const tokens = new Map<string, string>();
  for (const user of USERS) {
    await upsertUser(cognito, state.userPoolId, {
      email: user.email,
      password: DEMO_PASSWORD,
      name: user.name,
      ...(user.role === 'owner (admin)' ? { groups: [ADMIN_GROUP] } : {}),
    });
    tokens.set(user.email, (await signIn(cognito, state.clientId, user.email, DEMO_PASSWORD)).idToken);
  }
  const as = (email: string) => async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${state.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens.get(email)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: response.status, json };
  };
  const owner = as(DEMO.owner.email);
  const manager = as(DEMO.manager.email);

  const me = await owner('GET', '/api/me');
  const memberships = (me.json.memberships ?? []) as Array<{ programId: string; programSlug: string }>;
  let programId = memberships.find((m) => m.programSlug === SLUG)?.programId;
  if (!programId) {
    const created = await owner('POST', '/api/programs', {
      name: 'Fiesta Agents',
      brandName: 'Fiesta',
      slug: SLUG,
      description: 'A hundred drivers, a car each for six months, and a new mission every month.',
      landingUrl: 'https://example.com/fiesta',
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      // No holding period while the older sales are seeded, so the demo has commission to pay out.
      commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 0 },
      minimumPayout: 500,
      questions: [
        { id: 'why', label: 'Why do you want to be an agent?', type: 'text', required: true },
        {
          id: 'channel',
          label: 'Your main channel',
          type: 'choice',
          options: ['YouTube', 'Instagram', 'TikTok', 'Blog'],
          required: true,
        },
        { id: 'followers', label: 'Followers on that channel', type: 'number', min: 0 },
        { id: 'portfolio', label: 'A post you are proud of', type: 'url' },
      ],
    });
    if (created.status !== 201)
      throw new Error(`Demo program could not be created: ${JSON.stringify(created.json)}`);
    programId = String(created.json.programId);
    for (const invitee of [DEMO.manager, DEMO.brand]) {
      await owner('POST', `/api/programs/${programId}/invitations`, {
        email: invitee.email,
        role: invitee.role,
      });
      await as(invitee.email)('POST', `/api/programs/${programId}/invitations/accept`);
    }
    const apply = (user: DemoUser, why: string, channel: string, followers: number) =>
      as(user.email)('POST', `/api/programs/${programId}/applications`, {
        displayName: user.name,
        answers: { why, channel, followers },
        socialHandles: { instagram: '@demo' },
        consent: { termsVersion: '1', accepted: true },
      });
    const codes: string[] = [];
    const applications = [
      await apply(DEMO.anna, 'I film every road trip I take.', 'YouTube', 12000),
      await apply(DEMO.ben, 'I review small cars for a living.', 'Blog', 3400),
      await apply(DEMO.chloe, 'My followers ask me about cars all the time.', 'TikTok', 56000),
    ];
    for (const application of applications.slice(0, 2)) {
      const decided = await manager(
        'POST',
        `/api/programs/${programId}/ambassadors/${application.json.userId}/decision`,
        { decision: 'approve' },
      );
      codes.push(String(decided.json.referralCode));
    }
    await seedMonth(programId, manager, as(DEMO.anna.email), as(DEMO.ben.email));
    await seedSales(state.url, programId, as(DEMO.brand.email), owner, codes);
    // Anna is paid by PayPal; Ben has no payout details yet, so a payout skips him until he adds them.
    await as(DEMO.anna.email)(
      'PUT',
      `/api/programs/${programId}/ambassadors/${applications[0]?.json.userId}/payout-details`,
      { method: 'paypal', email: 'anna.agent@example.com' },
    );
  }
  // The program's public page, where applicants start: start.ts prints its address.
  return { programId, programName: 'Fiesta Agents', slug: SLUG, password: DEMO_PASSWORD, users: USERS };
}

/**
 * A few weeks of referral sales through the conversions API, as a shop's server would send them
 * (one refunded in part), so reports and commissions have something to show: the older ones
 * with no holding period (the scheduler approves them, ready for a payout), then the program's
 * 30 days for the newer ones (pending).
 */
async function seedSales(
  url: string,
  programId: string,
  brand: Call,
  owner: Call,
  codes: string[],
): Promise<void> {
  const key = String(
    (await brand('POST', `/api/programs/${programId}/api-keys`, { name: 'Demo shop' })).json.key,
  );
  const day = 86_400_000;
  const orders = [
    { code: 0, amount: 24_900, daysAgo: 20 },
    { code: 0, amount: 8_950, daysAgo: 12 },
    { code: 1, amount: 45_000, daysAgo: 9 },
    { code: 0, amount: 12_500, daysAgo: 3 },
    { code: 1, amount: 3_990, daysAgo: 1 },
  ];
  const send = (path: string, body: unknown) =>
    fetch(`${url}/api/programs/${programId}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  for (const [i, order] of orders.entries()) {
    if (i === 3)
      await owner('PATCH', `/api/programs/${programId}`, {
        commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 30 },
      });
    await send('conversions', {
      orderId: `DEMO-${1001 + i}`,
      amount: order.amount,
      currency: 'EUR',
      referralCode: codes[order.code],
      occurredAt: new Date(Date.now() - order.daysAgo * day).toISOString(),
    });
  }
  await send('conversions/DEMO-1003/refunds', { refundId: 'DEMO-R1', amount: 5_000 });
}

type Call = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: Record<string, unknown> }>;

/**
 * This month's challenges (one gated behind another, one with slots), a few posts and one
 * approval, so the demo shows the whole loop: challenges, a review queue, points and a leaderboard.
 */
async function seedMonth(programId: string, manager: Call, anna: Call, ben: Call): Promise<void> {
  const window = {
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
  };
  const challenge = async (body: Record<string, unknown>) => {
    const created = await manager('POST', `/api/programs/${programId}/challenges`, { ...window, ...body });
    const id = String(created.json.challengeId);
    await manager('POST', `/api/programs/${programId}/challenges/${id}/publish`);
    return id;
  };
  const roadTrip = await challenge({
    title: 'Road trip',
    brief: 'Take the car somewhere new and show us the view. Tag #fiestaagents and disclose the partnership.',
    points: 100,
    requirements: { hashtags: ['fiestaagents'], mentions: [], platforms: ['instagram', 'tiktok', 'youtube'] },
  });
  await challenge({
    title: 'Night drive',
    brief: 'The city after dark, from the driver’s seat.',
    points: 150,
    prerequisites: [roadTrip],
  });
  await challenge({
    title: 'Launch party',
    brief: 'Ten invitations to the launch: first approved, first in.',
    points: 50,
    slots: 10,
  });
  const post = (call: Call, url: string, caption: string) =>
    call('POST', `/api/programs/${programId}/challenges/${roadTrip}/submissions`, {
      postUrl: url,
      platform: 'instagram',
      caption,
    });
  const annas = await post(
    anna,
    'https://www.instagram.com/p/DEMOANNA1/',
    'Sunrise over the pass #fiestaagents #ad',
  );
  await post(ben, 'https://www.instagram.com/p/DEMOBEN1/', 'New wheels, new roads');
  const submission = annas.json.submission as { submissionId: string; version: number } | undefined;
  if (submission) {
    await manager('POST', `/api/programs/${programId}/submissions/${submission.submissionId}/review`, {
      decision: 'approve',
      version: submission.version,
      feedback: 'Beautiful shot. More of these!',
    });
    // Its first figures, as Anna read them from Instagram's insights.
    await anna('POST', `/api/programs/${programId}/submissions/${submission.submissionId}/metrics`, {
      views: 1800,
      reach: 1500,
      likes: 140,
      comments: 12,
    });
  }
}

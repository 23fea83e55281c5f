import { createHmac, randomBytes } from 'node:crypto';
import { AdminRemoveUserFromGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { decodeJwt } from 'jose';
import { handler as scheduler } from '../../functions/scheduler.handler.ts';
import { signIn } from '../../local/cognito-users.ts';
import { ADMIN_GROUP } from '../../shared/identity/auth-user.ts';
import { db, tableName } from '../../shared/platform/db/client.ts';
import { keys } from '../../shared/platform/db/keys.ts';
import {
  type Api,
  type ApiResponse,
  cognito,
  createUser,
  eventually,
  services,
  type TestUser,
  whileUnavailable,
} from '../helpers.ts';
import { type ProgramWorld as Builder, type OrderBody, world as worldOf } from '../world.ts';
import type { Role } from './expectations.ts';

/** The password helpers.createUser gives every test user. */
const PASSWORD = 'Test-password-1';

/** Every bank payee of the matrix is paid into this account: in full only in a payout's export. */
export const PAYEE_IBAN = 'DE89370400440532013000';
/** The brands' own account, which their SEPA files pay from. */
export const BRAND_IBAN = 'FR1420041010050500013M02606';
export const payeeDetails = () =>
  ({ method: 'bank', accountHolder: 'Matrix Payee', iban: PAYEE_IBAN, bic: 'COBADEFFXXX' }) as const;

/** Fails with the response in the message unless the status is the one expected. */
export function must(response: ApiResponse, status: number, what: string) {
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export type Ambassador = { user: TestUser; code: string };

/** One program and everything in it the matrix addresses. */
export type ProgramWorld = {
  name: 'A' | 'B';
  programId: string;
  slug: string;
  /** The program's test builder, acting as its owner by default. */
  build: Builder;
  /** Created the program as an admin, then left the admins group: an owner by membership only. */
  owner: TestUser;
  manager: TestUser;
  brand: TestUser;
  /** "ambassador": the `{ambassadorId}` of selfOrManager routes, and the author of the submissions. */
  amb1: Ambassador;
  /** "another ambassador". */
  amb2: Ambassador;
  /** Callers whose membership grants nothing: an application under review, a suspended ambassador. */
  applicant: TestUser;
  suspended: TestUser;
  /** Published and open, up to 20 posts per ambassador. */
  challengeId: string;
  /** Ambassador 1's approved post. */
  submissionId: string;
  /** Ambassador 1's tracked link `/r/{code}/{linkSlug}`. */
  linkSlug: string;
  apiKey: { id: string; key: string };
  signingSecret: { id: string; secret: string };
  shop: { domain: string; secret: string };
  /** An order attributed by a click on ambassador 1's link, with a customer email. */
  orderId: string;
  /** A payout ready to export and confirm, to one payee made for it. */
  payoutId: string;
  /** A perk (unlimited, approval needed) both ambassadors have the points for, and a code reward. */
  rewardId: string;
  codeRewardId: string;
  /** Ambassador 1's requested redemption of the perk. */
  redemptionId: string;
  /** A report of the figures of ambassador 1's approved post. */
  metricsReportId: string;
  /** An outbound webhook endpoint of the brand's, and the delivery of a test event to it. */
  webhook: { endpointId: string; deliveryId: string };
  /**
   * Targets for the refused calls of mutating routes, each in the state where the call would
   * work if it were allowed, so a wrong "yes" shows as a 2xx (and the end checks they are unchanged).
   */
  spare: {
    applicant: TestUser;
    ambassador: TestUser;
    suspended: TestUser;
    draftChallengeId: string;
    pendingSubmissionId: string;
    changesSubmissionId: string;
    apiKeyId: string;
    /** Ambassador 1's approved line (ambassador 1 has payout details): a payout naming them would take it. */
    commissionId: string;
    /** A ready payout nobody may confirm but the owner and brand. */
    payoutId: string;
    /** Ambassador 1's redemptions: one requested (to decide or cancel), one approved (to fulfil). */
    requestedRedemptionId: string;
    approvedRedemptionId: string;
  };
  /** Everyone who applied to this program: its managers may see their emails. */
  applicantEmails: Set<string>;
  /** Everyone on this program's team (owner, managers, brand users): its team list shows their emails. */
  teamEmails: Set<string>;
};

export type World = {
  api: Api;
  A: ProgramWorld;
  B: ProgramWorld;
  stranger: TestUser;
  admin: TestUser;
  /** Every account the fixture made, for the email scan. */
  users: TestUser[];
  /** Team members made for a cell, by user id: a hand-over's cleanup acts as them. */
  staff: Map<string, TestUser>;
  /** Values no response may carry, except the one that handed it out. */
  secrets: Map<string, string>;
  /** How the scheduler runs a minute ahead: {@link runScheduler} in-process unless told otherwise. */
  runScheduler: () => Promise<void>;
};

const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
/** A post link nobody submitted before. */
export const freshPostUrl = () => `https://www.instagram.com/p/${unique('M').toUpperCase()}/`;

/** An admin creates the program, then loses the admins group: the owner, and nothing more. */
async function ownerOfNewProgram(
  api: Api,
  name: string,
): Promise<{ owner: TestUser; programId: string; slug: string }> {
  const creator = await createUser({ admin: true, name: `owner${name}` });
  const program = await worldOf(api).program(
    {
      name: `Matrix ${name}`,
      commission: { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 0 },
      contentTerms: MATRIX_TERMS,
    },
    { owner: creator },
  );
  const { userPoolId, clientId } = services();
  await cognito().send(
    new AdminRemoveUserFromGroupCommand({
      UserPoolId: userPoolId,
      Username: creator.email,
      GroupName: ADMIN_GROUP,
    }),
  );
  const { idToken } = await signIn(cognito(), clientId, creator.email, PASSWORD);
  if (decodeJwt(idToken)['cognito:groups']) throw new Error('the owner is still in a group');
  return { owner: { ...creator, token: idToken }, programId: program.programId, slug: program.slug };
}

/** The content terms of both programs: ambassadors grant rights under them. */
const MATRIX_TERMS = {
  version: '1',
  text: 'The brand may reuse this post on its channels.',
  scopes: ['organic' as const],
  durationMonths: 12,
};

/** Runs the scheduler a minute ahead: commissions with no holding period become approved. */
export async function runScheduler(): Promise<void> {
  await scheduler({ time: new Date(Date.now() + 60_000).toISOString() }, {} as never);
}

/** What building programs and fresh targets needs of the world. */
type Workshop = Pick<World, 'api' | 'users' | 'staff' | 'secrets' | 'runScheduler'>;

/** Fresh objects for the cells that are expected to succeed, so no cell spends another's target. */
export function freshTargets(world: Workshop) {
  const { api } = world;
  const applicant = async (p: ProgramWorld) => {
    const user = await createUser({ name: 'applicant' });
    await p.build.apply(user);
    p.applicantEmails.add(user.email);
    world.users.push(user);
    return user;
  };
  const ambassador = async (p: ProgramWorld) => {
    const user = await applicant(p);
    await p.build.approve(user);
    return user;
  };
  const submission = async (p: ProgramWorld) =>
    (await p.build.post(p.amb1.user, p.challengeId, { postUrl: freshPostUrl(), caption: 'Matrix #ad' }))
      .submissionId;
  const review = async (p: ProgramWorld, submissionId: string, decision: 'approve' | 'request_changes') =>
    must(
      await whileUnavailable(() =>
        api.call(p.manager, 'POST', `/api/programs/${p.programId}/submissions/${submissionId}/review`, {
          decision,
          version: 1,
          ...(decision === 'approve' ? {} : { feedback: 'Please add the hashtag' }),
        }),
      ),
      200,
      'review',
    );
  const redeemPerk = async (p: ProgramWorld) => {
    // A 503 wrote nothing, the key included: each try is a request of its own.
    const redeem = () =>
      api.call(
        p.amb1.user,
        'POST',
        `/api/programs/${p.programId}/rewards/${p.rewardId}/redemptions`,
        {},
        { 'idempotency-key': unique('matrix-') },
      );
    return must(await whileUnavailable(redeem), 201, 'redeem the perk').redemptionId as string;
  };
  const order = async (p: ProgramWorld, extra: Partial<OrderBody> = {}) =>
    must(
      await p.build.order(
        {
          orderId: unique('order-'),
          amount: 10_000,
          occurredAt: new Date().toISOString(),
          referralCode: p.amb1.code,
          ...extra,
        },
        p.apiKey.key,
      ),
      201,
      'record an order',
    );
  return {
    applicant,
    ambassador,
    /** A new manager on the program's team, kept for the cleanup of a hand-over to them. */
    teamMember: async (p: ProgramWorld) => {
      const user = await p.build.staff('manager', { by: p.owner });
      world.users.push(user);
      world.staff.set(user.id, user);
      p.teamEmails.add(user.email);
      return user;
    },
    /** A pending invitation of a new email address. */
    invitation: async (p: ProgramWorld) => {
      const email = `${unique('invitee-')}@example.org`;
      must(
        await api.call(p.owner, 'POST', `/api/programs/${p.programId}/invitations`, { email, role: 'brand' }),
        201,
        'an invitation',
      );
      return email;
    },
    webhookEndpoint: async (p: ProgramWorld) => {
      const made = must(
        await api.call(p.brand, 'POST', `/api/programs/${p.programId}/webhooks`, {
          url: 'https://93.184.215.14/matrix-hooks',
          eventTypes: ['conversion.created'],
        }),
        201,
        'an endpoint',
      );
      world.secrets.set(made.secret as string, `a webhook secret of ${p.name}`);
      return made.id as string;
    },
    suspended: async (p: ProgramWorld) => {
      const user = await ambassador(p);
      must(
        await api.call(p.owner, 'POST', `/api/programs/${p.programId}/ambassadors/${user.id}/suspend`, {}),
        200,
        'suspend',
      );
      return user;
    },
    draftChallenge: async (p: ProgramWorld) =>
      must(
        await api.call(p.owner, 'POST', `/api/programs/${p.programId}/challenges`, {
          title: unique('Draft '),
          opensAt: new Date(Date.now() - 3_600_000).toISOString(),
          closesAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        }),
        201,
        'draft a challenge',
      ).challengeId as string,
    pendingSubmission: submission,
    grantedSubmission: async (p: ProgramWorld) => {
      const { submissionId } = await p.build.post(p.amb1.user, p.challengeId, {
        postUrl: freshPostUrl(),
        caption: 'Matrix #ad',
        rightsGrant: { termsVersion: MATRIX_TERMS.version, scopes: MATRIX_TERMS.scopes },
      });
      await review(p, submissionId, 'approve');
      return submissionId;
    },
    changesRequestedSubmission: async (p: ProgramWorld) => {
      const id = await submission(p);
      await review(p, id, 'request_changes');
      return id;
    },
    apiKeyId: async (p: ProgramWorld) => {
      const created = must(
        await api.call(p.owner, 'POST', `/api/programs/${p.programId}/api-keys`, { name: 'Spare' }),
        201,
        'create a key',
      );
      world.secrets.set(created.key, `an API key of ${p.name}`);
      return created.id as string;
    },
    signingSecretId: async (p: ProgramWorld) => {
      const created = must(
        await api.call(p.owner, 'POST', `/api/programs/${p.programId}/signing-secrets`),
        201,
        'create a signing secret',
      );
      world.secrets.set(created.secret, `a signing secret of ${p.name}`);
      return created.id as string;
    },
    /** An order by ambassador 1's code whose commission line the scheduler has approved. */
    approvedCommission: async (p: ProgramWorld) => {
      const conversion = await order(p);
      await world.runScheduler();
      return conversion.commissionId as string;
    },
    /** A new ambassador with payout details and an approved commission line: someone to pay. */
    payee: async (p: ProgramWorld) => {
      const user = await applicant(p);
      const code = await p.build.approve(user);
      await p.build.payoutDetails({ user, code }, payeeDetails());
      await order(p, { referralCode: code });
      await world.runScheduler();
      return user.id;
    },
    /** Ambassador 1 redeems the perk: a requested redemption. */
    requestedRedemption: redeemPerk,
    /** A requested redemption the manager approved: ready to fulfil. */
    approvedRedemption: async (p: ProgramWorld) => {
      const id = await redeemPerk(p);
      must(
        await api.call(p.manager, 'POST', `/api/programs/${p.programId}/redemptions/${id}/decision`, {
          decision: 'approve',
        }),
        200,
        'approve the redemption',
      );
      return id;
    },
    /** A payout, ready, to a new payee. */
    payout: async (p: ProgramWorld) => {
      const user = await applicant(p);
      const code = await p.build.approve(user);
      await p.build.payoutDetails({ user, code }, payeeDetails());
      await order(p, { referralCode: code });
      await world.runScheduler();
      const run = must(
        await api.call(p.brand, 'POST', `/api/programs/${p.programId}/payouts`, { ambassadorIds: [user.id] }),
        201,
        'make a payout',
      );
      return run.payoutId as string;
    },
    order,
    review,
  };
}

/** Signs a conversions request the way the brand's server does (Embassy-Signature). */
export function embassySignature(secret: string, body: string): string {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** A Shopify delivery's headers, signed with `secret` as Shopify signs them. */
export function shopifyHeaders(domain: string, secret: string, body: string): Record<string, string> {
  return {
    'x-shopify-topic': 'orders/paid',
    'x-shopify-hmac-sha256': createHmac('sha256', secret).update(body, 'utf8').digest('base64'),
    'x-shopify-shop-domain': domain,
    'x-shopify-webhook-id': unique('wh-'),
  };
}

/** The machine credentials, as headers for one request's raw body. */
export function machineHeaders(world: World, role: Role, body: string): Record<string, string> | undefined {
  const { A } = world;
  switch (role) {
    case 'apiKey':
      return { authorization: `Bearer ${A.apiKey.key}` };
    case 'signature':
      return { 'embassy-signature': embassySignature(A.signingSecret.secret, body) };
    case 'shopHmac':
      return shopifyHeaders(A.shop.domain, A.shop.secret, body);
    case 'shopHmacWrong':
      return shopifyHeaders(A.shop.domain, `wrong-${A.shop.secret}`, body);
    default:
      return undefined;
  }
}

/** The user behind a role, for calls made with an ID token. */
export function userOf(world: World, role: Role): TestUser | undefined {
  switch (role) {
    case 'stranger':
      return world.stranger;
    case 'admin':
      return world.admin;
    case 'ambassador':
      return world.A.amb1.user;
    case 'anotherAmbassador':
      return world.A.amb2.user;
    case 'manager':
    case 'brand':
    case 'owner':
    case 'applicant':
    case 'suspended':
      return world.A[role];
    default:
      return undefined;
  }
}

async function buildProgram(world: Workshop, name: 'A' | 'B'): Promise<ProgramWorld> {
  const { api } = world;
  const { owner, programId, slug } = await ownerOfNewProgram(api, name);
  const build = worldOf(api).at({ programId, slug }, owner);
  const [manager, brand] = await Promise.all([build.staff('manager'), build.staff('brand')]);
  const [amb1, amb2] = await Promise.all([build.ambassador(`amb1${name}`), build.ambassador(`amb2${name}`)]);
  const { challengeId } = await build.challenge(
    {
      title: `Open challenge ${name}`,
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      maxSubmissionsPerAmbassador: 20,
    },
    manager,
  );
  // The clock announces the challenge now, to the two ambassadors: a later run (another program's
  // fixture runs it too) would otherwise tell whoever happened to be approved at that moment.
  await world.runScheduler();
  const apiKey = must(
    await api.call(brand, 'POST', `/api/programs/${programId}/api-keys`, { name: 'Shop server' }),
    201,
    'api key',
  );
  const signingSecret = must(
    await api.call(brand, 'POST', `/api/programs/${programId}/signing-secrets`),
    201,
    'signing secret',
  );
  const shop = { domain: `${unique('matrix-').toLowerCase()}.myshopify.com`, secret: unique('shpss_') };
  must(
    await api.call(brand, 'PUT', `/api/programs/${programId}/integrations/shopify`, {
      shopDomain: shop.domain,
      webhookSecret: shop.secret,
    }),
    200,
    'connect the shop',
  );
  const linkSlug = must(
    await api.call(amb1.user, 'POST', `/api/programs/${programId}/links`, {
      destination: 'https://example.com/fiesta/boots',
      slug: 'boots',
    }),
    201,
    'tracked link',
  ).slug as string;

  const p: ProgramWorld = {
    name,
    programId,
    slug,
    build,
    owner,
    manager,
    brand,
    amb1,
    amb2,
    // The rest is set below: making it needs the program as the fresh targets take it.
    applicant: owner,
    suspended: owner,
    challengeId,
    submissionId: '',
    linkSlug,
    apiKey: { id: apiKey.id, key: apiKey.key },
    signingSecret: { id: signingSecret.id, secret: signingSecret.secret },
    shop,
    orderId: '',
    spare: {} as ProgramWorld['spare'],
    payoutId: '',
    rewardId: '',
    codeRewardId: '',
    redemptionId: '',
    metricsReportId: '',
    webhook: { endpointId: '', deliveryId: '' },
    applicantEmails: new Set([amb1.user.email, amb2.user.email]),
    teamEmails: new Set([owner.email, manager.email, brand.email]),
  };
  // Ambassador 1 is paid by bank; the brand pays from its own account.
  await build.payoutDetails(amb1, payeeDetails());
  must(
    await api.call(brand, 'PUT', `/api/programs/${programId}/payout-account`, {
      name: `Matrix brand ${name}`,
      iban: BRAND_IBAN,
    }),
    200,
    'payout account',
  );
  // The reward catalogue: a perk that waits for a decision, and a code reward; both ambassadors
  // have points to spend.
  const reward = async (body: object) =>
    must(await api.call(manager, 'POST', `/api/programs/${programId}/rewards`, body), 201, 'a reward');
  p.rewardId = (await reward({ title: `Matrix perk ${name}`, kind: 'perk', costPoints: 1 }))
    .rewardId as string;
  p.codeRewardId = (await reward({ title: `Matrix code ${name}`, kind: 'code', costPoints: 1 }))
    .rewardId as string;
  for (const member of [amb1, amb2])
    must(
      await api.call(
        manager,
        'POST',
        `/api/programs/${programId}/ambassadors/${member.user.id}/points-adjustments`,
        {
          points: 10_000,
          reason: 'Matrix points',
        },
      ),
      201,
      'grant points',
    );
  world.secrets.set(PAYEE_IBAN, 'the IBAN of a payee');
  world.secrets.set(BRAND_IBAN, 'the IBAN of a brand');
  world.secrets.set(apiKey.key, `the API key of ${name}`);
  world.secrets.set(signingSecret.secret, `the signing secret of ${name}`);
  world.secrets.set(shop.secret, `the Shopify secret of ${name}`);
  world.users.push(owner, manager, brand, amb1.user, amb2.user);

  const fresh = freshTargets(world);
  // An endpoint at a public address (nothing here answers it) and a test event on its way to it.
  p.webhook.endpointId = await fresh.webhookEndpoint(p);
  p.webhook.deliveryId = must(
    await api.call(brand, 'POST', `/api/programs/${programId}/webhooks/${p.webhook.endpointId}/test`),
    202,
    'send a test event',
  ).id as string;
  // Approved, with a rights grant only ambassador 1 may revoke, and figures reported.
  p.submissionId = await fresh.grantedSubmission(p);
  p.metricsReportId = must(
    await api.call(amb1.user, 'POST', `/api/programs/${programId}/submissions/${p.submissionId}/metrics`, {
      views: 500,
      likes: 20,
    }),
    201,
    'report figures',
  ).reportId as string;

  // A visitor clicks ambassador 1's link and buys: the click carries hashed IP and UA.
  const click = await api.call(undefined, 'GET', `/r/${amb1.code}/${linkSlug}`, undefined, {
    'user-agent': `Mozilla/5.0 (Matrix ${name})`,
    'x-forwarded-for': name === 'A' ? '198.51.100.7' : '203.0.113.9',
  });
  const rid = new URL(String(click.headers.get('location'))).searchParams.get('rid');
  if (click.status !== 302 || !rid) throw new Error(`the click did not redirect: ${click.status}`);
  // The redirect answers within its budget even if the click is still being written: wait for it.
  const stored = await eventually(
    async () => (await db.send(new GetCommand({ TableName: tableName, Key: keys.click(rid) }))).Item,
    (item) => item !== undefined,
  );
  if (!stored) throw new Error('the click was not stored');
  p.orderId = (await fresh.order(p, { clickId: rid, customerEmail: `${unique('buyer-')}@example.net` }))
    .orderId as string;

  [p.applicant, p.suspended] = await Promise.all([fresh.applicant(p), fresh.suspended(p)]);
  const [
    applicant,
    ambassador,
    suspended,
    draft,
    pending,
    changes,
    spareKey,
    commission,
    payout,
    sparePayout,
    redemption,
    requestedRedemption,
    approvedRedemption,
  ] = await Promise.all([
    fresh.applicant(p),
    fresh.ambassador(p),
    fresh.suspended(p),
    fresh.draftChallenge(p),
    fresh.pendingSubmission(p),
    fresh.changesRequestedSubmission(p),
    fresh.apiKeyId(p),
    fresh.approvedCommission(p),
    fresh.payout(p),
    fresh.payout(p),
    fresh.requestedRedemption(p),
    fresh.requestedRedemption(p),
    fresh.approvedRedemption(p),
  ]);
  p.payoutId = payout;
  p.redemptionId = redemption;
  p.spare = {
    applicant,
    ambassador,
    suspended,
    draftChallengeId: draft,
    pendingSubmissionId: pending,
    changesSubmissionId: changes,
    apiKeyId: spareKey,
    commissionId: commission,
    payoutId: sparePayout,
    requestedRedemptionId: requestedRedemption,
    approvedRedemptionId: approvedRedemption,
  };
  return p;
}

/**
 * Programs A and B with their people and objects, a stranger and a platform admin.
 * @param options.runScheduler Instead of the scheduler in-process: cdk/iam-proof.test.ts runs its
 * deployed bundle in a process of its own.
 */
export async function buildWorld(
  api: Api,
  options: { runScheduler?: () => Promise<void> } = {},
): Promise<World> {
  const workshop: Workshop = {
    api,
    users: [],
    staff: new Map(),
    secrets: new Map(),
    runScheduler: options.runScheduler ?? runScheduler,
  };
  const [stranger, admin] = await Promise.all([
    createUser({ name: 'stranger' }),
    createUser({ admin: true, name: 'admin' }),
  ]);
  workshop.users.push(stranger, admin);
  const [A, B] = await Promise.all([buildProgram(workshop, 'A'), buildProgram(workshop, 'B')]);
  return { ...workshop, A, B, stranger, admin };
}

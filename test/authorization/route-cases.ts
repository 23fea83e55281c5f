import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unsubscribeTokenWith } from '../../shared/notifications/unsubscribe-token.ts';
import { db, tableName } from '../../shared/platform/db/client.ts';
import { keys } from '../../shared/platform/db/keys.ts';
import { env } from '../../shared/platform/env.ts';
import type { Membership } from '../../shared/programs/membership.schema.ts';
import { membershipItem } from '../../shared/programs/membership.store.ts';
import { replaceShopifyCode } from '../../shared/shopify/shopify-code.store.ts';
import type { ApiResponse, TestUser } from '../helpers.ts';
import { programInput, validApplication } from '../helpers.ts';
import {
  BRAND_IBAN,
  freshPostUrl,
  type freshTargets,
  PAYEE_IBAN,
  type ProgramWorld,
  payeeDetails,
  type World,
} from './fixture.ts';

/**
 * `read` runs first, `write` next, `last` holds what spends or stops things (suspend, revoke,
 * pay), `final` what ends ambassador 1's own membership or hands the owner's place over, after
 * every other cell (their cleanups put them back for the checks that follow).
 */
export const PHASES = ['read', 'write', 'last', 'final'] as const;
export type Phase = (typeof PHASES)[number];

type Params = Record<string, string>;
type Fresh = ReturnType<typeof freshTargets>;

/** What a successful cell hands the check, to prove the call did what it says. */
export type CheckContext = {
  p: ProgramWorld;
  world: World;
  params: Params;
  caller: TestUser | undefined;
  /** The caller is a member of the addressed program (or an admin, who counts as its owner). */
  member: boolean;
  /** The response legitimately carries this secret (it was just created for the caller). */
  handOut: (secret: string, label: string) => void;
};

/** How to call one route: its path parameters, query and body, and how to tell success. */
export type RouteCase = {
  /** Default: `read` for GET and HEAD, else `write`. */
  phase?: Phase;
  /** The status of a permitted call. Default 200. */
  success?: number;
  /** Path parameters besides the defaults (see defaultParams). */
  params?: (p: ProgramWorld) => Params;
  /** For a cell expected to succeed: fresh targets, so it spends nothing another cell needs. */
  fresh?: (p: ProgramWorld, fresh: Fresh) => Promise<Params>;
  /** For a refused cell: a target in the state where the call would work, if not the default one. */
  spare?: (p: ProgramWorld) => Params;
  query?: (p: ProgramWorld) => string;
  body?: (p: ProgramWorld, params: Params) => unknown;
  /** Headers the route needs besides the caller's credentials (an Idempotency-Key). */
  headers?: () => Record<string, string>;
  /**
   * The call deletes its caller (`DELETE /api/me`): a permitted cell is sent as a new signed-in
   * user instead of the role's, whom the other cells still need.
   */
  spendsCaller?: true;
  /** Asserts, for a permitted call, that it did the thing (throws otherwise). */
  check?: (response: ApiResponse, context: CheckContext) => void | Promise<void>;
  /** After a permitted call: undo what would stand in the next cell's way. */
  cleanup?: (response: ApiResponse, context: CheckContext) => Promise<void>;
};

/** The path parameters every cell starts from: the addressed program's shared objects. */
export function defaultParams(p: ProgramWorld): Params {
  return {
    programId: p.programId,
    ambassadorId: p.amb1.user.id,
    challengeId: p.challengeId,
    submissionId: p.submissionId,
    keyId: p.spare.apiKeyId,
    secretId: p.signingSecret.id,
    orderId: p.orderId,
    payoutId: p.payoutId,
    month: monthOf(-1),
    code: p.amb1.code,
    slug: p.linkSlug,
    rewardId: p.rewardId,
    redemptionId: p.redemptionId,
    reportId: p.metricsReportId,
    endpointId: p.webhook.endpointId,
    deliveryId: p.webhook.deliveryId,
    'proxy+': 'no/such/route',
  };
}

/** The UTC month `offset` months from now, YYYY-MM. */
function monthOf(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
}
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/**
 * Puts a member who left back as approved with their code attributing again, as if they had
 * never left: straight in the table, since the API has no way back (a new application gets a
 * new code, and the checks after the matrix's cells use ambassador 1's).
 */
async function rejoin(left: Membership, code: string): Promise<void> {
  const { leaving: _leaving, ...rest } = left;
  const now = new Date().toISOString();
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: membershipItem({ ...rest, status: 'approved', statusAt: now, updatedAt: now }),
    }),
  );
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.referralCode(code),
      UpdateExpression: 'REMOVE retiresAt',
    }),
  );
}

/** Throws with the message unless `ok` holds: checks of what a permitted call did. */
function assert(ok: unknown, message: string): void {
  if (!ok) throw new Error(message);
}

/**
 * The master key the API signs unsubscribe links with: the local one, unless the run's API has
 * another (cdk/iam-proof.test.ts, whose deployed bundles read a generated secret).
 */
let signingKey = env.SIGNING_MASTER_KEY;
export const useSigningMasterKey = (key: string) => {
  signingKey = key;
};

const shopifyOrder = readFileSync(new URL('../fixtures/shopify/orders-paid.json', import.meta.url), 'utf8');
let shopifyOrders = 0;

const redirect: RouteCase = {
  success: 302,
  check: (response) =>
    assert(
      String(response.headers.get('location')).startsWith('https://example.com/fiesta'),
      'redirects to the landing host',
    ),
};

/**
 * One entry per row of ROUTES (`METHOD path`). A route added to the table without one here
 * fails the suite.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/health': { check: (r) => assert(r.body.status === 'ok', 'healthy') },
  'GET /api/me': { check: (r, c) => assert(r.body.user.id === c.caller?.id, 'the caller') },
  'GET /api/me/export': {
    check: (r, c) =>
      assert(r.body.user.id === c.caller?.id && Array.isArray(r.body.programs), "the caller's own data"),
  },
  'DELETE /api/me': {
    phase: 'last',
    spendsCaller: true,
    body: () => ({ confirm: true }),
    check: (r, c) => assert(r.body.status === 'erased' && c.caller, 'the account deleted'),
  },
  'GET /api/me/notifications': {
    check: (r) =>
      assert(Array.isArray(r.body.items) && typeof r.body.unread === 'number', 'a page and the count'),
  },
  'POST /api/me/notifications/read': {
    body: () => ({}),
    // Not 0 for sure: the stream and the clock may write the caller a notification meanwhile.
    check: (r) => assert(typeof r.body.unread === 'number', 'what is left unread'),
  },
  'GET /api/me/notification-preferences': {
    check: (r) =>
      assert(
        r.body.preferences.some((p: { type: string }) => p.type === 'challenge_opened'),
        'every type',
      ),
  },
  'PUT /api/me/notification-preferences': {
    body: () => ({ preferences: { kudos_received: 'in_app' } }),
    check: (r) =>
      assert(
        r.body.preferences.some(
          (p: { type: string; channel: string }) => p.type === 'kudos_received' && p.channel === 'in_app',
        ),
        'changed',
      ),
  },
  'POST /api/unsubscribe': {
    query: () =>
      `?token=${encodeURIComponent(unsubscribeTokenWith(signingKey, 'authorization-matrix-user', 'challenge_opened'))}`,
    check: (r) => assert(r.body.type === 'challenge_opened' && r.body.channel !== 'email', 'unsubscribed'),
  },
  'GET /api/programs/{programId}/waiting': {
    check: (r) =>
      assert(typeof r.body.applications === 'number' && typeof r.body.posts === 'number', 'the counts'),
  },
  'POST /api/programs': {
    success: 201,
    body: () => programInput({ name: 'Matrix extra' }),
    check: (r) => assert(r.body.programId && r.body.createdBy, 'created'),
  },
  'GET /api/programs/{programId}': {
    check: (r, c) => {
      assert(r.body.program.programId === c.p.programId, 'the program');
      assert(r.body.view === (c.member ? 'member' : 'public'), 'members see it all, others the public part');
      assert(c.member || r.body.program.landingUrl === undefined, 'no member fields in the public part');
    },
  },
  'GET /api/public/programs/{slug}': {
    params: (p) => ({ slug: p.slug }),
    check: (r, c) => assert(r.body.program.programId === c.p.programId, 'the program'),
  },
  'PATCH /api/programs/{programId}': {
    body: () => ({ description: 'Changed by the authorization matrix' }),
    check: (r) => assert(r.body.description === 'Changed by the authorization matrix', 'changed'),
  },
  'POST /api/programs/{programId}/invitations': {
    success: 201,
    body: () => ({ email: `${unique('invitee-')}@example.org`, role: 'manager' }),
    check: (r, c) => assert(r.body.role === 'manager' && r.body.programId === c.p.programId, 'invited'),
  },
  'POST /api/programs/{programId}/invitations/accept': { success: 201 },
  'GET /api/programs/{programId}/invitations': {
    check: (r) => assert(Array.isArray(r.body.items), 'a list'),
  },
  'POST /api/programs/{programId}/invitations/revoke': {
    success: 204,
    fresh: async (p, fresh) => ({ email: await fresh.invitation(p) }),
    body: (_p, params) => ({ email: params.email ?? 'nobody-invited@example.org' }),
  },
  'GET /api/programs/{programId}/members': {
    check: (r, c) =>
      assert(
        r.body.items.some(
          (m: { userId: string; role: string }) => m.userId === c.p.owner.id && m.role === 'owner',
        ),
        'the owner listed',
      ),
  },
  'PATCH /api/programs/{programId}/members/{userId}': {
    params: (p) => ({ userId: p.manager.id }),
    fresh: async (p, fresh) => ({ userId: (await fresh.teamMember(p)).id }),
    body: () => ({ role: 'brand' }),
    check: (r) => assert(r.body.role === 'brand', 'the new role'),
  },
  'DELETE /api/programs/{programId}/members/{userId}': {
    success: 204,
    params: (p) => ({ userId: p.manager.id }),
    fresh: async (p, fresh) => ({ userId: (await fresh.teamMember(p)).id }),
  },
  'POST /api/programs/{programId}/ownership': {
    // The owner becomes a manager for a moment: after every cell that needs them as owner (with
    // the leaving, which they can't do either way), and handed back in the cleanup.
    phase: 'final',
    fresh: async (p, fresh) => ({ target: (await fresh.teamMember(p)).id }),
    body: (_p, params) => ({ userId: params.target ?? 'nobody' }),
    check: (r, c) =>
      assert(
        r.body.items.some(
          (m: { userId: string; role: string }) => m.userId === c.params.target && m.role === 'owner',
        ),
        'the new owner',
      ),
    cleanup: async (_r, c) => {
      const target = c.world.staff.get(c.params.target ?? '');
      if (!target || c.caller?.id !== c.p.owner.id) return;
      const back = await c.world.api.call(target, 'POST', `/api/programs/${c.p.programId}/ownership`, {
        userId: c.p.owner.id,
      });
      assert(back.status === 200, 'ownership handed back');
    },
  },
  'GET /api/programs/{programId}/audit': {
    // One type, all of it: the same shape whichever cells ran before (the response-shape snapshot).
    query: () => '?type=member.invited&limit=100',
    check: (r) =>
      assert(
        r.body.items.length > 0 && r.body.items.every((e: { type: string }) => e.type === 'member.invited'),
        'the invitations',
      ),
  },
  'POST /api/programs/{programId}/applications': {
    phase: 'last',
    success: 201,
    body: () => validApplication(),
    check: (r, c) => {
      assert(r.body.status === 'pending' && r.body.userId === c.caller?.id, 'a pending application');
      if (c.caller) c.p.applicantEmails.add(c.caller.email);
    },
  },
  'GET /api/programs/{programId}/ambassadors': {
    check: (r, c) =>
      assert(
        r.body.items.some((m: { userId: string }) => m.userId === c.p.spare.applicant.id),
        'lists the pending applicant',
      ),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}': {
    check: (r, c) => assert(r.body.userId === c.p.amb1.user.id, 'ambassador 1'),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision': {
    fresh: async (p, fresh) => ({ ambassadorId: (await fresh.applicant(p)).id }),
    spare: (p) => ({ ambassadorId: p.spare.applicant.id }),
    body: () => ({ decision: 'approve' }),
    check: (r) => assert(r.body.status === 'approved' && r.body.referralCode, 'approved with a code'),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/suspend': {
    phase: 'last',
    fresh: async (p, fresh) => ({ ambassadorId: (await fresh.ambassador(p)).id }),
    spare: (p) => ({ ambassadorId: p.spare.ambassador.id }),
    body: () => ({ reason: 'Matrix' }),
    check: (r) => assert(r.body.status === 'suspended', 'suspended'),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/reinstate': {
    phase: 'last',
    fresh: async (p, fresh) => ({ ambassadorId: (await fresh.suspended(p)).id }),
    spare: (p) => ({ ambassadorId: p.spare.suspended.id }),
    check: (r) => assert(r.body.status === 'approved', 'reinstated'),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/leave': {
    // Only ambassador 1 may leave as ambassador 1, and every other cell needs them approved.
    phase: 'final',
    body: () => ({ reason: 'Matrix' }),
    check: (r, c) =>
      assert(
        r.body.status === 'left' && r.body.userId === c.p.amb1.user.id && r.body.leaving?.reason === 'Matrix',
        'left',
      ),
    cleanup: async (r, c) => rejoin(r.body, c.p.amb1.code),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate': {
    phase: 'last',
    fresh: async (p, fresh) => ({ ambassadorId: (await fresh.ambassador(p)).id }),
    spare: (p) => ({ ambassadorId: p.spare.ambassador.id }),
    body: () => ({ graceDays: 1 }),
    check: (r) =>
      assert(
        r.body.status === 'approved' &&
          r.body.codeHistory?.[0]?.code &&
          r.body.referralCode !== r.body.codeHistory[0].code,
        'a new code, the old one in its history',
      ),
  },
  'POST /api/programs/{programId}/challenges': {
    success: 201,
    body: () => ({ title: 'Matrix draft', month: monthOf(1) }),
    check: (r) => assert(r.body.status === 'draft' && r.body.published === false, 'a draft'),
  },
  'GET /api/programs/{programId}/challenges': {
    check: (r, c) =>
      assert(
        r.body.items.some((ch: { challengeId: string }) => ch.challengeId === c.p.challengeId),
        'lists the open challenge',
      ),
  },
  'GET /api/programs/{programId}/challenges/{challengeId}': {
    check: (r, c) => assert(r.body.challengeId === c.p.challengeId, 'the challenge'),
  },
  'PATCH /api/programs/{programId}/challenges/{challengeId}': {
    body: () => ({ brief: 'Edited by the authorization matrix' }),
    check: (r) => assert(r.body.brief === 'Edited by the authorization matrix', 'edited'),
  },
  'POST /api/programs/{programId}/challenges/{challengeId}/publish': {
    fresh: async (p, fresh) => ({ challengeId: await fresh.draftChallenge(p) }),
    spare: (p) => ({ challengeId: p.spare.draftChallengeId }),
    check: (r) => assert(r.body.published === true && r.body.status === 'open', 'published'),
  },
  'POST /api/programs/{programId}/challenges/{challengeId}/submissions': {
    success: 201,
    body: () => ({ postUrl: freshPostUrl(), platform: 'instagram', caption: 'Matrix #ad' }),
    check: (r, c) =>
      assert(
        r.body.submission.status === 'pending' && r.body.submission.userId === c.caller?.id,
        'submitted',
      ),
  },
  'POST /api/programs/{programId}/uploads': {
    success: 201,
    body: () => ({ contentType: 'image/png', size: 2048 }),
    check: (r, c) =>
      assert(r.body.uploadUrl && String(r.body.key).includes(c.caller?.id ?? '?'), 'an upload URL'),
  },
  'GET /api/programs/{programId}/submissions': {
    check: (r) => assert(Array.isArray(r.body.items), 'a page'),
  },
  'GET /api/programs/{programId}/submissions/{submissionId}': {
    check: (r, c) => assert(r.body.submissionId === c.p.submissionId, 'the submission'),
  },
  'PUT /api/programs/{programId}/submissions/{submissionId}': {
    fresh: async (p, fresh) => ({ submissionId: await fresh.changesRequestedSubmission(p) }),
    spare: (p) => ({ submissionId: p.spare.changesSubmissionId }),
    body: () => ({ postUrl: freshPostUrl(), platform: 'instagram', caption: 'Resubmitted #ad' }),
    check: (r) => assert(r.body.status === 'pending' && r.body.version === 2, 'resubmitted'),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/review': {
    fresh: async (p, fresh) => ({ submissionId: await fresh.pendingSubmission(p) }),
    spare: (p) => ({ submissionId: p.spare.pendingSubmissionId }),
    body: () => ({ decision: 'approve', version: 1 }),
    check: (r, c) => assert(r.body.status === 'approved' && r.body.reviewedBy === c.caller?.id, 'approved'),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/kudos': {
    success: 201,
    check: (r) => assert(r.body.kudos >= 1, 'counted'),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/metrics': {
    success: 201,
    body: () => ({ views: 1000 + Math.floor(Math.random() * 1000), note: 'Matrix figures' }),
    check: (r, c) =>
      assert(r.body.submissionId === c.p.submissionId && r.body.figures.views >= 1000, 'reported'),
  },
  'GET /api/programs/{programId}/submissions/{submissionId}/metrics': {
    check: (r, c) =>
      assert(
        r.body.reports.some((m: { reportId: string }) => m.reportId === c.p.metricsReportId),
        'the history',
      ),
  },
  'POST /api/programs/{programId}/submissions/{submissionId}/metrics/{reportId}/verification': {
    body: () => ({ status: 'verified' }),
    check: (r, c) =>
      assert(r.body.status === 'verified' && r.body.verification.by === c.caller?.id, 'verified'),
  },
  'GET /api/programs/{programId}/metrics-reports': {
    query: () => '?status=reported',
    check: (r) => assert(Array.isArray(r.body.items), 'a page'),
  },
  'GET /api/programs/{programId}/content': {
    check: (r, c) =>
      assert(
        r.body.items.some((i: { submissionId: string }) => i.submissionId === c.p.submissionId),
        'shows the approved post',
      ),
  },
  'GET /api/programs/{programId}/content/export': {
    check: (r, c) => assert(String(r.body).includes(c.p.submissionId), 'lists the approved post'),
  },
  'DELETE /api/programs/{programId}/submissions/{submissionId}/rights': {
    // Refused cells call on the program's approved post, which carries a grant.
    fresh: async (p, fresh) => ({ submissionId: await fresh.grantedSubmission(p) }),
    check: (r) =>
      assert(
        r.body.rights.status === 'revoked' && r.body.rights.endsAt === r.body.rights.revokedAt,
        'revoked',
      ),
  },
  'GET /api/programs/{programId}/gallery': {
    check: (r, c) =>
      assert(
        r.body.items.some((s: { submissionId: string }) => s.submissionId === c.p.submissionId),
        'shows the approved post',
      ),
  },
  'GET /api/programs/{programId}/leaderboard': {
    check: (r) => assert(Array.isArray(r.body.entries), 'ranks'),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/ledger': {
    check: (r) => assert(r.body.entries.length > 0 && r.body.lifetime > 0, 'ambassador 1’s points'),
  },
  'POST /api/programs/{programId}/ambassadors/{ambassadorId}/points-adjustments': {
    success: 201,
    body: () => ({ points: 1, reason: 'Matrix adjustment' }),
    check: (r, c) =>
      assert(r.body.entry.kind === 'adjusted' && r.body.entry.by === c.caller?.id, 'an audited adjustment'),
  },
  'POST /api/programs/{programId}/rewards': {
    success: 201,
    body: () => ({ title: unique('Matrix reward '), kind: 'perk', costPoints: 5 }),
    check: (r) => assert(r.body.kind === 'perk' && r.body.costPoints === 5, 'a reward'),
  },
  'GET /api/programs/{programId}/rewards': {
    check: (r, c) =>
      assert(
        r.body.items.some((w: { rewardId: string }) => w.rewardId === c.p.rewardId),
        'lists the perk',
      ),
  },
  'GET /api/programs/{programId}/rewards/{rewardId}': {
    params: (p) => ({ rewardId: p.rewardId }),
    check: (r, c) => assert(r.body.rewardId === c.p.rewardId, 'the perk'),
  },
  'PATCH /api/programs/{programId}/rewards/{rewardId}': {
    params: (p) => ({ rewardId: p.rewardId }),
    body: () => ({ description: 'Edited by the authorization matrix' }),
    check: (r) => assert(r.body.description === 'Edited by the authorization matrix', 'edited'),
  },
  'POST /api/programs/{programId}/rewards/{rewardId}/codes': {
    success: 201,
    params: (p) => ({ rewardId: p.codeRewardId }),
    body: () => ({ codes: [unique('MATRIX-')] }),
    check: (r) => assert(r.body.added === 1 && r.body.left >= 1, 'one code added'),
  },
  'POST /api/programs/{programId}/rewards/{rewardId}/redemptions': {
    success: 201,
    params: (p) => ({ rewardId: p.rewardId }),
    body: () => ({}),
    headers: () => ({ 'idempotency-key': unique('matrix-') }),
    check: (r, c) =>
      assert(r.body.status === 'requested' && r.body.userId === c.caller?.id, 'a requested redemption'),
  },
  'GET /api/programs/{programId}/redemptions': {
    check: (r) => assert(Array.isArray(r.body.items), 'a page'),
  },
  'GET /api/programs/{programId}/redemptions/{redemptionId}': {
    params: (p) => ({ redemptionId: p.redemptionId }),
    check: (r, c) => assert(r.body.redemptionId === c.p.redemptionId, 'ambassador 1’s redemption'),
  },
  'POST /api/programs/{programId}/redemptions/{redemptionId}/decision': {
    fresh: async (p, fresh) => ({ redemptionId: await fresh.requestedRedemption(p) }),
    spare: (p) => ({ redemptionId: p.spare.requestedRedemptionId }),
    body: () => ({ decision: 'approve' }),
    check: (r) => assert(r.body.status === 'approved', 'approved'),
  },
  'POST /api/programs/{programId}/redemptions/{redemptionId}/fulfil': {
    fresh: async (p, fresh) => ({ redemptionId: await fresh.approvedRedemption(p) }),
    spare: (p) => ({ redemptionId: p.spare.approvedRedemptionId }),
    body: () => ({ note: 'Sent by the matrix' }),
    check: (r) => assert(r.body.status === 'fulfilled' && r.body.note === 'Sent by the matrix', 'fulfilled'),
  },
  'POST /api/programs/{programId}/redemptions/{redemptionId}/cancel': {
    fresh: async (p, fresh) => ({ redemptionId: await fresh.requestedRedemption(p) }),
    spare: (p) => ({ redemptionId: p.spare.requestedRedemptionId }),
    check: (r) => assert(r.body.status === 'cancelled', 'cancelled'),
  },
  'POST /api/programs/{programId}/links': {
    success: 201,
    body: () => ({ destination: 'https://example.com/fiesta/matrix' }),
    check: (r) => assert(String(r.body.url).startsWith('/r/'), 'a tracked link'),
  },
  'GET /api/programs/{programId}/links': {
    check: (r, c) => {
      const own = [c.p.amb1, c.p.amb2].find((a) => a.user.id === c.caller?.id);
      assert(own && r.body.code === own.code, 'the caller’s own code');
    },
  },
  'POST /api/programs/{programId}/api-keys': {
    success: 201,
    body: () => ({ name: 'Matrix' }),
    check: (r, c) => {
      assert(/^emb_[0-9A-Z]{26}_/.test(r.body.key), 'a key');
      c.handOut(r.body.key, `an API key of ${c.p.name}`);
    },
  },
  'GET /api/programs/{programId}/api-keys': {
    check: (r, c) =>
      assert(
        r.body.items.some((k: { id: string }) => k.id === c.p.apiKey.id),
        'lists the key',
      ),
  },
  'DELETE /api/programs/{programId}/api-keys/{keyId}': {
    phase: 'last',
    success: 204,
    fresh: async (p, fresh) => ({ keyId: await fresh.apiKeyId(p) }),
    check: async (_r, c) => {
      const listed = await c.world.api.call(c.p.owner, 'GET', `/api/programs/${c.p.programId}/api-keys`);
      const key = listed.body.items.find((k: { id: string }) => k.id === c.params.keyId);
      assert(key?.revokedAt, 'revoked');
    },
  },
  'POST /api/programs/{programId}/signing-secrets': {
    success: 201,
    check: (r, c) => {
      assert(String(r.body.secret).startsWith('whsec_'), 'a secret');
      c.handOut(r.body.secret, `a signing secret of ${c.p.name}`);
    },
    // At most two are active: retire this one so the next cell can make its own.
    cleanup: async (r, c) => {
      const revoked = await c.world.api.call(
        c.p.owner,
        'DELETE',
        `/api/programs/${c.p.programId}/signing-secrets/${r.body.id}`,
      );
      assert(revoked.status === 204, 'revoked after the cell');
    },
  },
  'DELETE /api/programs/{programId}/signing-secrets/{secretId}': {
    phase: 'last',
    success: 204,
    fresh: async (p, fresh) => ({ secretId: await fresh.signingSecretId(p) }),
  },
  'POST /api/programs/{programId}/conversions': {
    success: 201,
    body: (p) => ({
      orderId: unique('matrix-'),
      amount: 2_500,
      currency: 'EUR',
      referralCode: p.amb1.code,
      occurredAt: new Date().toISOString(),
    }),
    check: (r, c) =>
      assert(
        r.body.status === 'attributed' && r.body.attribution.ambassadorId === c.p.amb1.user.id,
        'attributed',
      ),
  },
  'GET /api/programs/{programId}/conversions': {
    check: (r, c) =>
      assert(
        r.body.items.some((o: { orderId: string }) => o.orderId === c.p.orderId),
        'the order',
      ),
  },
  'POST /api/programs/{programId}/conversions/{orderId}/refunds': {
    success: 201,
    // A signed refund names its order: the signature covers the body, not the path.
    body: (_p, params) => ({ refundId: unique('refund-'), orderId: params.orderId, amount: 1 }),
    check: (r, c) => assert(r.body.status === 'applied' && r.body.orderId === c.p.orderId, 'refunded'),
  },
  'GET /api/programs/{programId}/reports/referrals': {
    query: () => `?from=${day(-30)}&to=${day(0)}`,
    check: (r, c) => assert(r.body.programId === c.p.programId, 'the report'),
  },
  'GET /api/programs/{programId}/commissions': {
    check: (r, c) =>
      assert(
        r.body.items.some((l: { commissionId: string }) => l.commissionId === c.p.spare.commissionId),
        'lines',
      ),
  },
  'POST /api/programs/{programId}/payouts': {
    phase: 'last',
    success: 201,
    // A new payee each time; a refused call names ambassador 1, whose spare line it would take.
    fresh: async (p, fresh) => ({ payeeId: await fresh.payee(p) }),
    spare: (p) => ({ payeeId: p.amb1.user.id }),
    body: (_p, params) => ({ ambassadorIds: [params.payeeId] }),
    check: (r, c) =>
      assert(
        r.body.status === 'ready' && r.body.total > 0 && r.body.items[0]?.ambassadorId === c.params.payeeId,
        'a payout to the payee',
      ),
  },
  'GET /api/programs/{programId}/payouts': {
    check: (r, c) =>
      assert(
        r.body.items.some((payout: { payoutId: string }) => payout.payoutId === c.p.payoutId),
        'lists the payout',
      ),
  },
  'GET /api/programs/{programId}/payouts/{payoutId}': {
    check: (r, c) =>
      assert(r.body.payoutId === c.p.payoutId && r.body.items[0]?.payee.iban === 'DE89 **** 3000', 'masked'),
  },
  'GET /api/programs/{programId}/payouts/{payoutId}/export': {
    query: () => '?format=csv',
    check: (r, c) => {
      assert(String(r.body).startsWith('Account holder,IBAN,'), 'a bank CSV');
      // The one place a payee's IBAN is shown in full: the file the brand pays from.
      c.handOut(PAYEE_IBAN, 'the IBAN of a payee');
    },
  },
  'POST /api/programs/{programId}/payouts/{payoutId}/confirm': {
    phase: 'last',
    fresh: async (p, fresh) => ({ payoutId: await fresh.payout(p) }),
    spare: (p) => ({ payoutId: p.spare.payoutId }),
    body: () => ({ sentOn: day(0), reference: 'MATRIX-REF-1' }),
    check: (r) => assert(r.body.status === 'paid' && r.body.reference === 'MATRIX-REF-1', 'paid'),
  },
  'PUT /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details': {
    body: () => payeeDetails(),
    check: (r, c) =>
      assert(r.body.ambassadorId === c.p.amb1.user.id && r.body.iban === 'DE89 **** 3000', 'saved, masked'),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/payout-details': {
    check: (r) => assert(r.body.method === 'bank' && r.body.iban === 'DE89 **** 3000', 'masked'),
  },
  'PUT /api/programs/{programId}/payout-account': {
    body: (p) => ({ name: `Matrix brand ${p.name}`, iban: BRAND_IBAN }),
    check: (r) => assert(r.body.iban === 'FR14 **** 2606', 'saved, masked'),
  },
  'GET /api/programs/{programId}/payout-account': {
    check: (r, c) =>
      assert(r.body.name === `Matrix brand ${c.p.name}` && r.body.iban === 'FR14 **** 2606', 'masked'),
  },
  'PUT /api/programs/{programId}/integrations/shopify': {
    // The shop's own domain and secret again: the deliveries in this run stay valid.
    body: (p) => ({ shopDomain: p.shop.domain, webhookSecret: p.shop.secret }),
    check: (r, c) => assert(r.body.shopDomain === c.p.shop.domain, 'connected'),
  },
  'GET /api/programs/{programId}/integrations/shopify': {
    check: (r, c) => assert(r.body.shopDomain === c.p.shop.domain, 'the shop'),
  },
  'GET /api/programs/{programId}/integrations/shopify/codes': {
    check: (r) => assert(Array.isArray(r.body.items) && r.body.shopSyncEnabled === false, 'the codes'),
  },
  'POST /api/programs/{programId}/integrations/shopify/codes/{code}/retry': {
    success: 202,
    // A code Shopify refused, written as the sync leaves one (the matrix's shop has no Admin API token).
    fresh: async (p) => {
      const code = unique('FAIL-').slice(0, 20);
      const at = new Date().toISOString();
      await replaceShopifyCode(
        {
          code,
          programId: p.programId,
          ambassadorId: p.amb1.user.id,
          status: 'failed',
          wanted: 'active',
          reason: 'Shopify refused: Code is invalid (INVALID)',
          attempts: 1,
          createdAt: at,
          updatedAt: at,
        },
        undefined,
      );
      return { code };
    },
    check: (r, c) => assert(r.body.status === 'pending' && r.body.code === c.params.code, 'queued'),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/shopify-code': {
    check: (r, c) => assert(r.body.referralCode === c.p.amb1.code && r.body.inShop === false, 'the code'),
  },
  'POST /api/webhooks/shopify/{programId}': {
    body: (p) =>
      shopifyOrder
        .replaceAll('__CODE__', p.amb1.code)
        .replaceAll('820982911946154508', String(820982911946200000 + ++shopifyOrders)),
    check: (r) => assert(r.body.status === 'recorded', 'recorded'),
  },
  'GET /api/me/profile': {
    check: (r, c) => assert(r.body.userId === c.caller?.id, 'their own'),
  },
  'PATCH /api/me/profile': {
    body: () => ({ timeZone: 'Europe/Paris' }),
    check: (r, c) => assert(r.body.userId === c.caller?.id && r.body.timeZone === 'Europe/Paris', 'saved'),
  },
  'POST /api/me/avatar-uploads': {
    success: 201,
    body: () => ({ contentType: 'image/png', size: 2048 }),
    check: (r, c) =>
      assert(String(r.body.key).startsWith(`proofs/avatars/${c.caller?.id ?? '?'}/`), 'an upload URL'),
  },
  'GET /api/programs/{programId}/public-page': {
    check: (r, c) => assert(r.body.programId === c.p.programId && r.body.url.startsWith('/a/'), 'their page'),
  },
  'PUT /api/programs/{programId}/public-page': {
    body: () => ({ enabled: true }),
    check: (r) => assert(r.body.enabled === true, 'saved'),
  },
  'GET /api/public/ambassadors/{referralCode}': {
    params: (p) => ({ referralCode: p.amb1.code }),
    check: (r, c) =>
      assert(
        r.body.referralCode === c.p.amb1.code && !JSON.stringify(r.body).includes(c.p.amb1.user.email),
        'the page, without the email',
      ),
  },
  'POST /api/public/ambassadors/{referralCode}/visits': {
    success: 202,
    params: (p) => ({ referralCode: p.amb1.code }),
    check: (r) => assert(typeof r.body.counted === 'boolean', 'taken'),
  },
  'GET /api/programs/{programId}/analytics/journey': {
    query: () => `?from=${monthOf(-1)}&to=${monthOf(0)}`,
    check: (r) => assert(r.body.months.length === 2, 'two months'),
  },
  'GET /api/programs/{programId}/reports/monthly/{month}': {
    check: (r, c) => assert(JSON.stringify(r.body).includes(c.params.month ?? '?'), 'the month'),
  },
  'GET /api/programs/{programId}/ambassadors/{ambassadorId}/journey': {
    check: (r, c) => assert(r.body.ambassadorId === c.p.amb1.user.id && r.body.stage, 'a stage'),
  },
  'GET /api/programs/{programId}/analytics/chains': {
    query: () => `?from=${monthOf(-1)}&to=${monthOf(0)}`,
    check: (r, c) => assert(r.body.programId === c.p.programId, 'the chains'),
  },
  'POST /api/programs/{programId}/webhooks': {
    success: 201,
    body: () => ({ url: 'https://93.184.215.14/matrix-other', eventTypes: ['payout.created'] }),
    check: (r, c) => {
      assert(
        String(r.body.secret).startsWith('whsec_') && r.body.status === 'enabled',
        'an endpoint and its secret',
      );
      c.handOut(r.body.secret, `a webhook secret of ${c.p.name}`);
    },
    // At most ten a program: remove this one so the next cell can make its own.
    cleanup: async (r, c) => {
      const removed = await c.world.api.call(
        c.p.owner,
        'DELETE',
        `/api/programs/${c.p.programId}/webhooks/${r.body.id}`,
      );
      assert(removed.status === 204, 'removed');
    },
  },
  'GET /api/programs/{programId}/webhooks': {
    check: (r, c) =>
      assert(
        r.body.items.some(
          (e: { id: string; secret?: string }) => e.id === c.p.webhook.endpointId && !e.secret,
        ),
        'lists the endpoint, without its secret',
      ),
  },
  'PATCH /api/programs/{programId}/webhooks/{endpointId}': {
    body: () => ({ description: unique('Matrix CRM ') }),
    check: (r, c) => assert(r.body.id === c.p.webhook.endpointId && r.body.description, 'renamed'),
  },
  'DELETE /api/programs/{programId}/webhooks/{endpointId}': {
    phase: 'last',
    success: 204,
    fresh: async (p, fresh) => ({ endpointId: await fresh.webhookEndpoint(p) }),
    check: async (_r, c) => {
      const listed = await c.world.api.call(c.p.owner, 'GET', `/api/programs/${c.p.programId}/webhooks`);
      assert(!listed.body.items.some((e: { id: string }) => e.id === c.params.endpointId), 'gone');
    },
  },
  'POST /api/programs/{programId}/webhooks/{endpointId}/secret-rotations': {
    body: () => ({ overlapHours: 0 }),
    check: (r, c) => {
      assert(String(r.body.secret).startsWith('whsec_'), 'a new secret');
      c.handOut(r.body.secret, `a webhook secret of ${c.p.name}`);
    },
  },
  'GET /api/programs/{programId}/webhooks/{endpointId}/deliveries': {
    check: (r, c) =>
      assert(
        r.body.items.some((d: { id: string }) => d.id === c.p.webhook.deliveryId),
        'the test event’s delivery',
      ),
  },
  'POST /api/programs/{programId}/webhooks/{endpointId}/deliveries/{deliveryId}/replay': { success: 202 },
  'POST /api/programs/{programId}/webhooks/{endpointId}/test': {
    success: 202,
    check: (r) => assert(String(r.body.id).startsWith('evt_'), 'an event id'),
  },
  'GET /api/openapi.json': { check: (r) => assert(String(r.body.openapi).startsWith('3.'), 'the document') },
  'ANY /api/{proxy+}': {},
  'ANY /r/{proxy+}': {},
  'GET /r/{code}': redirect,
  'HEAD /r/{code}': redirect,
  'GET /r/{code}/{slug}': redirect,
  'HEAD /r/{code}/{slug}': redirect,
};

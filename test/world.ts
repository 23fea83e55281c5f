import type { InferRequestType } from 'hono/client';
import { expect } from 'vitest';
import { findClick } from '../shared/referrals/click.store.ts';
import {
  type Api,
  type ApiResponse,
  createUser,
  eventually,
  programInput,
  type TestUser,
  validApplication,
  whileUnavailable,
} from './helpers.ts';
import { answer, expectOk, type TypedClient, typedClient } from './typed-client.ts';

type ProgramsRoutes = TypedClient['programs']['programs'];
type ChallengeRoutes = TypedClient['challenges']['programs'][':programId'];
type ReferralRoutes = TypedClient['referrals']['programs'][':programId'];

export type ProgramBody = InferRequestType<ProgramsRoutes['$post']>['json'];
export type ApplicationBody = InferRequestType<ProgramsRoutes[':programId']['applications']['$post']>['json'];
export type ChallengeBody = InferRequestType<ChallengeRoutes['challenges']['$post']>['json'];
export type PostBody = InferRequestType<
  ChallengeRoutes['challenges'][':challengeId']['submissions']['$post']
>['json'];
/** An order as the conversions API takes it; the currency is the programs' default, EUR, unless given. */
export type OrderBody = Omit<InferRequestType<ReferralRoutes['conversions']['$post']>['json'], 'currency'> & {
  currency?: string;
};

export type UploadBody = InferRequestType<ChallengeRoutes['uploads']['$post']>['json'];

export type PayoutDetailsBody = InferRequestType<
  ReferralRoutes['ambassadors'][':ambassadorId']['payout-details']['$put']
>['json'];

/** An approved ambassador and the referral code they were issued. */
export type Member = { user: TestUser; code: string };
/** Who follows a link: the address and browser the gateway sees (`x-forwarded-for`, `user-agent`). */
/** Who opens a link: `accept` as a browser sends it (`text/html,…`) or an API client. */
export type Visitor = { ip?: string; userAgent?: string; method?: string; accept?: string };

/**
 * The world a test builds through the real API: a program, its staff and ambassadors, an open
 * challenge and its posts, clicks on a referral link, orders and refunds through an API key.
 * Every step asserts that it worked, as set-up should; `order`, `refund` and `visit` return the
 * answer, since tests assert on those.
 *
 * ```ts
 * const w = await world(api).program({ pointsPerSale: 25 });
 * const brand = await w.staff('brand');
 * const anna = await w.ambassador('anna');
 * await w.apiKey(brand);
 * const rid = await w.click(anna.code, { ip: '198.51.100.7', userAgent: BROWSER });
 * ok(await w.order({ orderId: 'O-1', amount: 5_000, clickId: rid, occurredAt }), 201);
 * ```
 */
export function world(api: Api) {
  return {
    /** A program made from {@link programInput} with `overrides`, by a new admin or by `owner`. */
    async program(overrides: Partial<ProgramBody> = {}, options: { owner?: TestUser } = {}) {
      const owner = options.owner ?? (await createUser({ admin: true }));
      const created = await expectOk(
        typedClient(api, owner).programs.programs.$post({ json: programInput(overrides) as ProgramBody }),
        201,
      );
      return programWorld(api, owner, created);
    },
    /** The world of a program made another way, with `owner` as the one who acts by default. */
    at: (program: { programId: string; slug: string }, owner: TestUser) => programWorld(api, owner, program),
  };
}

export type ProgramWorld = ReturnType<typeof programWorld>;

let posts = 0;

function programWorld(api: Api, admin: TestUser, program: { programId: string; slug: string }) {
  const { programId, slug } = program;
  const param = { programId };
  const programAs = (user: TestUser) => typedClient(api, user).programs.programs[':programId'];
  const challengesAs = (user: TestUser) => typedClient(api, user).challenges.programs[':programId'];
  /** The key `apiKey()` made last, unless the call names another. */
  let key: string | undefined;
  const shop = (apiKey = key) => {
    if (apiKey === undefined) throw new Error('No API key yet: make one with apiKey() first');
    return typedClient(api, { apiKey }).referrals.programs[':programId'];
  };

  const w = {
    api,
    /** Who made the program (an admin unless another owner was given): the default actor below. */
    admin,
    programId,
    slug,

    /** A new user invited as manager or brand by the owner (or `by`), who has accepted. */
    async staff(
      role: 'manager' | 'brand',
      { by = admin, name = role }: { by?: TestUser; name?: string } = {},
    ): Promise<TestUser> {
      const user = await createUser({ name });
      await expectOk(programAs(by).invitations.$post({ param, json: { email: user.email, role } }), 201);
      await expectOk(programAs(user).invitations.accept.$post({ param }), 201);
      return user;
    },

    /** `user` applies with a valid application, `application` over it; returns the pending membership. */
    apply: (user: TestUser, application: Partial<ApplicationBody> = {}) =>
      expectOk(
        programAs(user).applications.$post({ param, json: validApplication(application) as ApplicationBody }),
        201,
      ),

    /** `by` approves the applicant; returns the referral code issued. */
    async approve(user: TestUser, by = admin): Promise<string> {
      const decided = await expectOk(
        programAs(by).ambassadors[':ambassadorId'].decision.$post({
          param: { programId, ambassadorId: user.id },
          json: { decision: 'approve' },
        }),
      );
      if (decided.referralCode === undefined) throw new Error('Approved without a referral code');
      return decided.referralCode;
    },

    /** A new user who applied (`application` over a valid one) and was approved by the owner or `by`. */
    async ambassador(
      name: string,
      { by = admin, application = {} }: { by?: TestUser; application?: Partial<ApplicationBody> } = {},
    ): Promise<Member> {
      const user = await createUser({ name });
      await w.apply(user, application);
      return { user, code: await w.approve(user, by) };
    },

    /** An API key made by `by` (the owner or brand); `order` and `refund` send with it from now on. */
    async apiKey(by: TestUser, name = 'Shop'): Promise<string> {
      const created = await expectOk(
        typedClient(api, by).referrals.programs[':programId']['api-keys'].$post({ param, json: { name } }),
        201,
      );
      key = created.key;
      return created.key;
    },

    /**
     * A challenge made and published by `by`, open from an hour ago for a day unless `body` says
     * otherwise; returns it as published.
     */
    async challenge(body: Partial<ChallengeBody> = {}, by = admin) {
      const hour = 3_600_000;
      const { challengeId } = await expectOk(
        challengesAs(by).challenges.$post({
          param,
          json: {
            title: 'A challenge',
            opensAt: new Date(Date.now() - hour).toISOString(),
            closesAt: new Date(Date.now() + 24 * hour).toISOString(),
            ...body,
          } as ChallengeBody,
        }),
        201,
      );
      return expectOk(
        challengesAs(by).challenges[':challengeId'].publish.$post({ param: { programId, challengeId } }),
      );
    },

    /** `user` submits a post (an Instagram link nobody submitted before) to the challenge. */
    async post(user: TestUser, challengeId: string, body: Partial<PostBody> = {}) {
      const json = {
        postUrl: `https://www.instagram.com/p/WORLD${++posts}${Date.now().toString(36)}/`,
        platform: 'instagram' as const,
        caption: 'Out now #ad',
        ...body,
      };
      // Many tests post to one program at once: its 503 "many posts at once" is sent again.
      const { submission } = await expectOk(
        whileUnavailable(() =>
          challengesAs(user).challenges[':challengeId'].submissions.$post({
            param: { programId, challengeId },
            json,
          }),
        ),
        201,
      );
      return submission;
    },

    /**
     * `user` uploads `bytes` as the dashboard does (presign, then PUT to storage) and gets the
     * key to name in a submission; `contentType` is what the upload is declared as.
     */
    async upload(
      user: TestUser,
      bytes: Uint8Array,
      {
        contentType = 'image/png',
        fileName,
      }: { contentType?: UploadBody['contentType']; fileName?: string } = {},
    ): Promise<string> {
      const upload = await expectOk(
        challengesAs(user).uploads.$post({
          param,
          json: { contentType, size: bytes.length, ...(fileName ? { fileName } : {}) },
        }),
        201,
      );
      const put = await fetch(upload.uploadUrl, {
        method: upload.method,
        headers: upload.headers,
        body: new Uint8Array(bytes),
      });
      expect(put.status, await put.text()).toBe(200);
      return upload.key;
    },

    /** A visitor's request to a path, redirects not followed: for `/r/{code}` and tracked links. */
    visit: (path: string, visitor: Visitor = {}): Promise<Response> =>
      api.fetch(`${api.url}${path}`, {
        method: visitor.method ?? 'GET',
        headers: {
          ...(visitor.userAgent === undefined ? {} : { 'user-agent': visitor.userAgent }),
          ...(visitor.ip === undefined ? {} : { 'x-forwarded-for': visitor.ip }),
          ...(visitor.accept === undefined ? {} : { accept: visitor.accept }),
        },
      }),

    /**
     * A click on the referral code's link, redirected to the landing page; returns its `rid`
     * once the click is stored. The redirect answers within its budget and may finish the write
     * after (shared/referrals/record-click.ts); a shopper reaches the checkout seconds later,
     * which a test's next request would not wait for on a loaded machine.
     */
    async click(code: string, visitor: Visitor = {}): Promise<string> {
      const response = await w.visit(`/r/${code}`, visitor);
      expect(response.status).toBe(302);
      const rid = new URL(response.headers.get('location') ?? '').searchParams.get('rid') ?? '';
      if (rid)
        await eventually(
          () => findClick(rid),
          (stored) => stored !== undefined,
        );
      return rid;
    },

    /** `member` sets where they are paid (PayPal or a bank account); returns the masked details. */
    payoutDetails: (member: Member, details: PayoutDetailsBody) =>
      expectOk(
        typedClient(api, member.user).referrals.programs[':programId'].ambassadors[':ambassadorId'][
          'payout-details'
        ].$put({ param: { programId, ambassadorId: member.user.id }, json: details }),
      ),

    /** The shop reports an order through the conversions API. */
    order: (body: OrderBody, apiKey?: string): Promise<ApiResponse> =>
      answer(shop(apiKey).conversions.$post({ param, json: { currency: 'EUR', ...body } })),

    /** The shop reports a refund of an order. */
    refund: (orderId: string, refundId: string, amount: number, apiKey?: string): Promise<ApiResponse> =>
      answer(
        shop(apiKey).conversions[':orderId'].refunds.$post({
          param: { programId, orderId },
          json: { refundId, amount },
        }),
      ),
  };
  return w;
}

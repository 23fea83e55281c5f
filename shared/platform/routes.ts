/**
 * Stream consumers that sum (reports, analytics) wait up to a minute to fill a batch: a run of
 * clicks is added to the rollups in one transaction, so bigger batches mean fewer writes and
 * invocations (see BENCHMARKS.md, cost model). Figures lag by at most the window.
 */
const SUMMING_BATCHES = { batchSize: 100, batchingWindowSeconds: 60 } as const;

/**
 * The one route table. CDK builds the HTTP API's routes from it, and the local gateway
 * dispatches with it, so the two cannot drift. Each Hono app serves exactly its rows
 * (a test checks both directions).
 */
export const FUNCTIONS = {
  /** Programs, identity, memberships and applications: the "programs and ambassadors" context. */
  programs: {
    entry: 'functions/programs.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
    // The public page's logo and hero image: checked on save, shown through their thumbnails'
    // short-lived links; uploaded through challenges.
    media: 'proofs/*',
    mediaReadOnly: true,
    thumbnails: 'read',
  },
  /** Challenges, submissions, proof uploads and review: the "challenges" context. */
  challenges: {
    entry: 'functions/challenges.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
    media: 'proofs/*',
    // The review queue and a submission show the thumbnail when there is one.
    thumbnails: 'read',
  },
  /** The reward catalogue, code pools, redemptions and their fulfilment, and points (ledger, leaderboard, adjustments): the "rewards" context. */
  rewards: {
    entry: 'functions/rewards.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
    // Reward images: checked on save (HeadObject), shown through short-lived links; uploaded through challenges.
    media: 'proofs/*',
    mediaReadOnly: true,
    // Reward codes are sealed at rest with the master key.
    sealsSecrets: true,
  },
  /**
   * The gallery and kudos, posts' figures (reach, views, engagement) and their verification, rights grants on posts
   * (revoking them) and the brand's content library: the "content" context.
   */
  content: {
    entry: 'functions/content.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
    // Insights screenshots (checked on report), shown through short-lived links; uploaded
    // through challenges.
    media: 'proofs/*',
    mediaReadOnly: true,
    // The gallery and the library show each post's thumbnail (thumbs/), once there is one.
    thumbnails: 'read',
  },
  /**
   * Thumbnails: a resized WebP copy under thumbs/ of each image uploaded under proofs/, fed by the
   * media bucket's ObjectCreated events. No routes, no table.
   */
  media: {
    entry: 'functions/media.handler.ts',
    // sharp runs as WebAssembly in Lambda (docs/decisions.md): memory is also its CPU share.
    memoryMb: 1024,
    timeoutSeconds: 30,
    table: 'none',
    media: 'proofs/*',
    mediaReadOnly: true,
    thumbnails: 'write',
    objectCreated: 'proofs/',
    externalPackages: ['sharp', '@img/sharp-wasm32'],
  },
  /** Referral links, conversions, refunds, commissions, payouts and reports: the "referrals" context. */
  referrals: {
    entry: 'functions/referrals.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
  },
  /**
   * Counts clicks, orders and commissions into the report rollups from the table's stream; awards
   * sale and recruit points; counts the applications, posts and rewards waiting for the team.
   */
  rollups: {
    entry: 'functions/rollups.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    table: 'readWrite',
    stream: {
      entities: ['click', 'conversion', 'commission', 'membership', 'submission', 'redemption'],
      events: ['INSERT', 'MODIFY'],
      ...SUMMING_BATCHES,
    },
  },
  /** A program's outbound webhook endpoints, their secrets, delivery logs, replays and test events: the "webhooks" context. */
  webhooks: {
    entry: 'functions/webhooks.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
  },
  /**
   * Outbound webhooks' delivery. From the table's stream it turns changes into events and
   * deliveries (shared/webhooks/webhook-events.ts lists the entities), and sends new or
   * replayed deliveries on; from its queue it makes the attempts (AWS); on the clock it sweeps
   * the retries that are due. Locally there is no queue, and the stream poller and the timer
   * run the attempts themselves.
   */
  webhookSender: {
    entry: 'functions/webhook-sender.handler.ts',
    memoryMb: 256,
    // Four attempts side by side, each cut at 5 s (shared/webhooks/send-webhook.ts), ten to a batch.
    timeoutSeconds: 30,
    table: 'readWrite',
    // Endpoint secrets are derived from the master key.
    sealsSecrets: true,
    schedule: 'rate(1 minute)',
    stream: {
      entities: [
        'membership',
        'submission',
        'conversion',
        'commission',
        'payout',
        'redemption',
        'shopifyCode',
        'referralCode',
        'codeLeakDay',
        'webhookDelivery',
      ],
      events: ['INSERT', 'MODIFY'],
    },
    queue: { batchSize: 10, environment: 'WEBHOOK_QUEUE_URL' },
  },
  /** Where each ambassador's code stands in the program's Shopify shop, and retrying a failed one: the "Shopify codes" context. */
  shopifyCodes: {
    entry: 'functions/shopify-codes.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 10,
    table: 'readWrite',
  },
  /**
   * Makes ambassadors' codes discounts in the program's Shopify shop through the Admin GraphQL
   * API, and keeps them in step: from the table's stream (codes made, switched off or on, given
   * an end; a connection gaining an Admin API token), and on the clock for the retries that are
   * due. The only function that calls the shop.
   */
  shopifySync: {
    entry: 'functions/shopify-sync.handler.ts',
    memoryMb: 256,
    // Throttled calls are waited out within an invocation, up to a few seconds each.
    timeoutSeconds: 30,
    table: 'readWrite',
    // The Admin API token is sealed with the master key.
    sealsSecrets: true,
    schedule: 'rate(1 minute)',
    stream: { entities: ['referralCode', 'integration'], events: ['INSERT', 'MODIFY'] },
  },
  /**
   * A person's own account: their profile (name, avatar, handles, language, time zone), their
   * notifications and preferences, an ambassador's public page (its settings, its public read, its
   * visits counted as clicks); and a program's team (members, invitations, ownership) and audit
   * log: the "accounts" context.
   */
  accounts: {
    entry: 'functions/accounts.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readWrite',
    // Avatars are uploaded beside proof images (proofs/avatars/{userId}/…) and checked on save.
    media: 'proofs/*',
    // The avatar and the public page's posts show their thumbnails.
    thumbnails: 'read',
    // The one-click unsubscribe verifies its token with a key derived from the master key.
    sealsSecrets: true,
  },
  /** Journey KPIs and participation chains, read from the aggregator's counters; puts monthly reports. */
  analytics: {
    entry: 'functions/analytics.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    table: 'readAndPut',
  },
  /** The analytics aggregator: the activity stream, KPIs and chains, from the table's stream. */
  activity: {
    entry: 'functions/activity.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 60,
    table: 'readWrite',
    stream: {
      entities: [
        'membership',
        'challengeView',
        'submission',
        'trackedLink',
        'click',
        'conversion',
        'badgeAward',
        'tierMove',
      ],
      events: ['INSERT', 'MODIFY'],
      ...SUMMING_BATCHES,
    },
  },
  /**
   * The clock's work, on a schedule, not by a route: opens and closes challenges, approves
   * commissions whose holding period ended, writes the monthly reports.
   */
  scheduler: {
    entry: 'functions/scheduler.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 25,
    table: 'readWrite',
    schedule: 'rate(5 minutes)',
  },
  /**
   * Emails a copy of each new notification; fed by the table's stream. It reads the recipient's
   * preferences and the program's time zone, and signs the unsubscribe link with a key derived
   * from the master key.
   */
  notifier: {
    entry: 'functions/notifier.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    table: 'read',
    sealsSecrets: true,
    // Ten emails a batch: paced at one a second (a sandbox account's rate), a batch ends well inside the timeout.
    // An invitation is sent when made and when renewed (a MODIFY with a new invitedAt).
    stream: { entities: ['notification', 'invitation'], events: ['INSERT', 'MODIFY'], batchSize: 10 },
  },
  /**
   * The caller's own data: its export and the account's deletion (GDPR), the "privacy" context.
   * 28 s, under API Gateway's 30 s: a busy ambassador's export reads thousands of items, and a
   * deletion erases in batches until 3 s are left, then leaves the rest to the scheduler.
   */
  privacy: {
    entry: 'functions/privacy.handler.ts',
    memoryMb: 512,
    timeoutSeconds: 28,
    table: 'readWrite',
    // AdminDeleteUser on the user pool: the account goes from Cognito.
    deletesUsers: true,
    // The deleted person's avatar and its thumbnail go from the media bucket.
    deletesMedia: ['proofs/avatars/*', 'thumbs/avatars/*'],
  },
  /**
   * The user pool's post-confirmation trigger: a password reset by the emailed code goes into the
   * person's programs' audit logs. No routes. Cognito waits 5 s for it; the timeout is the
   * ladder's (every SDK call gives up first), and its one write takes milliseconds.
   */
  identityEvents: {
    entry: 'functions/identity-events.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 10,
    // The person's memberships, then one new entry per program.
    table: 'readAndPut',
    cognitoTrigger: 'PostConfirmation',
  },
  /** The OpenAPI document and the error-shaped 404 for unknown API paths. */
  docs: { entry: 'functions/docs.handler.ts', memoryMb: 256, timeoutSeconds: 5, table: 'none' },
  /**
   * `/r/{code}`: the hot path. No framework, one read. It answers in milliseconds; the timeout
   * only has to exceed the longest DynamoDB call (the ladder in shared/platform/timeout-ladder.ts).
   */
  redirect: {
    entry: 'functions/redirect.handler.ts',
    memoryMb: 256,
    timeoutSeconds: 10,
    table: 'readAndPut',
  },
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionDefinition = {
  /** Path from the repository root. */
  entry: string;
  memoryMb: number;
  timeoutSeconds: number;
  /** `readAndPut`: reads, plus PutItem only (the redirect writes clicks and nothing else). */
  table: 'none' | 'read' | 'readAndPut' | 'readWrite';
  /** Keys of the media bucket the function presigns uploads and reads for (it gets MEDIA_BUCKET). */
  media?: string;
  /** The function only reads media (no presigned uploads): GetObject, not PutObject. */
  mediaReadOnly?: true;
  /**
   * Thumbnails in the media bucket (`thumbs/*`): `read` to see whether one is there and sign links
   * to it (GetObject), `write` to put them (PutObject, nothing else).
   */
  thumbnails?: 'read' | 'write';
  /**
   * The function is fed the media bucket's ObjectCreated events for keys under this prefix: a
   * bucket notification in AWS, s3rver's events locally (local/s3-events.ts).
   */
  objectCreated?: string;
  /**
   * Packages esbuild leaves out of the bundle, shipped beside it in `node_modules` with their
   * dependencies (cdk/bundling.ts): code esbuild cannot inline, such as sharp's WebAssembly.
   */
  externalPackages?: readonly string[];
  /**
   * The function seals or opens secrets with the master key (shared/platform/secrets/secret-box.ts)
   * though none of its routes is a sales, API-key or Shopify route: it gets SIGNING_MASTER_KEY_ARN.
   */
  sealsSecrets?: true;
  /**
   * In AWS, an SQS queue of its own feeds the function, which also sends to it (its URL in the
   * `environment` variable named). Locally there is none: the function works without it.
   */
  queue?: { batchSize: number; environment: 'WEBHOOK_QUEUE_URL' };
  /** The function deletes users from the Cognito user pool (AdminDeleteUser): account deletion. */
  deletesUsers?: true;
  /**
   * Keys of the media bucket the function deletes (DeleteObject, nothing else; it gets
   * MEDIA_BUCKET): account deletion removes the person's avatar and its thumbnail.
   */
  deletesMedia?: readonly string[];
  /**
   * The user pool invokes the function on this trigger (its LambdaConfig in AWS; locally
   * cognito-local, through local/lambda-invoke.ts).
   */
  cognitoTrigger?: 'PostConfirmation';
  /** An EventBridge Scheduler expression for functions that run on the clock. */
  schedule?: string;
  /** Functions fed by the table's stream: which entities and events they receive. */
  stream?: {
    entities: string[];
    events: Array<'INSERT' | 'MODIFY' | 'REMOVE'>;
    /** Records per invocation, at most (default 25). */
    batchSize?: number;
    /** How long Lambda may wait to fill a batch (default 1 s). */
    batchingWindowSeconds?: number;
  };
};

export type FunctionName = keyof typeof FUNCTIONS;

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'ANY';

/**
 * Who may call a route. The handler enforces it; this column documents it and drives the
 * authorization tests.
 * - public: anyone, no token
 * - signedIn: any valid token
 * - admin: the Cognito group `admins`
 * - member: any active or approved member of the program
 * - manager: owner or manager of the program (admins count as owners)
 * - owner: owner of the program
 * - selfOrManager: the ambassador the path names, or a manager
 * - self: the ambassador the path names, and nobody else (their payout details)
 * - selfOrSales: the ambassador the path names, or an owner or brand user
 * - sales: owner or brand user (keys, sales data)
 * - staff: owner, manager or brand user (analytics)
 * - apiKey: the brand's server, with a program API key instead of a user token
 * - shopify: the connected Shopify shop, by the HMAC of the body with the shop's secret
 */
export type Access =
  | 'public'
  | 'signedIn'
  | 'admin'
  | 'member'
  | 'manager'
  | 'owner'
  | 'selfOrManager'
  | 'self'
  | 'selfOrSales'
  | 'sales'
  | 'staff'
  | 'apiKey'
  | 'shopify';

/**
 * API Gateway's throttle for a route: a steady rate (requests per second) and a burst (the
 * bucket a spike draws on). An HTTP API throttles a route as a whole, for all callers together:
 * these numbers cap what a flood can cost and how hard it hits the table, they do not stop one
 * abuser from crowding out others (that would take WAF rate rules, which cost money). All
 * routes together also share the account's regional limit (10,000 requests per second, burst
 * 5,000, across every API in the account and region).
 */
export const THROTTLES = {
  /**
   * The dashboard and the rest: a page makes a few calls, so this serves hundreds of people
   * clicking at once, far above a program's traffic, and caps a runaway script at 360,000
   * requests an hour.
   */
  standard: { rate: 100, burst: 200 },
  /**
   * Applying to a program: once per person, but each writes an application and notifies the
   * managers. 10 a second is 36,000 an hour, more than a viral invitation brings; scripted
   * applications stop there.
   */
  application: { rate: 10, burst: 20 },
  /**
   * Brand servers and Shopify posting orders and refunds (each one a transaction): 72,000 an
   * hour is beyond any one shop, and a 429 is retried by Shopify and by well-behaved clients.
   */
  integration: { rate: 20, burst: 50 },
  /**
   * `/r/`, per route (GET and HEAD, with and without a slug): a viral post brings clicks in
   * spikes, and a dropped click is a lost visitor, so the burst is high. The redirect is cheap
   * (cached lookups and one write), yet the cap keeps a bot flood from using up the account's
   * Lambda concurrency (1,000 by default) and its API Gateway limit, which the API shares.
   */
  redirect: { rate: 1000, burst: 2000 },
} as const satisfies Record<string, { rate: number; burst: number }>;

export type ThrottleName = keyof typeof THROTTLES;

export type RouteDefinition = {
  /**
   * The operation's name in the OpenAPI document (verb-noun, unique): what SDK generators name
   * the client's method after. The catch-all's is never documented.
   */
  operationId: string;
  method: HttpMethod;
  /** API Gateway syntax: `{param}` and a final greedy `{proxy+}`. */
  path: string;
  function: FunctionName;
  access: Access;
  /** Its row of THROTTLES; `standard` when not given. */
  throttle?: ThrottleName;
  /**
   * Which of the function's route modules serves the row, where a function has several
   * (ROUTE_GROUPS): the module is loaded on the first request to one of its rows
   * (functions/http/route-groups.ts).
   */
  group?: string;
};

/** The throttle a route gets in API Gateway: every route has one. */
export function throttleOf(route: RouteDefinition): ThrottleName {
  return route.throttle ?? 'standard';
}

/**
 * Functions whose route modules load one at a time: each on the first request for one of its
 * rows, so a cold start builds that module's routes and schemas, not every module's
 * (functions/http/route-groups.ts). A function not named here builds all its routes at INIT:
 * where one module is most of the function (challenges, rewards, content), loading it apart made
 * the cold start slower, not faster (BENCHMARKS.md, issue 19, third round).
 */
export const ROUTE_GROUPS = {
  programs: ['me', 'programs', 'ambassadors'],
  referrals: ['links', 'conversions', 'sales', 'payouts', 'shopify'],
  accounts: ['profile', 'notifications', 'publicPage', 'team'],
} as const satisfies Partial<Record<FunctionName, readonly string[]>>;

export type GroupedFunction = keyof typeof ROUTE_GROUPS;
export type RouteGroupName<F extends GroupedFunction> = (typeof ROUTE_GROUPS)[F][number];

const row =
  (fn: FunctionName, group?: string) =>
  (
    operationId: string,
    method: HttpMethod,
    path: string,
    access: Access,
    throttle?: ThrottleName,
  ): RouteDefinition => ({
    operationId,
    method,
    path,
    function: fn,
    access,
    ...(throttle ? { throttle } : {}),
    ...(group ? { group } : {}),
  });

/** A row maker per route module of a grouped function: `programs.me(...)`. */
const grouped = <F extends GroupedFunction>(fn: F) =>
  Object.fromEntries(ROUTE_GROUPS[fn].map((group) => [group, row(fn, group)])) as Record<
    RouteGroupName<F>,
    ReturnType<typeof row>
  >;

const programs = grouped('programs');
const challenges = row('challenges');
const referrals = grouped('referrals');
const rewards = row('rewards');
const content = row('content');
const analytics = row('analytics');
const webhooks = row('webhooks');
const shopifyCodes = row('shopifyCodes');
const privacy = row('privacy');
const accounts = grouped('accounts');
const docs = row('docs');
const redirect = row('redirect');

export const ROUTES: readonly RouteDefinition[] = [
  programs.me('getHealth', 'GET', '/api/health', 'public'),
  programs.me('getMe', 'GET', '/api/me', 'signedIn'),
  accounts.notifications('listMyNotifications', 'GET', '/api/me/notifications', 'signedIn'),
  privacy('exportMyData', 'GET', '/api/me/export', 'signedIn'),
  privacy('deleteMyAccount', 'DELETE', '/api/me', 'signedIn'),
  accounts.notifications('markMyNotificationsRead', 'POST', '/api/me/notifications/read', 'signedIn'),
  accounts.notifications(
    'getMyNotificationPreferences',
    'GET',
    '/api/me/notification-preferences',
    'signedIn',
  ),
  accounts.notifications(
    'updateMyNotificationPreferences',
    'PUT',
    '/api/me/notification-preferences',
    'signedIn',
  ),
  accounts.notifications('unsubscribe', 'POST', '/api/unsubscribe', 'public'),
  accounts.notifications('getWaitingCounts', 'GET', '/api/programs/{programId}/waiting', 'manager'),
  programs.programs('createProgram', 'POST', '/api/programs', 'admin'),
  programs.programs('getProgram', 'GET', '/api/programs/{programId}', 'signedIn'),
  programs.programs('getPublicProgram', 'GET', '/api/public/programs/{slug}', 'public'),
  programs.programs('updateProgram', 'PATCH', '/api/programs/{programId}', 'manager'),
  programs.programs('inviteMember', 'POST', '/api/programs/{programId}/invitations', 'owner'),
  programs.programs('acceptInvitation', 'POST', '/api/programs/{programId}/invitations/accept', 'signedIn'),
  accounts.team('listInvitations', 'GET', '/api/programs/{programId}/invitations', 'manager'),
  accounts.team('revokeInvitation', 'POST', '/api/programs/{programId}/invitations/revoke', 'owner'),
  accounts.team('listTeam', 'GET', '/api/programs/{programId}/members', 'manager'),
  accounts.team('changeMemberRole', 'PATCH', '/api/programs/{programId}/members/{userId}', 'owner'),
  accounts.team('removeMember', 'DELETE', '/api/programs/{programId}/members/{userId}', 'owner'),
  accounts.team('transferOwnership', 'POST', '/api/programs/{programId}/ownership', 'owner'),
  accounts.team('listAudit', 'GET', '/api/programs/{programId}/audit', 'manager'),
  programs.ambassadors(
    'submitApplication',
    'POST',
    '/api/programs/{programId}/applications',
    'signedIn',
    'application',
  ),
  programs.ambassadors('listAmbassadors', 'GET', '/api/programs/{programId}/ambassadors', 'manager'),
  programs.ambassadors(
    'getAmbassador',
    'GET',
    '/api/programs/{programId}/ambassadors/{ambassadorId}',
    'selfOrManager',
  ),
  programs.ambassadors(
    'decideApplication',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/decision',
    'manager',
  ),
  programs.ambassadors(
    'suspendAmbassador',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/suspend',
    'manager',
  ),
  programs.ambassadors(
    'reinstateAmbassador',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/reinstate',
    'manager',
  ),
  programs.ambassadors(
    'leaveProgram',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/leave',
    'self',
  ),
  programs.ambassadors(
    'rotateReferralCode',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate',
    'manager',
  ),
  challenges('createChallenge', 'POST', '/api/programs/{programId}/challenges', 'manager'),
  challenges('listChallenges', 'GET', '/api/programs/{programId}/challenges', 'member'),
  challenges('getChallenge', 'GET', '/api/programs/{programId}/challenges/{challengeId}', 'member'),
  challenges('updateChallenge', 'PATCH', '/api/programs/{programId}/challenges/{challengeId}', 'manager'),
  challenges(
    'publishChallenge',
    'POST',
    '/api/programs/{programId}/challenges/{challengeId}/publish',
    'manager',
  ),
  challenges(
    'submitPost',
    'POST',
    '/api/programs/{programId}/challenges/{challengeId}/submissions',
    'member',
  ),
  challenges('createUpload', 'POST', '/api/programs/{programId}/uploads', 'member'),
  challenges('listSubmissions', 'GET', '/api/programs/{programId}/submissions', 'member'),
  challenges('getSubmission', 'GET', '/api/programs/{programId}/submissions/{submissionId}', 'member'),
  challenges('resubmitPost', 'PUT', '/api/programs/{programId}/submissions/{submissionId}', 'member'),
  challenges(
    'reviewSubmission',
    'POST',
    '/api/programs/{programId}/submissions/{submissionId}/review',
    'manager',
  ),
  content('giveKudos', 'POST', '/api/programs/{programId}/submissions/{submissionId}/kudos', 'member'),
  content('listGallery', 'GET', '/api/programs/{programId}/gallery', 'member'),
  rewards('getLeaderboard', 'GET', '/api/programs/{programId}/leaderboard', 'member'),
  rewards(
    'getPointsLedger',
    'GET',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/ledger',
    'selfOrManager',
  ),
  rewards(
    'adjustPoints',
    'POST',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/points-adjustments',
    'manager',
  ),
  rewards('createReward', 'POST', '/api/programs/{programId}/rewards', 'manager'),
  rewards('listRewards', 'GET', '/api/programs/{programId}/rewards', 'member'),
  rewards('getReward', 'GET', '/api/programs/{programId}/rewards/{rewardId}', 'member'),
  rewards('updateReward', 'PATCH', '/api/programs/{programId}/rewards/{rewardId}', 'manager'),
  rewards('uploadRewardCodes', 'POST', '/api/programs/{programId}/rewards/{rewardId}/codes', 'manager'),
  rewards('redeemReward', 'POST', '/api/programs/{programId}/rewards/{rewardId}/redemptions', 'member'),
  rewards('listRedemptions', 'GET', '/api/programs/{programId}/redemptions', 'member'),
  rewards('getRedemption', 'GET', '/api/programs/{programId}/redemptions/{redemptionId}', 'member'),
  rewards(
    'decideRedemption',
    'POST',
    '/api/programs/{programId}/redemptions/{redemptionId}/decision',
    'manager',
  ),
  rewards(
    'fulfilRedemption',
    'POST',
    '/api/programs/{programId}/redemptions/{redemptionId}/fulfil',
    'manager',
  ),
  rewards(
    'cancelRedemption',
    'POST',
    '/api/programs/{programId}/redemptions/{redemptionId}/cancel',
    'member',
  ),
  content(
    'reportPostMetrics',
    'POST',
    '/api/programs/{programId}/submissions/{submissionId}/metrics',
    'member',
  ),
  content('getPostMetrics', 'GET', '/api/programs/{programId}/submissions/{submissionId}/metrics', 'member'),
  content(
    'verifyPostMetrics',
    'POST',
    '/api/programs/{programId}/submissions/{submissionId}/metrics/{reportId}/verification',
    'manager',
  ),
  content('listMetricsToCheck', 'GET', '/api/programs/{programId}/metrics-reports', 'manager'),
  content('listContent', 'GET', '/api/programs/{programId}/content', 'staff'),
  content('exportContent', 'GET', '/api/programs/{programId}/content/export', 'staff'),
  content('revokeRights', 'DELETE', '/api/programs/{programId}/submissions/{submissionId}/rights', 'member'),
  referrals.links('createTrackedLink', 'POST', '/api/programs/{programId}/links', 'member'),
  referrals.links('listTrackedLinks', 'GET', '/api/programs/{programId}/links', 'member'),
  referrals.conversions('createApiKey', 'POST', '/api/programs/{programId}/api-keys', 'sales'),
  referrals.conversions('listApiKeys', 'GET', '/api/programs/{programId}/api-keys', 'sales'),
  referrals.conversions('revokeApiKey', 'DELETE', '/api/programs/{programId}/api-keys/{keyId}', 'sales'),
  referrals.conversions('createSigningSecret', 'POST', '/api/programs/{programId}/signing-secrets', 'sales'),
  referrals.conversions(
    'revokeSigningSecret',
    'DELETE',
    '/api/programs/{programId}/signing-secrets/{secretId}',
    'sales',
  ),
  referrals.conversions(
    'recordConversion',
    'POST',
    '/api/programs/{programId}/conversions',
    'apiKey',
    'integration',
  ),
  referrals.conversions('listConversions', 'GET', '/api/programs/{programId}/conversions', 'sales'),
  referrals.conversions(
    'recordRefund',
    'POST',
    '/api/programs/{programId}/conversions/{orderId}/refunds',
    'apiKey',
    'integration',
  ),
  referrals.sales('getReferralReport', 'GET', '/api/programs/{programId}/reports/referrals', 'sales'),
  referrals.sales('listCommissions', 'GET', '/api/programs/{programId}/commissions', 'sales'),
  referrals.payouts('createPayout', 'POST', '/api/programs/{programId}/payouts', 'sales'),
  referrals.payouts('listPayouts', 'GET', '/api/programs/{programId}/payouts', 'sales'),
  referrals.payouts('getPayout', 'GET', '/api/programs/{programId}/payouts/{payoutId}', 'sales'),
  referrals.payouts('exportPayout', 'GET', '/api/programs/{programId}/payouts/{payoutId}/export', 'sales'),
  referrals.payouts('confirmPayout', 'POST', '/api/programs/{programId}/payouts/{payoutId}/confirm', 'sales'),
  referrals.payouts(
    'putPayoutDetails',
    'PUT',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/payout-details',
    'self',
  ),
  referrals.payouts(
    'getPayoutDetails',
    'GET',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/payout-details',
    'selfOrSales',
  ),
  referrals.payouts('putPayoutAccount', 'PUT', '/api/programs/{programId}/payout-account', 'sales'),
  referrals.payouts('getPayoutAccount', 'GET', '/api/programs/{programId}/payout-account', 'sales'),
  referrals.shopify('connectShopify', 'PUT', '/api/programs/{programId}/integrations/shopify', 'sales'),
  referrals.shopify(
    'getShopifyIntegration',
    'GET',
    '/api/programs/{programId}/integrations/shopify',
    'sales',
  ),
  referrals.shopify(
    'receiveShopifyWebhook',
    'POST',
    '/api/webhooks/shopify/{programId}',
    'shopify',
    'integration',
  ),
  shopifyCodes('listShopifyCodes', 'GET', '/api/programs/{programId}/integrations/shopify/codes', 'staff'),
  shopifyCodes(
    'retryShopifyCode',
    'POST',
    '/api/programs/{programId}/integrations/shopify/codes/{code}/retry',
    'staff',
  ),
  shopifyCodes(
    'getAmbassadorShopifyCode',
    'GET',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/shopify-code',
    'selfOrManager',
  ),
  webhooks('createWebhookEndpoint', 'POST', '/api/programs/{programId}/webhooks', 'sales'),
  webhooks('listWebhookEndpoints', 'GET', '/api/programs/{programId}/webhooks', 'sales'),
  webhooks('updateWebhookEndpoint', 'PATCH', '/api/programs/{programId}/webhooks/{endpointId}', 'sales'),
  webhooks('deleteWebhookEndpoint', 'DELETE', '/api/programs/{programId}/webhooks/{endpointId}', 'sales'),
  webhooks(
    'rotateWebhookSecret',
    'POST',
    '/api/programs/{programId}/webhooks/{endpointId}/secret-rotations',
    'sales',
  ),
  webhooks(
    'listWebhookDeliveries',
    'GET',
    '/api/programs/{programId}/webhooks/{endpointId}/deliveries',
    'sales',
  ),
  webhooks(
    'replayWebhookDelivery',
    'POST',
    '/api/programs/{programId}/webhooks/{endpointId}/deliveries/{deliveryId}/replay',
    'sales',
  ),
  webhooks('sendTestWebhook', 'POST', '/api/programs/{programId}/webhooks/{endpointId}/test', 'sales'),
  accounts.profile('getMyProfile', 'GET', '/api/me/profile', 'signedIn'),
  accounts.profile('updateMyProfile', 'PATCH', '/api/me/profile', 'signedIn'),
  accounts.profile('createAvatarUpload', 'POST', '/api/me/avatar-uploads', 'signedIn'),
  accounts.publicPage('getMyPublicPage', 'GET', '/api/programs/{programId}/public-page', 'member'),
  accounts.publicPage('updateMyPublicPage', 'PUT', '/api/programs/{programId}/public-page', 'member'),
  accounts.publicPage('getPublicAmbassador', 'GET', '/api/public/ambassadors/{referralCode}', 'public'),
  accounts.publicPage(
    'recordPublicPageVisit',
    'POST',
    '/api/public/ambassadors/{referralCode}/visits',
    'public',
  ),
  analytics('getJourneyKpis', 'GET', '/api/programs/{programId}/analytics/journey', 'staff'),
  analytics('getMonthlyReport', 'GET', '/api/programs/{programId}/reports/monthly/{month}', 'staff'),
  analytics(
    'getAmbassadorJourney',
    'GET',
    '/api/programs/{programId}/ambassadors/{ambassadorId}/journey',
    'selfOrManager',
  ),
  analytics('getParticipationChains', 'GET', '/api/programs/{programId}/analytics/chains', 'staff'),
  docs('getOpenApiDocument', 'GET', '/api/openapi.json', 'public'),
  docs('apiNotFound', 'ANY', '/api/{proxy+}', 'public'),
  // Without it, a method or path under /r/ that no row serves would get API Gateway's own 404.
  docs('redirectNotFound', 'ANY', '/r/{proxy+}', 'public', 'redirect'),
  redirect('followReferralLink', 'GET', '/r/{code}', 'public', 'redirect'),
  redirect('checkReferralLink', 'HEAD', '/r/{code}', 'public', 'redirect'),
  redirect('followTrackedLink', 'GET', '/r/{code}/{slug}', 'public', 'redirect'),
  redirect('checkTrackedLink', 'HEAD', '/r/{code}/{slug}', 'public', 'redirect'),
];

/**
 * Key builders for every entity. The only module that knows how keys are spelled.
 * Prefixes name the entity, so a key read in a console says what it is.
 */
export const ENTITY = {
  program: 'program',
  programSlug: 'programSlug',
  membership: 'membership',
  referralCode: 'referralCode',
  trackedLink: 'trackedLink',
  apiKey: 'apiKey',
  signingSecret: 'signingSecret',
  conversion: 'conversion',
  orderLedger: 'orderLedger',
  refund: 'refund',
  commission: 'commission',
  payout: 'payout',
  payoutItem: 'payoutItem',
  payoutDetails: 'payoutDetails',
  payoutAccount: 'payoutAccount',
  customer: 'customer',
  codeLeakDay: 'codeLeakDay',
  rollup: 'rollup',
  rollupMark: 'rollupMark',
  integration: 'integration',
  goalSale: 'goalSale',
  challengeView: 'challengeView',
  activity: 'activity',
  activitySource: 'activitySource',
  activityTimeline: 'activityTimeline',
  activeMonth: 'activeMonth',
  analytics: 'analytics',
  monthlyReport: 'monthlyReport',
  shopifyDelivery: 'shopifyDelivery',
  click: 'click',
  visit: 'visit',
  invitation: 'invitation',
  challenge: 'challenge',
  participation: 'participation',
  submission: 'submission',
  submissionReview: 'submissionReview',
  postUrlClaim: 'postUrlClaim',
  rightsReminder: 'rightsReminder',
  ledgerEntry: 'ledgerEntry',
  stats: 'stats',
  badgeAward: 'badgeAward',
  tierMove: 'tierMove',
  kudos: 'kudos',
  notification: 'notification',
  rateCounter: 'rateCounter',
  ipBurst: 'ipBurst',
  ambassadorDevice: 'ambassadorDevice',
  reward: 'reward',
  rewardCode: 'rewardCode',
  rewardClaims: 'rewardClaims',
  redemption: 'redemption',
  idempotencyKey: 'idempotencyKey',
  metricsReport: 'metricsReport',
  reachTotals: 'reachTotals',
  figuresDue: 'figuresDue',
  webhookEndpoint: 'webhookEndpoint',
  webhookEvent: 'webhookEvent',
  webhookDelivery: 'webhookDelivery',
  shopifyCode: 'shopifyCode',
  erasure: 'erasure',
  firstSale: 'firstSale',
  notificationPrefs: 'notificationPrefs',
  notificationRead: 'notificationRead',
  waitingCounts: 'waitingCounts',
  digestRun: 'digestRun',
  profile: 'profile',
  publicPage: 'publicPage',
  auditEntry: 'auditEntry',
  teamOwners: 'teamOwners',
} as const;

export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

const programPk = (programId: string) => `PROGRAM#${programId}`;

export const keys = {
  program: (programId: string) => ({ pk: programPk(programId), sk: 'PROGRAM' }),
  programSlug: (slug: string) => ({ pk: `SLUG#${slug}`, sk: 'SLUG' }),
  membership: (programId: string, userId: string) => ({ pk: programPk(programId), sk: `MEMBER#${userId}` }),
  referralCode: (code: string) => ({ pk: `REFCODE#${code}`, sk: 'REFCODE' }),
  /** A tracked link: the code's `/r/{code}/{slug}` leads to `destination`. */
  trackedLink: (code: string, slug: string) => ({ pk: `REFCODE#${code}`, sk: `LINK#${slug}` }),
  apiKey: (programId: string, keyId: string) => ({ pk: programPk(programId), sk: `APIKEY#${keyId}` }),
  signingSecret: (programId: string, secretId: string) => ({
    pk: programPk(programId),
    sk: `SIGNKEY#${secretId}`,
  }),
  /** An order's refund ledger: the order and every refund update it, in either order, under a version. */
  orderLedger: (programId: string, orderId: string) => ({ pk: programPk(programId), sk: `ORDER#${orderId}` }),
  refund: (programId: string, orderId: string, refundId: string) => ({
    pk: programPk(programId),
    sk: `REFUND#${orderId}#${refundId}`,
  }),
  /** One conversion per order: the order id is the key, so a repeat cannot write a second. */
  conversion: (programId: string, orderId: string) => ({
    pk: programPk(programId),
    sk: `CONVERSION#${orderId}`,
  }),
  /** A commission line: an order's commission, or a clawback of one after a refund. */
  commission: (programId: string, commissionId: string) => ({
    pk: programPk(programId),
    sk: `COMMISSION#${commissionId}`,
  }),
  /** A payout: one batch of payments, its header. */
  payout: (programId: string, payoutId: string) => ({ pk: programPk(programId), sk: `PAYOUT#${payoutId}` }),
  /** A reward in the program's catalogue. */
  reward: (programId: string, rewardId: string) => ({ pk: programPk(programId), sk: `REWARD#${rewardId}` }),
  /** One code of a code reward's pool, by the hash of the code: the same code cannot be uploaded twice. */
  rewardCode: (programId: string, rewardId: string, codeHash: string) => ({
    pk: programPk(programId),
    sk: `REWARDCODE#${rewardId}#${codeHash}`,
  }),
  /** How many times one ambassador redeemed one reward (live redemptions): the per-member limit. */
  rewardClaims: (programId: string, rewardId: string, userId: string) => ({
    pk: programPk(programId),
    sk: `REWARDCLAIMS#${rewardId}#${userId}`,
  }),
  redemption: (programId: string, redemptionId: string) => ({
    pk: programPk(programId),
    sk: `REDEMPTION#${redemptionId}`,
  }),
  /** A caller's Idempotency-Key (hashed) and what it produced: a retry answers from it. */
  idempotencyKey: (programId: string, userId: string, keyHash: string) => ({
    pk: programPk(programId),
    sk: `IDEMPOTENCY#${userId}#${keyHash}`,
  }),
  /** What one ambassador is paid in one payout; the items sort under their payout's header. */
  payoutItem: (programId: string, payoutId: string, ambassadorId: string) => ({
    pk: programPk(programId),
    sk: `PAYOUT#${payoutId}#ITEM#${ambassadorId}`,
  }),
  payoutItemPrefix: (payoutId: string) => `PAYOUT#${payoutId}#ITEM#`,
  /** An ambassador's payout details (sealed): where the program pays them. */
  payoutDetails: (programId: string, ambassadorId: string) => ({
    pk: programPk(programId),
    sk: `PAYEE#${ambassadorId}`,
  }),
  /** The brand's own account (sealed), which SEPA files pay from. */
  payoutAccount: (programId: string) => ({ pk: programPk(programId), sk: 'PAYOUTACCOUNT' }),
  /** A customer's first order in a program, by hashed email: first-order-only commissions read it. */
  /** One code's code-only orders from new customers on one UTC day: the leak signal's count. */
  codeLeakDay: (programId: string, code: string, day: string) => ({
    pk: programPk(programId),
    sk: `CODELEAK#${code}#${day}`,
  }),
  customer: (programId: string, emailHash: string) => ({
    pk: `CUSTOMER#${programId}#${emailHash}`,
    sk: 'CUSTOMER',
  }),
  /**
   * Report rollups: one partition per program and period (`D2026-11-22`, `M2026-11` or `ALL`),
   * one item per row: `TOTAL`, `A#{ambassadorId}` or `C#{challengeId}`.
   */
  rollup: (programId: string, period: string, row: string) => ({
    pk: rollupPartition(programId, period),
    sk: row,
  }),
  rollupPartition: (programId: string, period: string) => rollupPartition(programId, period),
  /** An ambassador's rollup row in its period's ranking by net revenue (a number the rollups add to). */
  salesRankingPartition: (programId: string, period: string) => `${rollupPartition(programId, period)}#SALES`,
  /** Marks a stream record as folded into the rollups, so a redelivery adds nothing (expires). */
  rollupMark: (eventId: string) => ({ pk: `ROLLUPMARK#${eventId}`, sk: 'ROLLUPMARK' }),
  /** A program's connection to an outside system (`shopify`). */
  integration: (programId: string, name: string) => ({ pk: programPk(programId), sk: `INTEGRATION#${name}` }),
  /** An ambassador's referral code as a discount in the program's Shopify shop: what it should be, what it is. */
  shopifyCode: (programId: string, code: string) => ({ pk: programPk(programId), sk: `SHOPIFYCODE#${code}` }),
  shopifyCodePrefix: () => 'SHOPIFYCODE#',
  /** One Shopify webhook delivery, by its X-Shopify-Webhook-Id: a redelivery is answered from it (expires). */
  shopifyDelivery: (programId: string, webhookId: string) => ({
    pk: `SHOPIFYHOOK#${programId}#${webhookId}`,
    sk: 'SHOPIFYHOOK',
  }),
  /** An ambassador's first look at a challenge (once): the analytics count it as an action. */
  challengeView: (programId: string, userId: string, challengeId: string) => ({
    pk: `CHALLENGEVIEW#${programId}#${userId}#${challengeId}`,
    sk: 'CHALLENGEVIEW',
  }),
  /** An ambassador's activity timeline: items sorted by `{at}#{type}#{source}`. */
  activityPartition: (programId: string, userId: string) => `ACT#${programId}#${userId}`,
  /** The timeline's version: an ambassador's activities are folded in one at a time. */
  activityTimeline: (programId: string, userId: string) => ({
    pk: `ACT#${programId}#${userId}`,
    sk: '#TIMELINE',
  }),
  /** Claims an activity's source, so one source makes one activity. */
  activitySource: (programId: string, userId: string, source: string) => ({
    pk: `ACTSRC#${programId}#${userId}#${source}`,
    sk: 'ACTSRC',
  }),
  /** An ambassador was active in a month: monthly active ambassadors and retention count these. */
  activeMonth: (programId: string, month: string, userId: string) => ({
    pk: `ACTIVE#${programId}#${month}#${userId}`,
    sk: 'ACTIVE',
  }),
  /**
   * Analytics counters per program and month: `K#TOTAL`, `K#C#{challenge}`, `K#T#{tier}` (KPIs),
   * `X#{a}#{b}` (transitions), `F#{a}` (continued), `T3#{a}#{b}#{c}` (chains), `CC#{challenge}`.
   */
  analytics: (programId: string, month: string, row: string) => ({
    pk: `ANALYTICS#${programId}#M${month}`,
    sk: row,
  }),
  analyticsPartition: (programId: string, month: string) => `ANALYTICS#${programId}#M${month}`,
  /** The monthly program report, written once after the month ends. */
  monthlyReport: (programId: string, month: string) => ({ pk: programPk(programId), sk: `REPORT#${month}` }),
  /** One click, keyed by its id (the `rid`): random keys, so a burst has no hot partition. */
  click: (clickId: string) => ({ pk: `CLICK#${clickId}`, sk: 'CLICK' }),
  /** One counted visit per visitor per link per hour (expires). */
  visit: (visitKey: string) => ({ pk: `VISIT#${visitKey}`, sk: 'VISIT' }),
  invitation: (programId: string, email: string) => ({ pk: programPk(programId), sk: `INVITE#${email}` }),
  invitationPrefix: () => 'INVITE#',
  /** How many owner memberships a program has: the last owner can't be removed or demoted. */
  teamOwners: (programId: string) => ({ pk: programPk(programId), sk: 'OWNERS' }),
  challenge: (programId: string, challengeId: string) => ({
    pk: programPk(programId),
    sk: `CHALLENGE#${challengeId}`,
  }),
  /** A version counter for the program's prerequisite graph: edits that add edges race on it. */
  challengeGraph: (programId: string) => ({ pk: programPk(programId), sk: 'CHALLENGE_GRAPH' }),
  /** One ambassador's progress in one challenge: submissions made, posts approved. */
  participation: (programId: string, userId: string, challengeId: string) => ({
    pk: programPk(programId),
    sk: `PARTICIPATION#${userId}#${challengeId}`,
  }),
  participationPrefix: (userId: string) => `PARTICIPATION#${userId}#`,
  submission: (programId: string, submissionId: string) => ({
    pk: programPk(programId),
    sk: `SUBMISSION#${submissionId}`,
  }),
  /** The audit record of the decision on one version of a submission; one per version. */
  submissionReview: (programId: string, submissionId: string, version: number) => ({
    pk: programPk(programId),
    sk: `SUBMISSION#${submissionId}#REVIEW#${String(version).padStart(4, '0')}`,
  }),
  submissionReviewPrefix: (submissionId: string) => `SUBMISSION#${submissionId}#REVIEW#`,
  /** One report of a post's figures (reach, views, likes…); ids sort by time, so the prefix reads the history. */
  metricsReport: (programId: string, submissionId: string, reportId: string) => ({
    pk: programPk(programId),
    sk: `SUBMISSION#${submissionId}#METRICS#${reportId}`,
  }),
  metricsReportPrefix: (submissionId: string) => `SUBMISSION#${submissionId}#METRICS#`,
  /** An approved post whose author is reminded to add its figures, until they do (or once reminded). */
  figuresDue: (programId: string, submissionId: string) => ({
    pk: `FIGURESDUE#${programId}#${submissionId}`,
    sk: 'FIGURESDUE',
  }),
  /** An ambassador's reach across their posts: what their counted reports add up to. */
  reachTotals: (programId: string, userId: string) => ({ pk: `REACH#${programId}#${userId}`, sk: 'REACH' }),
  /** A post's rights grant waiting for its expiry reminder: there while the grant is live and untold. */
  rightsReminder: (programId: string, submissionId: string) => ({
    pk: programPk(programId),
    sk: `RIGHTSREMINDER#${submissionId}`,
  }),
  /** Claims a canonical post URL within a program, so one post is submitted once. */
  postUrlClaim: (programId: string, urlHash: string) => ({
    pk: `POSTURL#${programId}#${urlHash}`,
    sk: 'POSTURL',
  }),
  /** One order counted toward one sales challenge, so a replay counts nothing twice. */
  goalSale: (programId: string, challengeId: string, orderId: string) => ({
    pk: programPk(programId),
    sk: `GOALSALE#${challengeId}#${orderId}`,
  }),
  /** A points-ledger entry, keyed by its source event so it is written once. */
  ledgerEntry: (programId: string, userId: string, source: string) => ({
    pk: programPk(programId),
    sk: `LEDGER#${userId}#${source}`,
  }),
  ledgerPrefix: (userId: string) => `LEDGER#${userId}#`,
  /** Running totals per ambassador: `all` time, or one `YYYY-MM`. */
  stats: (programId: string, userId: string, period: string) => ({
    pk: programPk(programId),
    sk: `STATS#${userId}#${period}`,
  }),
  /** A tier move, kept for good: the history of an ambassador's tiers. */
  tierMove: (programId: string, userId: string, at: string) => ({
    pk: programPk(programId),
    sk: `TIERMOVE#${userId}#${at}`,
  }),
  badgeAward: (programId: string, userId: string, badgeId: string) => ({
    pk: programPk(programId),
    sk: `BADGE#${userId}#${badgeId}`,
  }),
  kudos: (programId: string, submissionId: string, userId: string) => ({
    pk: programPk(programId),
    sk: `KUDOS#${submissionId}#${userId}`,
  }),
  notification: (userId: string, notificationId: string) => ({
    pk: `USER#${userId}`,
    sk: `NOTIF#${notificationId}`,
  }),
  notificationPartition: (userId: string) => `USER#${userId}`,
  /**
   * A deleted account: its erasure's progress, then for good its tombstone (no personal data),
   * which refuses the user's still-valid tokens.
   */
  erasure: (userId: string) => ({ pk: `USER#${userId}`, sk: 'ERASURE' }),
  /** A person's notification channel per type (in-app, email, off); beside their notifications. */
  notificationPrefs: (userId: string) => ({ pk: `USER#${userId}`, sk: 'NOTIFPREFS' }),
  /** The newest notification a person has read: those after it are unread. */
  notificationRead: (userId: string) => ({ pk: `USER#${userId}`, sk: 'NOTIFREAD' }),
  /** An ambassador's first attributed sale in a program, claimed once: the first-sale notification. */
  firstSale: (programId: string, userId: string) => ({ pk: programPk(programId), sk: `FIRSTSALE#${userId}` }),
  /** What waits for the team: applications and posts to review, counted from the stream. */
  waitingCounts: (programId: string) => ({ pk: programPk(programId), sk: 'WAITING' }),
  /** One digest's run (`team` daily, `challenges` weekly) for one period: done once, resumable by cursor. */
  digestRun: (programId: string, digest: string, period: string) => ({
    pk: programPk(programId),
    sk: `DIGEST#${digest}#${period}`,
  }),
  /** A person's profile (name, avatar, handles, language, time zone): one per account, beside their notifications. */
  profile: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  /** An ambassador's public page settings in one program (on or off, their picks). */
  publicPage: (userId: string, programId: string) => ({
    pk: `USER#${userId}`,
    sk: `PUBLICPAGE#${programId}`,
  }),
  /** An outbound webhook endpoint of a program: its URL, the events it wants, its secrets' versions. */
  webhookEndpoint: (programId: string, endpointId: string) => ({
    pk: programPk(programId),
    sk: `WEBHOOK#${endpointId}`,
  }),
  webhookEndpointPrefix: () => 'WEBHOOK#',
  /** An event for the program's webhooks, kept while its deliveries may be retried or replayed (expires). */
  webhookEvent: (programId: string, eventId: string) => ({
    pk: `WHEVENT#${programId}#${eventId}`,
    sk: 'WHEVENT',
  }),
  /** One event's delivery to one endpoint: its attempts; the ids sort by time, so the prefix is the log. */
  webhookDelivery: (programId: string, endpointId: string, eventId: string) => ({
    pk: `WHLOG#${programId}#${endpointId}`,
    sk: `DELIVERY#${eventId}`,
  }),
  webhookDeliveryPartition: (programId: string, endpointId: string) => `WHLOG#${programId}#${endpointId}`,
  /** One entry of a program's audit log: append-only, in time order, so the partition is the log. */
  auditEntry: (programId: string, at: string, auditId: string) => ({
    pk: auditPartition(programId),
    sk: `${at}#${auditId}`,
  }),
  auditPartition: (programId: string) => auditPartition(programId),
  /** How often one member did one action in one fixed window (`H2026-11-22T10`, `D2026-11-22`); expires. */
  rateCounter: (programId: string, userId: string, action: string, window: string) => ({
    pk: `RATE#${programId}#${userId}`,
    sk: `${action}#${window}`,
  }),
  /** Counted visits from one hashed IP in one program and UTC hour, across links: burst detection (expires). */
  ipBurst: (programId: string, ipHash: string, hour: string) => ({
    pk: `IPBURST#${programId}#${ipHash}#${hour}`,
    sk: 'IPBURST',
  }),
  /** A browser (hashed IP and user agent) an ambassador used on their links page (expires). */
  ambassadorDevice: (programId: string, userId: string, ipHash: string, uaHash: string) => ({
    pk: `DEVICE#${programId}#${userId}`,
    sk: `${ipHash}.${uaHash}`,
  }),
} as const;

/** GSI keys, by access pattern. */
export const indexKeys = {
  membershipsByUser: (userId: string, programId: string) => ({
    gsi1pk: `USER#${userId}`,
    gsi1sk: `PROGRAM#${programId}`,
  }),
  membershipsByUserPartition: (userId: string) => `USER#${userId}`,
  invitationsByEmail: (email: string, programId: string) => ({
    gsi1pk: `EMAIL#${email}`,
    gsi1sk: `INVITE#${programId}`,
  }),
  invitationsByEmailPartition: (email: string) => `EMAIL#${email}`,
  /** Sorted by the time the status was set, then id, so a page is stable and newest-first works. */
  ambassadorsByStatus: (programId: string, status: string, statusAt: string, userId: string) => ({
    gsi2pk: ambassadorsByStatusPartition(programId, status),
    gsi2sk: `${statusAt}#${userId}`,
  }),
  ambassadorsByStatusPartition: (programId: string, status: string) =>
    ambassadorsByStatusPartition(programId, status),
  challengesByWindow: (programId: string, opensAt: string, challengeId: string) => ({
    gsi1pk: `${programPk(programId)}#CHALLENGES`,
    gsi1sk: `${opensAt}#${challengeId}`,
  }),
  challengesByWindowPartition: (programId: string) => `${programPk(programId)}#CHALLENGES`,
  challengesByNextTransition: (at: string, programId: string, challengeId: string) => ({
    gsi3pk: CHALLENGE_TRANSITIONS,
    gsi3sk: `${at}#${programId}#${challengeId}`,
  }),
  challengesByNextTransitionPartition: () => CHALLENGE_TRANSITIONS,
  /** The review queue (oldest first) and the gallery (newest first). */
  submissionsByStatus: (programId: string, status: string, submittedAt: string, submissionId: string) => ({
    gsi2pk: submissionsByStatusPartition(programId, status),
    gsi2sk: `${submittedAt}#${submissionId}`,
  }),
  submissionsByStatusPartition: (programId: string, status: string) =>
    submissionsByStatusPartition(programId, status),
  submissionsByChallenge: (
    programId: string,
    challengeId: string,
    status: string,
    submittedAt: string,
    id: string,
  ) => ({
    gsi3pk: submissionsByChallengePartition(programId, challengeId, status),
    gsi3sk: `${submittedAt}#${id}`,
  }),
  submissionsByChallengePartition: (programId: string, challengeId: string, status: string) =>
    submissionsByChallengePartition(programId, challengeId, status),
  submissionsByAuthor: (programId: string, userId: string, submittedAt: string, submissionId: string) => ({
    gsi1pk: submissionsByAuthorPartition(programId, userId),
    gsi1sk: `${submittedAt}#${submissionId}`,
  }),
  submissionsByAuthorPartition: (programId: string, userId: string) =>
    submissionsByAuthorPartition(programId, userId),
  /** Points zero-padded so the index sorts numerically; ties break on the user id. */
  leaderboard: (programId: string, period: string, points: number, userId: string) => ({
    gsi2pk: leaderboardPartition(programId, period),
    gsi2sk: `${leaderboardScore(points)}#${userId}`,
  }),
  leaderboardPartition: (programId: string, period: string) => leaderboardPartition(programId, period),
  commissionsByState: (programId: string, state: string, occurredAt: string, commissionId: string) => ({
    gsi2pk: commissionsByStatePartition(programId, state),
    gsi2sk: `${occurredAt}#${commissionId}`,
  }),
  commissionsByStatePartition: (programId: string, state: string) =>
    commissionsByStatePartition(programId, state),
  commissionsByAmbassador: (programId: string, userId: string, occurredAt: string, commissionId: string) => ({
    gsi1pk: commissionsByAmbassadorPartition(programId, userId),
    gsi1sk: `${occurredAt}#${commissionId}`,
  }),
  commissionsByAmbassadorPartition: (programId: string, userId: string) =>
    commissionsByAmbassadorPartition(programId, userId),
  /** Pending commissions by the time their holding period ends, across programs. */
  commissionsDue: (availableAt: string, programId: string, commissionId: string) => ({
    gsi3pk: COMMISSIONS_DUE,
    gsi3sk: `${availableAt}#${programId}#${commissionId}`,
  }),
  commissionsDuePartition: () => COMMISSIONS_DUE,
  /** A program's payouts by creation, newest first through the index. */
  payoutsByTime: (programId: string, createdAt: string, payoutId: string) => ({
    gsi1pk: payoutsByTimePartition(programId),
    gsi1sk: `${createdAt}#${payoutId}`,
  }),
  payoutsByTimePartition: (programId: string) => payoutsByTimePartition(programId),
  /** Every program, by creation: the scheduler's monthly reports. */
  allPrograms: (createdAt: string, programId: string) => ({
    gsi1pk: ALL_PROGRAMS,
    gsi1sk: `${createdAt}#${programId}`,
  }),
  allProgramsPartition: () => ALL_PROGRAMS,
  /** A program's orders by when they happened: the brand's order list. */
  conversionsByTime: (programId: string, occurredAt: string, orderId: string) => ({
    gsi2pk: conversionsByTimePartition(programId),
    gsi2sk: `${occurredAt}#${orderId}`,
  }),
  conversionsByTimePartition: (programId: string) => conversionsByTimePartition(programId),
  /** A visitor's clicks in a program (hashed IP and user agent), oldest first: first-click attribution. */
  clicksByVisitor: (programId: string, ipHash: string, uaHash: string, at: string, clickId: string) => ({
    gsi1pk: clicksByVisitorPartition(programId, ipHash, uaHash),
    gsi1sk: `${at}#${clickId}`,
  }),
  clicksByVisitorPartition: (programId: string, ipHash: string, uaHash: string) =>
    clicksByVisitorPartition(programId, ipHash, uaHash),
  /** The unclaimed codes of a code reward: a sparse index, so a claim takes the code off it. */
  freeRewardCodes: (programId: string, rewardId: string, codeHash: string) => ({
    gsi1pk: freeRewardCodesPartition(programId, rewardId),
    gsi1sk: codeHash,
  }),
  freeRewardCodesPartition: (programId: string, rewardId: string) =>
    freeRewardCodesPartition(programId, rewardId),
  /** The fulfilment queue: a program's redemptions in one status, oldest first. */
  redemptionsByStatus: (programId: string, status: string, createdAt: string, redemptionId: string) => ({
    gsi2pk: redemptionsByStatusPartition(programId, status),
    gsi2sk: `${createdAt}#${redemptionId}`,
  }),
  redemptionsByStatusPartition: (programId: string, status: string) =>
    redemptionsByStatusPartition(programId, status),
  /** One ambassador's redemptions in a program, newest first. */
  redemptionsByMember: (programId: string, userId: string, createdAt: string, redemptionId: string) => ({
    gsi1pk: redemptionsByMemberPartition(programId, userId),
    gsi1sk: `${createdAt}#${redemptionId}`,
  }),
  redemptionsByMemberPartition: (programId: string, userId: string) =>
    redemptionsByMemberPartition(programId, userId),
  /** Fulfilled gifts that ask for a post, by the post's deadline, across programs: reminders and overdue flags. */
  giftsAwaitingPost: (dueAt: string, programId: string, redemptionId: string) => ({
    gsi3pk: GIFTS_AWAITING_POST,
    gsi3sk: `${dueAt}#${programId}#${redemptionId}`,
  }),
  giftsAwaitingPostPartition: () => GIFTS_AWAITING_POST,
  /** Rights grants by the moment their expiry reminder is due, across programs: the scheduler's queue. */
  rightsExpiring: (remindAt: string, programId: string, submissionId: string) => ({
    gsi3pk: RIGHTS_EXPIRING,
    gsi3sk: `${remindAt}#${programId}#${submissionId}`,
  }),
  rightsExpiringPartition: () => RIGHTS_EXPIRING,
  /** A program's team (owners, managers, brand users), by role: who hears of work waiting. */
  staffByRole: (programId: string, role: string, userId: string) => ({
    gsi2pk: `${programPk(programId)}#STAFF`,
    gsi2sk: `${role}#${userId}`,
  }),
  staffPartition: (programId: string) => `${programPk(programId)}#STAFF`,
  /** Approved posts without figures yet, by when their author is reminded, across programs. */
  postsAwaitingFigures: (dueAt: string, programId: string, submissionId: string) => ({
    gsi3pk: POSTS_AWAITING_FIGURES,
    gsi3sk: `${dueAt}#${programId}#${submissionId}`,
  }),
  postsAwaitingFiguresPartition: () => POSTS_AWAITING_FIGURES,
  /** Metric reports not yet verified or disputed, `flagged` or plain `reported`, oldest first. */
  metricsToCheck: (
    programId: string,
    check: 'flagged' | 'reported',
    reportedAt: string,
    reportId: string,
  ) => ({
    gsi2pk: metricsToCheckPartition(programId, check),
    gsi2sk: `${reportedAt}#${reportId}`,
  }),
  metricsToCheckPartition: (programId: string, check: 'flagged' | 'reported') =>
    metricsToCheckPartition(programId, check),
  /** Webhook deliveries waiting for an attempt, by when it is due, across programs: the sender's sweep. */
  webhooksDue: (dueAt: string, programId: string, endpointId: string, eventId: string) => ({
    gsi3pk: WEBHOOKS_DUE,
    gsi3sk: `${dueAt}#${programId}#${endpointId}#${eventId}`,
  }),
  webhooksDuePartition: () => WEBHOOKS_DUE,
  /** Shopify codes with work due in the shop, by when, across programs: the sync's sweep (sparse). */
  shopifyCodesDue: (dueAt: string, programId: string, code: string) => ({
    gsi3pk: SHOPIFY_CODES_DUE,
    gsi3sk: `${dueAt}#${programId}#${code}`,
  }),
  shopifyCodesDuePartition: () => SHOPIFY_CODES_DUE,
  /** A program's Shopify codes in one status, most recently changed first. */
  shopifyCodesByStatus: (programId: string, status: string, updatedAt: string, code: string) => ({
    gsi2pk: shopifyCodesByStatusPartition(programId, status),
    gsi2sk: `${updatedAt}#${code}`,
  }),
  shopifyCodesByStatusPartition: (programId: string, status: string) =>
    shopifyCodesByStatusPartition(programId, status),
  /** One ambassador's Shopify codes in a program (their current one, and any they had before). */
  shopifyCodesByAmbassador: (programId: string, userId: string, code: string) => ({
    gsi1pk: shopifyCodesByAmbassadorPartition(programId, userId),
    gsi1sk: code,
  }),
  shopifyCodesByAmbassadorPartition: (programId: string, userId: string) =>
    shopifyCodesByAmbassadorPartition(programId, userId),
  /** Account deletions not finished yet, by when they were asked for, across programs (sparse). */
  erasuresDue: (requestedAt: string, userId: string) => ({
    gsi3pk: ERASURES_DUE,
    gsi3sk: `${requestedAt}#${userId}`,
  }),
  erasuresDuePartition: () => ERASURES_DUE,
  /** One person's entries in a program's audit log, in time order. */
  auditByActor: (programId: string, actorId: string, at: string, auditId: string) => ({
    gsi1pk: `${auditPartition(programId)}#ACTOR#${actorId}`,
    gsi1sk: `${at}#${auditId}`,
  }),
  auditByActorPartition: (programId: string, actorId: string) =>
    `${auditPartition(programId)}#ACTOR#${actorId}`,
  /** One type of entry in a program's audit log, in time order. */
  auditByType: (programId: string, type: string, at: string, auditId: string) => ({
    gsi2pk: `${auditPartition(programId)}#TYPE#${type}`,
    gsi2sk: `${at}#${auditId}`,
  }),
  auditByTypePartition: (programId: string, type: string) => `${auditPartition(programId)}#TYPE#${type}`,
} as const;

const ERASURES_DUE = 'ERASURES_DUE';

function auditPartition(programId: string) {
  return `AUDIT#${programId}`;
}

const SHOPIFY_CODES_DUE = 'SHOPIFY_CODES_DUE';

function shopifyCodesByStatusPartition(programId: string, status: string) {
  return `${programPk(programId)}#SHOPIFYCODES#${status}`;
}

function shopifyCodesByAmbassadorPartition(programId: string, userId: string) {
  return `${programPk(programId)}#USER#${userId}#SHOPIFYCODES`;
}

const WEBHOOKS_DUE = 'WEBHOOKS_DUE';

function metricsToCheckPartition(programId: string, check: string) {
  return `${programPk(programId)}#METRICS#${check}`;
}

function freeRewardCodesPartition(programId: string, rewardId: string) {
  return `${programPk(programId)}#REWARD#${rewardId}#FREECODES`;
}

function redemptionsByStatusPartition(programId: string, status: string) {
  return `${programPk(programId)}#REDEMPTIONS#${status}`;
}

function redemptionsByMemberPartition(programId: string, userId: string) {
  return `${programPk(programId)}#USER#${userId}#REDEMPTIONS`;
}

const GIFTS_AWAITING_POST = 'GIFTS_AWAITING_POST';
const POSTS_AWAITING_FIGURES = 'POSTS_AWAITING_FIGURES';
const RIGHTS_EXPIRING = 'RIGHTS_EXPIRING';

function payoutsByTimePartition(programId: string) {
  return `${programPk(programId)}#PAYOUTS`;
}

function conversionsByTimePartition(programId: string) {
  return `${programPk(programId)}#CONVERSIONS`;
}

function clicksByVisitorPartition(programId: string, ipHash: string, uaHash: string) {
  return `VISITOR#${programId}#${ipHash}#${uaHash}`;
}

function commissionsByStatePartition(programId: string, state: string) {
  return `${programPk(programId)}#COMMISSIONS#${state}`;
}

function commissionsByAmbassadorPartition(programId: string, userId: string) {
  return `${programPk(programId)}#USER#${userId}#COMMISSIONS`;
}

const CHALLENGE_TRANSITIONS = 'CHALLENGE_TRANSITIONS';
const COMMISSIONS_DUE = 'COMMISSIONS_DUE';
const ALL_PROGRAMS = 'PROGRAMS';

function rollupPartition(programId: string, period: string) {
  return `ROLLUP#${programId}#${period}`;
}

/** Points as a sortable string; negative totals (possible after reversals) clamp to zero. */
export function leaderboardScore(points: number): string {
  return String(Math.max(0, Math.floor(points))).padStart(12, '0');
}

function submissionsByStatusPartition(programId: string, status: string) {
  return `${programPk(programId)}#SUBMISSIONS#${status}`;
}

function submissionsByChallengePartition(programId: string, challengeId: string, status: string) {
  return `${programPk(programId)}#CHALLENGE#${challengeId}#SUBMISSIONS#${status}`;
}

function submissionsByAuthorPartition(programId: string, userId: string) {
  return `${programPk(programId)}#USER#${userId}#SUBMISSIONS`;
}

function leaderboardPartition(programId: string, period: string) {
  return `${programPk(programId)}#LEADERBOARD#${period}`;
}

function ambassadorsByStatusPartition(programId: string, status: string) {
  return `${programPk(programId)}#AMBASSADORS#${status}`;
}

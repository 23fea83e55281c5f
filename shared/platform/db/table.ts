/**
 * The single table's physical shape. CDK builds the key schema from these constants and the
 * stores query with them, so the two cannot drift.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Items with this epoch-seconds attribute expire (TTL). */
  ttlAttribute: 'expiresAt',
  /** Every item stores its entity type here. */
  entityAttribute: 'entity',
} as const;

/** A global secondary index: string keys and every attribute projected, unless it says otherwise. */
export type IndexShape = {
  name: string;
  partitionKey: string;
  sortKey: string;
  /** `N`: a number, kept by `ADD` in the same update as the figures it sorts by. */
  sortKeyType?: 'S' | 'N';
  /** `KEYS_ONLY`: an update that moves no key writes nothing to the index. */
  projection?: 'ALL' | 'KEYS_ONLY';
};

/** Global secondary indexes, with generic key names. Several access patterns share one index. */
export const GSI = {
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  gsi2: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  gsi3: { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  /**
   * Sorted by a number the rollups add to (net revenue): keys only, so the clicks that change an
   * ambassador's rollup row and not its net revenue cost no index write.
   */
  gsi4: {
    name: 'gsi4',
    partitionKey: 'gsi4pk',
    sortKey: 'gsi4sk',
    sortKeyType: 'N',
    projection: 'KEYS_ONLY',
  },
} as const satisfies Record<string, IndexShape>;

/** Access patterns, named for what they answer, mapped onto the generic indexes. */
export const ACCESS_PATTERNS = {
  /** A user's memberships across programs (`GET /api/me`). */
  membershipsByUser: GSI.gsi1,
  /** Pending invitations addressed to an email. */
  invitationsByEmail: GSI.gsi1,
  /** A program's ambassadors in one status, newest first. */
  ambassadorsByStatus: GSI.gsi2,
  /** A program's challenges by the start of their window. */
  challengesByWindow: GSI.gsi1,
  /** Published challenges by their next clock transition (open or close), across programs. */
  challengesByNextTransition: GSI.gsi3,
  /** A program's submissions in one status: the review queue, oldest first; the gallery, newest first. */
  submissionsByStatus: GSI.gsi2,
  /** The same, within one challenge. */
  submissionsByChallenge: GSI.gsi3,
  /** One ambassador's submissions in a program, newest first. */
  submissionsByAuthor: GSI.gsi1,
  /** Ambassadors by points, per period (`all` or `YYYY-MM`). */
  leaderboard: GSI.gsi2,
  /** A program's commission lines in one state, oldest order first. */
  commissionsByState: GSI.gsi2,
  /** One ambassador's commission lines in a program. */
  commissionsByAmbassador: GSI.gsi1,
  /** Pending commissions by the end of their holding period, across programs: the scheduler's queue. */
  commissionsDue: GSI.gsi3,
  /** A program's payouts by creation, newest first: the brand's payout history. */
  payoutsByTime: GSI.gsi1,
  /** Every program, oldest first: the scheduler's monthly reports. */
  allPrograms: GSI.gsi1,
  /** A program's orders by the time they happened, newest first: the brand's order list. */
  conversionsByTime: GSI.gsi2,
  /** A visitor's clicks in a program, oldest first: first-click attribution. */
  clicksByVisitor: GSI.gsi1,
  /** A code reward's unclaimed codes (sparse: a claim removes the code from it). */
  freeRewardCodes: GSI.gsi1,
  /** A program's redemptions in one status: the fulfilment queue, oldest first. */
  redemptionsByStatus: GSI.gsi2,
  /** One ambassador's redemptions in a program, newest first. */
  redemptionsByMember: GSI.gsi1,
  /** Fulfilled gifts waiting for their post, by deadline, across programs: the scheduler's reminders. */
  giftsAwaitingPost: GSI.gsi3,
  /** Rights grants by when their expiry reminder is due, across programs: the scheduler's reminders. */
  rightsExpiring: GSI.gsi3,
  /** A program's team by role: who is told of requests waiting. */
  staffByRole: GSI.gsi2,
  /** Approved posts without figures, by their reminder's time, across programs: the scheduler's reminders. */
  postsAwaitingFigures: GSI.gsi3,
  /** A program's metric reports waiting for a look (flagged) or a verification (reported), oldest first. */
  metricsToCheck: GSI.gsi2,
  /** Webhook deliveries by when their next attempt is due, across programs: the sender's sweep (sparse). */
  webhooksDue: GSI.gsi3,
  /** Shopify codes with work due in the shop, by when, across programs: the sync's sweep (sparse). */
  shopifyCodesDue: GSI.gsi3,
  /** A program's Shopify codes in one status, most recently changed first: the team's list. */
  shopifyCodesByStatus: GSI.gsi2,
  /** One ambassador's Shopify codes in a program. */
  shopifyCodesByAmbassador: GSI.gsi1,
  /** Account deletions still being erased, oldest first: the scheduler finishes them (sparse). */
  erasuresDue: GSI.gsi3,
  /** One person's entries in a program's audit log, newest first. */
  auditByActor: GSI.gsi1,
  /** One type of entry in a program's audit log, newest first. */
  auditByType: GSI.gsi2,
  /** A program's ambassadors in one rollup period (a day, a month, all time) by net revenue: the referral report's pages. */
  salesRanking: GSI.gsi4,
} as const;

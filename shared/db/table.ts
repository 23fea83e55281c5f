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

/** Global secondary indexes, with generic key names. Several access patterns share one index. */
export const GSI = {
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  gsi2: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
} as const;

export type IndexDefinition = (typeof GSI)[keyof typeof GSI];

/** Access patterns, named for what they answer, mapped onto the generic indexes. */
export const ACCESS_PATTERNS = {
  /** A user's memberships across programs (`GET /api/me`). */
  membershipsByUser: GSI.gsi1,
  /** Pending invitations addressed to an email. */
  invitationsByEmail: GSI.gsi1,
  /** A program's ambassadors in one status, newest first. */
  ambassadorsByStatus: GSI.gsi2,
} as const;

/**
 * The counter rows of a month's analytics partition (see `keys.analyticsPartition`): the KPIs
 * in total, per tier, per challenge and per platform; transitions from one action to the next; how often an
 * action was followed at all; and each challenge's completions.
 */
export const ANALYTICS_ROW = {
  total: 'K#TOTAL',
  tier: (tier: string) => `K#T#${tier}`,
  challenge: (challengeId: string) => `K#C#${challengeId}`,
  /** Posts on one platform: their submissions, approvals and figures (reach, views…). */
  platform: (platform: string) => `K#P#${platform}`,
  platformPrefix: 'K#P#',
  tierPrefix: 'K#T#',
  challengePrefix: 'K#C#',
  transition: (from: string, to: string) => `X#${from}#${to}`,
  transitionsFrom: (from: string) => `X#${from}#`,
  transitionPrefix: 'X#',
  followed: (from: string) => `F#${from}`,
  challengeChain: (challengeId: string) => `CC#${challengeId}`,
  challengeChainPrefix: 'CC#',
} as const;

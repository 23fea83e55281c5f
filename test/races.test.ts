import { defineRaces } from './races.ts';

/**
 * The races at the sizes the issue names (two managers, the last slot, 50 duplicate orders…),
 * light enough for every `npm test`; test/races.stress.test.ts runs them bigger.
 */
defineRaces({
  name: 'light',
  strict: true,
  recruits: 4,
  approveAgainstReject: 3,
  sameName: 5,
  reviewedPosts: 3,
  slotAmbassadors: 6,
  duplicates: 50,
  contentCopies: 10,
  orderCopies: 3,
  refundsOfOne: 5,
  refundCopies: 2,
  bigRefundCopies: 10,
  shopifyCopies: 10,
  sameVisitorClicks: 20,
  visitors: 5,
  timeoutMs: 60_000,
});

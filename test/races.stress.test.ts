import { defineRaces } from './races.ts';

/**
 * The races of test/races.test.ts, two to five times bigger (`npm run test:stress`). On a small
 * machine requests run out of time here: they are sent again as a client would, and what is
 * checked is what got stored: each effect once, totals equal to a recount.
 */
defineRaces({
  name: 'stress',
  strict: false,
  recruits: 10,
  approveAgainstReject: 8,
  sameName: 10,
  reviewedPosts: 6,
  slotAmbassadors: 12,
  duplicates: 200,
  contentCopies: 50,
  orderCopies: 10,
  refundsOfOne: 20,
  refundCopies: 3,
  bigRefundCopies: 40,
  shopifyCopies: 40,
  sameVisitorClicks: 100,
  visitors: 20,
  timeoutMs: 300_000,
});

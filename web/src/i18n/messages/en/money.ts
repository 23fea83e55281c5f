/** Money on screen: the commission totals, and tables that scroll on a phone. */
export const money = {
  'money.tableScrolls': 'Scroll sideways for more columns',
  'money.totals.loading': 'Loading the totals…',
  'money.totals.pending': 'Pending',
  'money.totals.approved': 'Approved, to pay',
  'money.totals.paid': 'Paid',
  'money.totals.note':
    'All orders up to {day} (days are UTC), clawbacks netted in. A line is pending during the holding period, then approved and ready to pay; a payout holds it until you confirm you sent it (it counts as approved until then). A refund after approval adds a negative clawback line.',
} as const;

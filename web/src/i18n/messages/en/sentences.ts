/**
 * Sentences the dashboard builds in code rather than in a screen's markup: a commission line's
 * details, when a payout comes, why a redemption was refused, the analytics' figure names and
 * the ambassador actions they count, what a caption lacks and why a post link was refused (the
 * shared checks' codes, worded as the API words them), a bulk decision's summary, a character count.
 */
export const sentences = {
  'sentences.line.clawback': 'Taken back after a refund of the order',
  'sentences.line.approvedFrom': 'Approved from {date}',
  'sentences.line.beforeRefunds': '{amount} before refunds',
  'sentences.line.clawedBack': '{amount} clawed back',
  'sentences.line.batchedSince': 'In a payout since {date}, not yet sent',
  'sentences.line.batched': 'In a payout, not yet sent',
  'sentences.line.paidOnRef': 'Paid {day}, ref {reference}',
  'sentences.line.paidOn': 'Paid {day}',
  'sentences.line.paidRef': 'Paid, ref {reference}',
  'sentences.line.paid': 'Paid',
  'sentences.line.void': 'Order refunded in full before approval',
  'sentences.line.percent': '{percent} of the order',
  'sentences.line.perOrder': '{amount} per order',

  'sentences.payout.holdingUntil': 'Pending until {date} (holding period, in case the order is returned)',
  'sentences.payout.holding': 'Pending (holding period)',
  'sentences.payout.nextClawback': 'Approved: taken off your next payout',
  'sentences.payout.next': 'Approved: in the next payout',
  'sentences.payout.noDetails': 'Approved: waiting for your payout details (add them below)',
  'sentences.payout.refundsOutweigh':
    'Approved: refunds outweigh your approved commission for now ({balance}); it waits for new sales',
  'sentences.payout.belowMinimum': 'Approved: below the {minimum} minimum payout ({balance} so far)',
  'sentences.payout.inBatchSince': 'In a payout being sent (since {date})',
  'sentences.payout.inBatch': 'In a payout being sent',
  'sentences.payout.paidOnRef': 'Paid on {date}, ref {reference}',
  'sentences.payout.paidOn': 'Paid on {date}',
  'sentences.payout.paidRef': 'Paid, ref {reference}',
  'sentences.payout.paid': 'Paid',
  'sentences.payout.void': 'Void: the order was refunded in full',

  'sentences.redeem.notEnough':
    'Not enough points yet: it costs {cost} and you have {balance}, so {toGo} to go. Nothing was spent.',
  'sentences.redeem.outOfStock':
    'Sorry, the last one has just gone. Nothing was spent; the catalogue shows what is left.',
  'sentences.redeem.limit':
    'You already hold as many of this reward as one ambassador may. A rejected or cancelled one does not count.',
  'sentences.redeem.tier': '{reason}. Your tier rises with lifetime points; spending never lowers it.',
  'sentences.redeem.notYet': '{reason}. Come back then.',
  'sentences.redeem.ended': '{reason}.',
  'sentences.redeem.inactive': 'This reward is not offered at the moment.',

  'sentences.figures.sharing': 'Sharing',
  'sentences.figures.submitted': 'Posts submitted',
  'sentences.figures.approved': 'Posts approved',
  'sentences.figures.approvalRate': 'Approval rate',
  'sentences.figures.medianReview': 'Median time to approval',
  'sentences.figures.views': 'Views',
  'sentences.figures.impressions': 'Impressions',
  'sentences.figures.reach': 'Reach',
  'sentences.figures.engagements': 'Engagements',
  'sentences.figures.shopping': 'Shopping',
  'sentences.figures.clicks': 'Referral clicks',
  'sentences.figures.orders': 'Orders',
  'sentences.figures.revenue': 'Referral revenue',
  'sentences.figures.conversion': 'Orders per click',
  'sentences.figures.revenuePerActive': 'Revenue per active ambassador',
  'sentences.figures.advocacy': 'Advocacy',
  'sentences.figures.applications': 'Applications',
  'sentences.figures.newAmbassadors': 'New ambassadors',
  'sentences.figures.activeAmbassadors': 'Active ambassadors',
  'sentences.figures.retention': 'Active again from last month',
  'sentences.figures.recruited': 'Recruited by ambassadors',

  'sentences.activity.applied': 'applied',
  'sentences.activity.approved': 'approved',
  'sentences.activity.challengeViewed': 'challenge viewed',
  'sentences.activity.submitted': 'submitted',
  'sentences.activity.postApproved': 'post approved',
  'sentences.activity.linkShared': 'link shared',
  'sentences.activity.clicked': 'clicked',
  'sentences.activity.sold': 'sold',
  'sentences.activity.invited': 'invited',
  'sentences.activity.badgeEarned': 'badge earned',
  'sentences.activity.tierUp': 'tier up',

  'sentences.caption.hashtag': 'Missing hashtag {tag}',
  'sentences.caption.mention': 'Missing mention {handle}',
  'sentences.caption.disclosure':
    '{platform, select, instagram {No paid-partnership disclosure: add #ad or use Instagram’s paid-partnership label} facebook {No paid-partnership disclosure: add #ad or use Facebook’s paid-partnership label} youtube {No paid-partnership disclosure: add #ad or tick YouTube’s “Includes paid promotion” box} tiktok {No paid-partnership disclosure: add #ad or turn on TikTok’s promotional-content disclosure} other {No paid-partnership disclosure: add #ad}}',

  'sentences.link.empty': 'Paste the link to the post',
  'sentences.link.tooLong': 'The link is too long (at most {max} characters)',
  'sentences.link.invalid': 'This is not a valid link; copy the whole address, starting with https://',
  'sentences.link.http': 'Use a link that starts with https://',
  'sentences.link.credentials': 'The link must not contain a username or password',
  'sentences.link.ipAddress': 'Links to an IP address are not accepted; use the site’s domain name',
  'sentences.link.localhost': 'Links to localhost are not accepted',
  'sentences.link.noDomain': 'The link needs a real domain name, such as example.com',
  'sentences.link.choosePlatform':
    '{owner, select, instagram {This is an Instagram link} x {This is an X link} other {This is a {label} link}}: choose {label} as the platform',
  'sentences.link.otherPlatform':
    '{owner, select, instagram {This is an Instagram link} x {This is an X link} other {This is a {ownerLabel} link}}, not {platform, select, instagram {an Instagram post link} x {an X post link} youtube {a YouTube video link} other {a {label} post link}}',
  'sentences.link.notAPost':
    'This is not {platform, select, instagram {an Instagram post link} x {an X post link} youtube {a YouTube video link} other {a {label} post link}} (expected {example})',

  'sentences.bulk.approvedAll': 'Approved {count, plural, one {# application} other {# applications}}.',
  'sentences.bulk.rejectedAll': 'Rejected {count, plural, one {# application} other {# applications}}.',
  'sentences.bulk.approvedSome': 'Approved {decided} of {total}.',
  'sentences.bulk.rejectedSome': 'Rejected {decided} of {total}.',
  'sentences.bulk.conflicts':
    '{count, plural, one {# was already decided by someone else: its row shows the decision.} other {# were already decided by someone else: their rows show the decision.}}',
  'sentences.bulk.failed':
    '{count, plural, one {# failed: the reason is on its row, still selected.} other {# failed: the reason is on each row, still selected.}}',

  'sentences.config.failed': "The dashboard's configuration did not load (HTTP {status}).",
  'sentences.upload.stopped': 'The upload stopped',

  'sentences.answer.yes': 'Yes',
  'sentences.answer.no': 'No',

  'sentences.count.over': '{count, plural, one {# character too many} other {# characters too many}}',
  'sentences.count.left': '{count, plural, one {# character left} other {# characters left}}',
} as const;

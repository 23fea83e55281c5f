/**
 * What Embassy tells people, in English: each notification type's title and body, and the lines
 * every email ends with. ICU MessageFormat, filled from the values a notification keeps
 * (`Notification.values`), so the same notice reads in each recipient's language: in the
 * dashboard and in their email. A type not here yet keeps the English text it was written with.
 */
export const en = {
  'application_approved.title': 'Welcome to {program}: you are in',
  'application_approved.body':
    'Your application to {program} was approved. Your referral code is {code}; share your link /r/{code} and sales through it earn you commission. {hasChallenge, select, yes {Your first challenge: "{challenge}" ({points, plural, one {# point} other {# points}}), open until {closesAt}.} other {The next challenge will be announced here when it opens.}}',
  'application_rejected.title': 'Your application to {program}',
  'application_rejected.body':
    "Your application to {program} was not approved this time. {hasReason, select, yes {The team's reason: {reason}} other {The team gave no reason.}}{cooldownDays, plural, =0 {} one { You can apply again after # day.} other { You can apply again after # days.}}",
  'submission_approved.title':
    'Approved: your post for "{challenge}" (+{points, plural, one {{points} point} other {{points} points}})',
  'submission_approved.body': '{hasFeedback, select, yes {{feedback}} other {Thank you for taking part.}}',
  'submission_rejected.title': 'Not approved: your post for "{challenge}"',
  'submission_rejected.body': '{hasFeedback, select, yes {{feedback}} other {Thank you for taking part.}}',
  'changes_requested.title': 'Changes requested: your post for "{challenge}"',
  'changes_requested.body': '{hasFeedback, select, yes {{feedback}} other {Thank you for taking part.}}',
  'badge_earned.title': 'Badge earned: {badge}',
  'badge_earned.body': '{hasDescription, select, yes {{description}} other {You earned "{badge}".}}',
  'tier_changed.title': 'You are now {tier}',
  'tier_changed.body': 'You moved from {fromTier} to {tier}.',
  'challenge_opened.title': 'New challenge: {challenge}',
  'challenge_opened.body':
    '{points, plural, one {{points} point} other {{points} points}}{slots, plural, =0 {} one {, {slots} slot} other {, {slots} slots}}. Open until {closesAt}.',
  'kudos_received.title': '{hasFrom, select, yes {{from}} other {A teammate}} gave your post kudos',
  'kudos_received.body': '{postUrl}',
  'redemption_requested.title': 'Reward requested: {reward}',
  'redemption_requested.body':
    '{ambassador} redeemed “{reward}” ({cost, plural, one {{cost} point} other {{cost} points}}). It waits for your decision.',
  'redemption_approved.title': 'Approved: {reward}',
  'redemption_approved.body': 'Your request was approved; we will tell you when it is on its way.',
  'redemption_rejected.title': 'Not this time: {reward}',
  'redemption_rejected.body':
    'Your request was declined: {reason}. Your {cost, plural, one {{cost} point is} other {{cost} points are}} back.',
  'redemption_fulfilled.title':
    '{kind, select, code {Your code for {reward} is ready} other {On its way: {reward}}}',
  'redemption_fulfilled.body':
    '{kind, select, code {Open Rewards to see your code.} other {{hasTracking, select, yes {Track it: {trackingUrl}} other {It has been sent.}}{hasNote, select, yes { {note}} other {}}{hasDue, select, yes { Please post about it by {dueDay}.} other {}}}}',
  'gift_post_due.title': 'Your post about {reward} is due',
  'gift_post_due.body': 'Please post about {reward} by {dueDay}, in the challenge it asks for.',
  'points_adjusted.title':
    '{change, select, received {{points, plural, one {You received {points} point} other {You received {points} points}}} other {{points, plural, one {{points} point was deducted} other {{points} points were deducted}}}}',
  'points_adjusted.body':
    '{change, select, received {{points, plural, one {You received {points} point} other {You received {points} points}}} other {{points, plural, one {{points} point was deducted} other {{points} points were deducted}}}}: {reason}',
  'payout_sent.title': 'Payout sent: {amount}',
  'payout_sent.body': '{brand} sent you {amount} on {sentDay}, reference {reference}.',
  'metrics_due.title': 'Add your numbers',
  'metrics_due.body':
    'Your approved post has been up a week: add its views, reach and likes from the platform’s insights.',
  'metrics_disputed.title': 'Your post’s figures were questioned',
  'metrics_disputed.body':
    '{hasReason, select, yes {{reason}} other {A manager disputed the figures you reported.}}',
  'reach_bonus.title': 'Reach bonus: +{points, plural, one {{points} point} other {{points} points}}',
  'reach_bonus.body': 'Reach bonus for your post in "{challenge}": {bonuses}',
  'reach_bonus.item':
    '{atLeast, number} {metric, select, views {views} impressions {impressions} reach {reach} likes {likes} comments {comments} shares {shares} saves {saves} other {{metric}}}',
  'rights_expiring.title': 'Rights to {author}’s post end on {endsDay}',
  'rights_expiring.body':
    'The rights {author} granted for their {platform} post ({scopes}) end on {endsDay}. Ask them for a new grant, or stop using the post by then.',
  'rights_expiring.item':
    '{scope, select, organic {organic} paid_ads {paid_ads} website {website} other {{scope}}}',
  'webhook_endpoint_disabled.title': 'A webhook endpoint was turned off',
  'webhook_endpoint_disabled.body':
    '{url} failed {failures, plural, one {{failures} delivery} other {{failures} deliveries}} in a row, so Embassy stopped sending to it. Fix the receiver, then turn the endpoint back on and replay what it missed from its delivery log.',
  'code_leak_suspected.title': 'Referral code {code} may have leaked',
  'code_leak_suspected.body':
    "{orders, plural, one {{orders} order} other {{orders} orders}} from new customers used {hasName, select, yes {{name}'s code} other {an ambassador's code}} {code} on {leakDay} without a click on their links (the alert is set at {threshold} a day). If the code was posted on a coupon site, rotate it from the ambassador’s page: they get a new code, and the old one stops attributing after the grace days you choose.",
  'referral_code_rotated.title': 'Your new referral code is {code}',
  'referral_code_rotated.body':
    'Your referral code {previousCode} was replaced by {code}. Share {code} and your links (/r/{code}) from now on. {ends, select, now {{previousCode} stopped earning at once.} other {{previousCode} still earns until {retiresUtc}, then stops.}} Your earlier sales stay yours.',
  'first_sale.title': 'Your first sale!',
  'first_sale.body':
    'Someone bought through your code or link: an order of {amount}. Keep sharing, and see what it earned under Earnings.',
  'commission_earned.title': 'You earned {amount} commission',
  'commission_earned.body':
    'An order through your code or link earned you {amount}. {held, select, yes {It is held until {availableAt} in case the order is refunded, then approved for your next payout.} other {It is approved for your next payout.}}',
  'commission_approved.title': '{amount} commission approved',
  'commission_approved.body':
    "Your commission of {amount} is past its refund window and approved: it goes into the next payout once your balance reaches the program's minimum and your payout details are in.",
  'team_digest.title':
    '{program}: {waiting, select, applications {{applications, plural, one {{applications} application} other {{applications} applications}}} posts {{posts, plural, one {{posts} post} other {{posts} posts}}} other {{applications, plural, one {{applications} application} other {{applications} applications}} and {posts, plural, one {{posts} post} other {{posts} posts}}}} waiting',
  'team_digest.body':
    'Waiting for the team in {program} today: {applications, plural, one {{applications} application} other {{applications} applications}} to decide and {posts, plural, one {{posts} post} other {{posts} posts}} to review.',
  'challenges_digest.title':
    '{count, plural, one {New this week in {program}: {challenge}} other {{count} new challenges in {program}}}',
  'challenges_digest.body': '{challenges}',
  'challenges_digest.item':
    '• {title}: {points, plural, one {{points} point} other {{points} points}}{slots, plural, =0 {} one {, {slots} slot} other {, {slots} slots}}, open until {closesAt}.',
  'team_removed.title': 'You are no longer on the {program} team',
  'team_removed.body':
    "The program's owner removed you from the team of {program}, where you were {role, select, brand {a brand user} manager {a manager} other {a {role}}}. You can no longer open its dashboard.",
  'invitation.title': "You're invited to the {program} team",
  'invitation.body':
    'You are invited to join the team of {program} on Embassy as {role, select, manager {a manager} other {a brand user}}. Sign up or sign in with this email address ({email}), then accept the invitation on your home page. It is open until {until}.',
  'email.open': 'Open: {link}',
  'email.unsubscribe': 'Stop emails like this one: {link}',
  'email.signature': '— Embassy',
  'defaults.tier.member': 'Member',
  'defaults.tier.insider': 'Insider',
  'defaults.tier.expert': 'Expert',
  'defaults.badge.first-post.name': 'First post',
  'defaults.badge.first-post.description': 'Your first approved post',
  'defaults.badge.five-posts.name': 'Regular',
  'defaults.badge.five-posts.description': 'Five approved posts',
  'defaults.badge.streak-3.name': 'Three in a row',
  'defaults.badge.streak-3.description': 'Approved posts three months running',
  'defaults.badge.first-sale.name': 'First sale',
  'defaults.badge.first-sale.description': 'Your link sold something',
} as const;

export type NoticeKey = keyof typeof en;

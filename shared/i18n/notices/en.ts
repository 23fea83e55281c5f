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
  'email.open': 'Open: {link}',
  'email.unsubscribe': 'Stop emails like this one: {link}',
  'email.signature': '— Embassy',
} as const;

export type NoticeKey = keyof typeof en;

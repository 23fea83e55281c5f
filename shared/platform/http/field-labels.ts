/**
 * The human name of every field a request body can carry, by its path as the API's 422 details
 * give it (`issues[].path`, `field`): `*` stands for one list position or record key. `{n}` in a
 * name is the position the first `*` matched, counted from 1; `{key}` is the record key it matched.
 * Plain data, no server code: the dashboard reads it to name a field in an error, and the contract
 * test (test/contract/field-labels.test.ts) fails when a request body has a field not named here.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  accountHolder: 'Account holder',
  active: 'Active',
  adminAccessToken: 'Admin API access token',
  allowedDomains: 'Allowed domains',
  'allowedDomains.*': 'Allowed domain {n}',
  ambassadorIds: 'Ambassadors',
  'ambassadorIds.*': 'Ambassador {n}',
  amount: 'Amount',
  answers: 'Answers',
  'answers.*': 'Answer',
  'answers.*.*': 'Answer',
  asOf: 'Figures as of',
  attributionModel: 'Attribution model',
  attributionWindowDays: 'Attribution window (days)',
  availableFrom: 'Available from',
  availableUntil: 'Available until',
  avatarKey: 'Photo',
  badges: 'Badges',
  'badges.*': 'Badge {n}',
  'badges.*.description': 'Badge {n} description',
  'badges.*.id': 'Badge {n} id',
  'badges.*.name': 'Badge {n} name',
  'badges.*.rule': 'Badge {n} rule',
  'badges.*.rule.count': 'Badge {n} count',
  'badges.*.rule.kind': 'Badge {n} rule',
  'badges.*.rule.months': 'Badge {n} months',
  'badges.*.rule.points': 'Badge {n} points',
  bic: 'BIC',
  brandName: 'Brand name',
  brief: 'Brief',
  caption: 'Caption',
  challengeAnnouncements: 'Challenge announcements',
  challengeId: 'Challenge',
  clickId: 'Click id',
  closesAt: 'Closes',
  codes: 'Codes',
  'codes.*': 'Code {n}',
  comments: 'Comments',
  commission: 'Commission',
  'commission.byTier': 'Commission by tier',
  'commission.byTier.*': 'Commission for tier {key}',
  'commission.byTier.*.amount': 'Commission amount for tier {key}',
  'commission.byTier.*.basisPoints': 'Commission rate for tier {key}',
  'commission.byTier.*.kind': 'Commission kind for tier {key}',
  'commission.firstOrderOnly': 'First orders only',
  'commission.holdingDays': 'Holding period (days)',
  'commission.rate': 'Commission rate',
  'commission.rate.amount': 'Commission amount',
  'commission.rate.basisPoints': 'Commission rate',
  'commission.rate.kind': 'Commission kind',
  confirm: 'Confirmation',
  consent: 'Consent',
  'consent.accepted': 'Consent',
  'consent.termsVersion': 'Terms version',
  contentTerms: 'Content terms',
  'contentTerms.durationMonths': 'Content rights duration (months)',
  'contentTerms.scopes': 'Content uses',
  'contentTerms.scopes.*': 'Content use {n}',
  'contentTerms.text': 'Content terms text',
  'contentTerms.version': 'Content terms version',
  contentType: 'File type',
  costPoints: 'Cost in points',
  currency: 'Currency',
  customerEmail: 'Customer email',
  decision: 'Decision',
  description: 'Description',
  destination: 'Destination',
  discount: 'Discount',
  'discount.oncePerCustomer': 'Once per customer',
  'discount.type': 'Discount type',
  'discount.value': 'Discount value',
  displayName: 'Display name',
  dryRun: 'Dry run',
  email: 'Email',
  enabled: 'Enabled',
  eventTypes: 'Events',
  'eventTypes.*': 'Event {n}',
  feedback: 'Feedback',
  fileName: 'File name',
  followUpChallengeId: 'Follow-up challenge',
  graceDays: 'Grace period (days)',
  handles: 'Social accounts',
  'handles.*': 'Social account',
  iban: 'IBAN',
  imageKey: 'Picture',
  impressions: 'Impressions',
  items: 'Items',
  'items.*': 'Item {n}',
  'items.*.amount': 'Item {n} amount',
  'items.*.quantity': 'Item {n} quantity',
  'items.*.sku': 'Item {n} SKU',
  kind: 'Kind',
  landingUrl: 'Landing page',
  language: 'Language',
  leakAlert: 'Code leak alert',
  'leakAlert.codeOnlyOrdersPerDay': 'Code-only orders a day before an alert',
  likes: 'Likes',
  maxSubmissionsPerAmbassador: 'Posts per ambassador',
  method: 'Payout method',
  minTier: 'Lowest tier',
  minimumPayout: 'Minimum payout',
  month: 'Month',
  name: 'Name',
  note: 'Note',
  occurredAt: 'Time of the order',
  opensAt: 'Opens',
  orderId: 'Order id',
  perMemberLimit: 'Limit per ambassador',
  picks: 'Picks',
  'picks.*': 'Pick {n}',
  platform: 'Platform',
  points: 'Points',
  pointsPerRecruit: 'Points per recruit',
  pointsPerSale: 'Points per sale',
  postUrl: 'Post link',
  postWithinDays: 'Post within (days)',
  preferences: 'Notification settings',
  'preferences.*': 'Notification setting',
  prerequisites: 'Earlier challenges',
  'prerequisites.*': 'Earlier challenge {n}',
  proofImageKey: 'Screenshot or photo',
  publicPage: 'Public page',
  'publicPage.faq': 'Questions and answers',
  'publicPage.faq.*': 'Question {n}',
  'publicPage.faq.*.answer': 'Answer {n}',
  'publicPage.faq.*.question': 'Question {n}',
  'publicPage.heroImageKey': 'Header picture',
  'publicPage.logoImageKey': 'Logo',
  'publicPage.perks': 'Perks',
  'publicPage.perks.*': 'Perk {n}',
  'publicPage.perks.*.text': 'Perk {n} text',
  'publicPage.perks.*.title': 'Perk {n} title',
  'publicPage.sampleChallenges': 'Sample challenges',
  'publicPage.tagline': 'Tagline',
  questions: 'Questions',
  'questions.*': 'Question {n}',
  'questions.*.help': 'Question {n} help text',
  'questions.*.id': 'Question {n} id',
  'questions.*.label': 'Question {n}',
  'questions.*.max': 'Question {n} highest number',
  'questions.*.maxLength': 'Question {n} longest answer',
  'questions.*.min': 'Question {n} lowest number',
  'questions.*.multiple': 'Question {n} several choices',
  'questions.*.options': 'Question {n} choices',
  'questions.*.options.*': 'Question choice',
  'questions.*.required': 'Question {n} required',
  'questions.*.type': 'Question {n} type',
  reach: 'Reach',
  reachBonuses: 'Reach bonuses',
  'reachBonuses.*': 'Reach bonus {n}',
  'reachBonuses.*.atLeast': 'Reach bonus {n} threshold',
  'reachBonuses.*.metric': 'Reach bonus {n} figure',
  'reachBonuses.*.points': 'Reach bonus {n} points',
  reapplyCooldownDays: 'Wait before applying again (days)',
  reason: 'Reason',
  ref: 'Referral code',
  reference: 'Reference',
  referralCode: 'Referral code',
  refundId: 'Refund id',
  requirements: 'Requirements',
  'requirements.disclosureRequired': 'Disclosure required',
  'requirements.hashtags': 'Hashtags',
  'requirements.hashtags.*': 'Hashtag {n}',
  'requirements.mentions': 'Mentions',
  'requirements.mentions.*': 'Mention {n}',
  'requirements.platforms': 'Platforms',
  'requirements.platforms.*': 'Platform {n}',
  requiresApproval: 'Needs approval',
  rightsGrant: 'Content rights',
  'rightsGrant.scopes': 'Content uses',
  'rightsGrant.scopes.*': 'Content use {n}',
  'rightsGrant.termsVersion': 'Content terms version',
  rightsRequired: 'Content rights required',
  role: 'Role',
  salesGoal: 'Sales goal',
  saves: 'Saves',
  screenshotKey: 'Screenshot',
  sentOn: 'Sent on',
  shares: 'Shares',
  shippingAddress: 'Shipping address',
  'shippingAddress.city': 'City',
  'shippingAddress.country': 'Country',
  'shippingAddress.line1': 'Address',
  'shippingAddress.line2': 'Address line 2',
  'shippingAddress.name': 'Name on the parcel',
  'shippingAddress.postalCode': 'Postcode',
  'shippingAddress.region': 'Region',
  shopDomain: 'Shop domain',
  size: 'File size',
  slots: 'Slots',
  slug: 'Web address name',
  socialHandles: 'Social accounts',
  'socialHandles.*': 'Social account',
  status: 'Status',
  stock: 'Stock',
  termsUrl: 'Terms link',
  termsVersion: 'Terms version',
  tiers: 'Tiers',
  'tiers.*': 'Tier {n}',
  'tiers.*.id': 'Tier {n} id',
  'tiers.*.minPoints': 'Tier {n} points',
  'tiers.*.name': 'Tier {n} name',
  timeZone: 'Time zone',
  title: 'Title',
  trackingUrl: 'Tracking link',
  url: 'Link',
  userId: 'Person',
  version: 'Version',
  views: 'Views',
  webhookSecret: 'Webhook secret',
};

type Match = { pattern: string; wildcards: string[] };

/** The pattern of FIELD_LABELS that names `path`, the one with the fewest `*` when several do. */
function match(path: string): Match | undefined {
  const parts = path.split('.');
  let best: Match | undefined;
  for (const pattern of Object.keys(FIELD_LABELS)) {
    const want = pattern.split('.');
    if (want.length !== parts.length) continue;
    const wildcards: string[] = [];
    const fits = want.every((part, i) => {
      if (part === '*') wildcards.push(parts[i] ?? '');
      return part === '*' || part === parts[i];
    });
    if (fits && (!best || wildcards.length < best.wildcards.length)) best = { pattern, wildcards };
  }
  return best;
}

/**
 * The human name of a field path from the API (`requirements.hashtags.2` → "Hashtag 3"), or
 * undefined when no pattern names it; in English, or from another language's table of the same
 * patterns (field-labels-de.ts).
 */
export function fieldLabel(
  path: string,
  labels: Readonly<Record<string, string>> = FIELD_LABELS,
): string | undefined {
  const found = match(path);
  if (!found) return undefined;
  const label = labels[found.pattern] ?? FIELD_LABELS[found.pattern] ?? '';
  const position = found.wildcards.find((w) => /^\d+$/.test(w));
  const key = found.wildcards.find((w) => !/^\d+$/.test(w));
  return label
    .replace('{n}', position === undefined ? '' : String(Number(position) + 1))
    .replace('{key}', key ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a field path from a schema (with `*` for list positions and record keys) has a name. */
export function hasFieldLabel(pattern: string): boolean {
  return match(pattern) !== undefined;
}

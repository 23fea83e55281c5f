import { z } from 'zod';
import {
  CurrencySchema,
  HttpsUrlSchema,
  StorableNumberSchema,
  TimeZoneSchema,
  trimmedText,
} from '../common.schema.ts';
import { ContentTermsPatchSchema, ContentTermsSchema } from '../content/content-terms.schema.ts';
import { DEFAULT_PUBLIC_PAGE, PublicPageSchema } from './public-page.schema.ts';

const questionBase = {
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'Question ids are lower-case letters, digits and _, starting with a letter',
    ),
  label: trimmedText({ min: 1, max: 300 }),
  help: z.string().max(1000).optional(),
  required: z.boolean().default(false),
};

/** One application question. A small typed schema: text, choice, URL or number. */
export const QuestionSchema = z
  .discriminatedUnion('type', [
    z.object({
      ...questionBase,
      type: z.literal('text'),
      maxLength: z.number().int().min(1).max(5000).default(1000),
    }),
    z.object({
      ...questionBase,
      type: z.literal('choice'),
      options: z
        .array(trimmedText({ min: 1, max: 100 }))
        .min(1)
        .max(50),
      multiple: z.boolean().default(false),
    }),
    z.object({ ...questionBase, type: z.literal('url') }),
    z.object({
      ...questionBase,
      type: z.literal('number'),
      min: StorableNumberSchema.optional(),
      max: StorableNumberSchema.optional(),
    }),
  ])
  .meta({ id: 'Question' });

export type Question = z.infer<typeof QuestionSchema>;

const QuestionsSchema = z
  .array(QuestionSchema)
  .max(50)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'Question ids must be unique');

/** A tier: reached when lifetime points are at least `minPoints`. */
export const TierSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'Tier ids are lower-case letters, digits and dashes'),
    name: trimmedText({ min: 1, max: 40 }),
    minPoints: z.number().int().min(0).max(100_000_000),
  })
  .meta({ id: 'Tier' });
export type Tier = z.infer<typeof TierSchema>;

export const DEFAULT_TIERS: Tier[] = [
  { id: 'member', name: 'Member', minPoints: 0 },
  { id: 'insider', name: 'Insider', minPoints: 500 },
  { id: 'expert', name: 'Expert', minPoints: 2000 },
];

const TiersSchema = z
  .array(TierSchema)
  .min(1)
  .max(10)
  .refine((tiers) => tiers[0]?.minPoints === 0, 'The first tier starts at 0 points')
  .refine(
    (tiers) => tiers.every((tier, i) => i === 0 || tier.minPoints > (tiers[i - 1]?.minPoints ?? 0)),
    'Tier thresholds must rise strictly, in order',
  )
  .refine((tiers) => new Set(tiers.map((t) => t.id)).size === tiers.length, 'Tier ids must be unique');

/** What earns a badge. Each badge is awarded at most once per ambassador. */
export const BadgeRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('approved_posts'), count: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('streak_months'), months: z.number().int().min(2).max(36) }),
  z.object({ kind: z.literal('lifetime_points'), points: z.number().int().min(1) }),
  z.object({ kind: z.literal('first_sale') }),
]);
export type BadgeRule = z.infer<typeof BadgeRuleSchema>;

export const BadgeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'Badge ids are lower-case letters, digits and dashes'),
    name: trimmedText({ min: 1, max: 60 }),
    description: z.string().max(300).default(''),
    rule: BadgeRuleSchema,
  })
  .meta({ id: 'Badge' });
export type Badge = z.infer<typeof BadgeSchema>;

export const DEFAULT_BADGES: Badge[] = [
  {
    id: 'first-post',
    name: 'First post',
    description: 'Your first approved post',
    rule: { kind: 'approved_posts', count: 1 },
  },
  {
    id: 'five-posts',
    name: 'Regular',
    description: 'Five approved posts',
    rule: { kind: 'approved_posts', count: 5 },
  },
  {
    id: 'streak-3',
    name: 'Three in a row',
    description: 'Approved posts three months running',
    rule: { kind: 'streak_months', months: 3 },
  },
  {
    id: 'first-sale',
    name: 'First sale',
    description: 'Your link sold something',
    rule: { kind: 'first_sale' },
  },
];

const BadgesSchema = z
  .array(BadgeSchema)
  // An approval writes two items per badge it awards; 20 keeps it well inside a transaction's 100.
  .max(20)
  .refine((badges) => new Set(badges.map((b) => b.id)).size === badges.length, 'Badge ids must be unique');

const AllowedDomainsSchema = z
  .array(
    z
      .string()
      // Checked as sent, then lower-cased: the document's pattern (any case, no spaces) is what is
      // taken. Public suffixes (co.uk, myshopify.com…) are refused by assertOwnDomains, which loads
      // the list on use.
      .regex(z.regexes.domain, 'Allowed domains are host names such as shop.example.com')
      .toLowerCase(),
  )
  .max(20);

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'A slug is 1–48 lower-case letters, digits and dashes');

/** What one attributed order earns: a share of the order (basis points: 1000 = 10 %) or a flat sum. */
export const CommissionRateSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10_000) }),
    z.strictObject({ kind: z.literal('flat'), amount: z.number().int().min(0).max(1_000_000_000) }),
  ])
  .meta({ id: 'CommissionRate' });
export type CommissionRate = z.infer<typeof CommissionRateSchema>;

export const CommissionRulesSchema = z
  .strictObject({
    /** The rate for every tier that `byTier` does not name. */
    rate: CommissionRateSchema,
    /** Rates for particular tiers (by tier id), at the ambassador's tier when the order is recorded. */
    byTier: z.record(z.string().max(32), CommissionRateSchema).default({}),
    /** Only a customer's first order (told apart by the hashed customer email) earns commission. */
    firstOrderOnly: z.boolean().default(false),
    /** Days a commission stays pending (the refund window) before the scheduler approves it. */
    holdingDays: z.number().int().min(0).max(365).default(30),
  })
  .meta({ id: 'CommissionRules' });
export type CommissionRules = z.infer<typeof CommissionRulesSchema>;

export const DEFAULT_COMMISSION_RULES: CommissionRules = {
  rate: { kind: 'percent', basisPoints: 1000 },
  byTier: {},
  firstOrderOnly: false,
  holdingDays: 30,
};

/**
 * When a referral code looks leaked: this many code-only orders from new customers on one code
 * in one UTC day raise `code_leak_suspected` for the team. 0 turns the alert off.
 */
export const LeakAlertSchema = z
  .strictObject({ codeOnlyOrdersPerDay: z.number().int().min(0).max(500) })
  .meta({ id: 'LeakAlert' });
export type LeakAlert = z.infer<typeof LeakAlertSchema>;
export const DEFAULT_LEAK_ALERT: LeakAlert = { codeOnlyOrdersPerDay: 10 };

/** `last_click`: the click the shop reports wins; `first_click`: that visitor's first click in the window. */
export const AttributionModelSchema = z.enum(['last_click', 'first_click']);

/**
 * How new challenges reach ambassadors: `each` (a notification, and email, as each one opens) or
 * `weekly` (one digest a week of the challenges that opened in it: one email per ambassador a week
 * rather than one per challenge, which matters at thousands of ambassadors).
 */
export const ChallengeAnnouncementsSchema = z.enum(['each', 'weekly']);

const programFields = {
  name: trimmedText({ min: 1, max: 100 }),
  brandName: trimmedText({ min: 1, max: 100 }),
  slug: SlugSchema,
  description: z.string().max(5000).default(''),
  landingUrl: HttpsUrlSchema,
  timeZone: TimeZoneSchema,
  currency: CurrencySchema,
  questions: QuestionsSchema.default([]),
  /** Days a rejected applicant waits before applying again. */
  reapplyCooldownDays: z.number().int().min(0).max(365).default(30),
  termsVersion: trimmedText({ min: 1, max: 40 }).default('1'),
  termsUrl: HttpsUrlSchema.optional(),
  /** Left out, the default ladder (member, insider, expert), named in the request's language. */
  tiers: TiersSchema.optional(),
  /** Left out, the default badges, named in the request's language. */
  badges: BadgesSchema.optional(),
  /** Besides the landing page's host, domains (and their subdomains) tracked links may lead to. */
  allowedDomains: AllowedDomainsSchema.default([]),
  /** Days after a click in which an order is attributed to it. */
  attributionWindowDays: z.number().int().min(1).max(90).default(30),
  attributionModel: AttributionModelSchema.default('last_click'),
  commission: CommissionRulesSchema.default(DEFAULT_COMMISSION_RULES),
  leakAlert: LeakAlertSchema.default(DEFAULT_LEAK_ALERT),
  /** Points an ambassador earns per attributed sale (not for self-referrals). */
  pointsPerSale: z.number().int().min(0).max(100_000).default(50),
  /** Points a recruiter earns, once, when someone who applied through their invite link is approved. */
  pointsPerRecruit: z.number().int().min(0).max(100_000).default(100),
  /** The least a payout pays one ambassador, in minor units; smaller balances wait. */
  minimumPayout: z.number().int().min(0).max(1_000_000_000).default(0),
  /** The terms under which ambassadors may grant the brand rights to reuse their posts. */
  contentTerms: ContentTermsSchema.optional(),
  challengeAnnouncements: ChallengeAnnouncementsSchema.default('each'),
};

export const CreateProgramSchema = z.strictObject(programFields).meta({ id: 'CreateProgram' });
export type CreateProgramInput = z.infer<typeof CreateProgramSchema>;

export const UpdateProgramSchema = z
  .strictObject({
    name: programFields.name,
    brandName: programFields.brandName,
    slug: programFields.slug,
    description: z.string().max(5000),
    landingUrl: programFields.landingUrl,
    timeZone: programFields.timeZone,
    currency: programFields.currency,
    questions: QuestionsSchema,
    reapplyCooldownDays: z.number().int().min(0).max(365),
    termsVersion: trimmedText({ min: 1, max: 40 }),
    termsUrl: HttpsUrlSchema.nullable(),
    tiers: TiersSchema,
    badges: BadgesSchema,
    allowedDomains: AllowedDomainsSchema,
    attributionWindowDays: z.number().int().min(1).max(90),
    attributionModel: AttributionModelSchema,
    commission: CommissionRulesSchema,
    leakAlert: LeakAlertSchema,
    pointsPerSale: z.number().int().min(0).max(100_000),
    pointsPerRecruit: z.number().int().min(0).max(100_000),
    minimumPayout: z.number().int().min(0).max(1_000_000_000),
    /** New terms need a new version; `null` stops asking for grants (those given stay). */
    contentTerms: ContentTermsPatchSchema,
    /**
     * What the public page `/p/{slug}` shows (logo, hero image, tagline, perks, FAQ, sample
     * challenges), sent whole: what it leaves out is gone (an image key left out removes the image).
     */
    publicPage: PublicPageSchema,
    challengeAnnouncements: ChallengeAnnouncementsSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateProgram' });
export type UpdateProgramInput = z.infer<typeof UpdateProgramSchema>;

/**
 * Cross-field checks the schemas cannot make alone: commission rates name tiers the program has.
 * @returns the first problem as a field and message, or undefined.
 */
export function programSettingsProblem(program: {
  tiers: readonly Tier[];
  commission: CommissionRules;
}): { field: string; message: string } | undefined {
  const tierIds = new Set(program.tiers.map((t) => t.id));
  const unknown = Object.keys(program.commission.byTier).filter((id) => !tierIds.has(id));
  if (unknown.length > 0) {
    return { field: 'commission.byTier', message: `No such tier: ${unknown.join(', ')}` };
  }
  return undefined;
}

/** A program as stored and as members see it. */
export const ProgramSchema = z
  .object({
    programId: z.string(),
    name: z.string(),
    brandName: z.string(),
    slug: z.string(),
    description: z.string(),
    landingUrl: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    questions: z.array(QuestionSchema),
    reapplyCooldownDays: z.number(),
    termsVersion: z.string(),
    termsUrl: z.string().optional(),
    // Programs stored before tiers and badges existed read with the defaults.
    tiers: z.array(TierSchema).default(DEFAULT_TIERS),
    badges: z.array(BadgeSchema).default(DEFAULT_BADGES),
    allowedDomains: z.array(z.string()).default([]),
    attributionWindowDays: z.number().default(30),
    attributionModel: AttributionModelSchema.default('last_click'),
    commission: CommissionRulesSchema.default(DEFAULT_COMMISSION_RULES),
    leakAlert: LeakAlertSchema.default(DEFAULT_LEAK_ALERT),
    pointsPerSale: z.number().default(50),
    pointsPerRecruit: z.number().default(100),
    minimumPayout: z.number().default(0),
    contentTerms: ContentTermsSchema.optional(),
    // Programs stored before the public page had its settings read with the defaults.
    publicPage: PublicPageSchema.default(DEFAULT_PUBLIC_PAGE),
    challengeAnnouncements: ChallengeAnnouncementsSchema.default('each'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Program' });
export type Program = z.infer<typeof ProgramSchema>;

/** What any signed-in user may see of a program: enough to decide and apply. */
export const PublicProgramSchema = ProgramSchema.pick({
  programId: true,
  name: true,
  brandName: true,
  slug: true,
  description: true,
  questions: true,
  termsVersion: true,
  termsUrl: true,
}).meta({ id: 'PublicProgram' });
export type PublicProgram = z.infer<typeof PublicProgramSchema>;

export function toPublicProgram(program: Program): PublicProgram {
  const { programId, name, brandName, slug, description, questions, termsVersion, termsUrl } = program;
  return { programId, name, brandName, slug, description, questions, termsVersion, termsUrl };
}

import { z } from 'zod';
import { CursorSchema, EmailSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { UtcDaySchema } from '../utc-day.schema.ts';
import { bicMatchesIban, normalizeIban } from './bank-account.ts';

/** Control and format characters (NUL, tab, bidi overrides): no name on a payment needs them. */
const CONTROL = /[\p{Cc}\p{Cf}]/u;

const NameOnAccountSchema = trimmedText({ min: 1, max: 70 }).refine(
  (value) => !CONTROL.test(value),
  'A name must not contain control or invisible characters',
);

/**
 * An IBAN as people type it (spaces allowed), kept in its electronic form. Its check digits and
 * its country's format are checked by the service that takes it (./account-check.ts).
 */
export const IbanSchema = z
  .string()
  .max(42)
  .regex(/^[A-Za-z0-9 ]+$/, 'An IBAN is letters, digits and spaces')
  .transform(normalizeIban)
  .refine((iban) => /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban), 'Not an IBAN: too short or too long');

/** A BIC (8 or 11 characters); that it is a real one is checked with the IBAN (./account-check.ts). */
export const BicSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{8}(?:[A-Za-z0-9]{3})?$/, 'A BIC is 8 or 11 letters and digits')
  .transform((value) => value.toUpperCase());

/** A PayPal account's email. It starts with a letter or digit, so no spreadsheet reads it as a formula. */
const PaypalEmailSchema = EmailSchema.refine(
  (email) => /^[a-z0-9]/.test(email),
  'A PayPal email starts with a letter or a digit',
);

/** An account with an optional BIC, whose country must be the IBAN's (banks refuse a mismatch). */
function checkBicCountry(account: { iban: string; bic?: string | undefined }, context: z.RefinementCtx) {
  if (account.bic && !bicMatchesIban(account.bic, account.iban))
    context.addIssue({
      code: 'custom',
      path: ['bic'],
      message: `The BIC's country (${account.bic.slice(4, 6)}) is not the IBAN's (${account.iban.slice(0, 2)})`,
    });
}

export const PAYOUT_METHODS = ['paypal', 'bank'] as const;
export const PayoutMethodSchema = z.enum(PAYOUT_METHODS);
export type PayoutMethod = z.infer<typeof PayoutMethodSchema>;

/** Where an ambassador is paid, as they send it: a PayPal account, or a bank account (SEPA). */
export const PutPayoutDetailsSchema = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('paypal'), email: PaypalEmailSchema }),
    z.strictObject({
      method: z.literal('bank'),
      accountHolder: NameOnAccountSchema,
      iban: IbanSchema,
      bic: BicSchema.optional(),
    }),
  ])
  .superRefine((details, context) => {
    if (details.method === 'bank') checkBicCountry(details, context);
  })
  .meta({ id: 'PutPayoutDetails' });
export type PayoutDetailsInput = z.infer<typeof PutPayoutDetailsSchema>;

/** A payee as the API shows it: the email and IBAN masked, the holder and the bank's BIC in full. */
export const MaskedPayeeSchema = z
  .object({
    method: PayoutMethodSchema,
    /** PayPal: `a***@example.com`. */
    paypalEmail: z.string().optional(),
    accountHolder: z.string().optional(),
    /** Bank: `DE89 **** 3000`. */
    iban: z.string().optional(),
    bic: z.string().optional(),
  })
  .meta({ id: 'MaskedPayee' });
export type MaskedPayee = z.infer<typeof MaskedPayeeSchema>;

export const PayoutDetailsSchema = MaskedPayeeSchema.extend({
  ambassadorId: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'PayoutDetails' });
export type PayoutDetails = z.infer<typeof PayoutDetailsSchema>;

/** The brand's own account, which SEPA files pay from (the debtor). */
export const PutPayoutAccountSchema = z
  .strictObject({ name: NameOnAccountSchema, iban: IbanSchema, bic: BicSchema.optional() })
  .superRefine(checkBicCountry)
  .meta({ id: 'PutPayoutAccount' });
export type PayoutAccountInput = z.infer<typeof PutPayoutAccountSchema>;

export const PayoutAccountSchema = z
  .object({
    name: z.string(),
    /** Masked: `DE89 **** 3000`. */
    iban: z.string(),
    bic: z.string().optional(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PayoutAccount' });
export type PayoutAccount = z.infer<typeof PayoutAccountSchema>;

/**
 * A payout's life: `building` while the request that created it claims the lines (its
 * `leaseUntil` says how long that request may run), `ready` once every item is written and the
 * totals are summed from them, `confirming` while a confirmation marks the items paid, `paid`
 * when all are. A reader that finds `building` or `confirming` past the lease finishes it.
 */
export const PAYOUT_STATUSES = ['building', 'ready', 'confirming', 'paid'] as const;
export const PayoutStatusSchema = z.enum(PAYOUT_STATUSES);
export type PayoutStatus = z.infer<typeof PayoutStatusSchema>;

/**
 * Why an ambassador with approved lines is not in a payout: no payout details, a net below the
 * program's minimum, clawbacks that cover their commission (`nothing_owed`), no approved line
 * left (none, or another payout took them first), or the request ran out of time before them
 * (`not_reached`: the next payout takes them).
 */
export const SKIP_REASONS = [
  'no_payout_details',
  'below_minimum',
  'nothing_owed',
  'no_approved_lines',
  'not_reached',
] as const;
export const SkippedAmbassadorSchema = z
  .object({
    ambassadorId: z.string(),
    name: z.string(),
    reason: z.enum(SKIP_REASONS),
    /** Their approved net (commissions less clawbacks), when it was summed. */
    amount: z.number().int().optional(),
  })
  .meta({ id: 'SkippedAmbassador' });
export type SkippedAmbassador = z.infer<typeof SkippedAmbassadorSchema>;

/** One batch of payments, one item per ambassador. Money in minor units of `currency`. */
export const PayoutSchema = z
  .object({
    programId: z.string(),
    payoutId: z.string(),
    currency: z.string(),
    status: PayoutStatusSchema,
    /** The ambassadors the brand chose; absent when the payout took everyone with approved lines. */
    ambassadorIds: z.array(z.string()).optional(),
    /** Totals, summed from the items when the payout became ready (0 while building). */
    total: z.number().int(),
    itemCount: z.number().int(),
    lineCount: z.number().int(),
    byMethod: z.object({ paypal: z.number().int(), bank: z.number().int() }),
    /** Approved lines of paid ambassadors that did not fit in this payout: the next one takes them. */
    linesLeft: z.number().int(),
    /** Who was left out and why (the first 200); `skippedCount` counts them all. */
    skipped: z.array(SkippedAmbassadorSchema),
    skippedCount: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    leaseUntil: z.string(),
    /** Set by the confirmation: the day the brand sent the payments, and its bank's reference. */
    sentOn: z.string().optional(),
    reference: z.string().optional(),
    confirmedBy: z.string().optional(),
    confirmedAt: z.string().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'Payout' });
export type Payout = z.infer<typeof PayoutSchema>;

/** What one ambassador is paid in one payout: their approved lines, clawbacks netted. */
export const PayoutItemSchema = z.object({
  programId: z.string(),
  payoutId: z.string(),
  ambassadorId: z.string(),
  /** A unique id per payment: PayPal's Customer ID and SEPA's end-to-end id. */
  itemId: z.string(),
  name: z.string(),
  /** The net paid: commissions plus clawbacks (which are negative). */
  amount: z.number().int(),
  commissions: z.number().int(),
  clawbacks: z.number().int(),
  commissionIds: z.array(z.string()),
  linesLeft: z.number().int(),
  method: PayoutMethodSchema,
  status: z.enum(['batched', 'paid']),
  createdAt: z.string(),
  paidAt: z.string().optional(),
  version: z.number().int(),
});
export type PayoutItem = z.infer<typeof PayoutItemSchema>;

/** A payee in a payout or in a dry run's plan, as the brand sees it. */
export const PayoutPayeeSchema = z
  .object({
    ambassadorId: z.string(),
    name: z.string(),
    amount: z.number().int(),
    commissions: z.number().int(),
    clawbacks: z.number().int(),
    lineCount: z.number().int(),
    linesLeft: z.number().int(),
    payee: MaskedPayeeSchema,
    /** In a written payout. */
    itemId: z.string().optional(),
    status: z.enum(['batched', 'paid']).optional(),
    commissionIds: z.array(z.string()).optional(),
  })
  .meta({ id: 'PayoutPayee' });
export type PayoutPayee = z.infer<typeof PayoutPayeeSchema>;

export const PayoutDetailSchema = PayoutSchema.extend({ items: z.array(PayoutPayeeSchema) }).meta({
  id: 'PayoutDetail',
});
export type PayoutDetail = z.infer<typeof PayoutDetailSchema>;

export const CreatePayoutSchema = z
  .strictObject({
    /** Only these ambassadors; all with approved lines when left out. */
    ambassadorIds: z.array(z.string().min(1).max(64)).min(1).max(1000).optional(),
    /** Plan only: who would be paid what, and who skipped, with nothing written. */
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'CreatePayout' });
export type CreatePayoutInput = z.infer<typeof CreatePayoutSchema>;

/** The answer to a payout run: the plan on a dry run, the payout as written otherwise. */
export const PayoutRunSchema = z
  .object({
    dryRun: z.boolean(),
    payoutId: z.string().optional(),
    status: z.enum(['preview', ...PAYOUT_STATUSES]),
    currency: z.string(),
    total: z.number().int(),
    lineCount: z.number().int(),
    linesLeft: z.number().int(),
    items: z.array(PayoutPayeeSchema),
    skipped: z.array(SkippedAmbassadorSchema),
  })
  .meta({ id: 'PayoutRun' });
export type PayoutRun = z.infer<typeof PayoutRunSchema>;

export const ConfirmPayoutSchema = z
  .strictObject({
    /** The day the brand sent the payments (UTC). */
    sentOn: UtcDaySchema,
    /** The bank's or PayPal's reference for the transfer. */
    reference: trimmedText({ min: 1, max: 140 }),
  })
  .meta({ id: 'ConfirmPayout' });
export type ConfirmPayoutInput = z.infer<typeof ConfirmPayoutSchema>;

export const EXPORT_FORMATS = ['paypal', 'csv', 'sepa'] as const;
export const ExportPayoutQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** SEPA: the day the bank is to execute the transfers (default: today, UTC). */
  executionDate: UtcDaySchema.optional(),
});
export type ExportPayoutQuery = z.infer<typeof ExportPayoutQuerySchema>;

export const ListPayoutsQuerySchema = z.object({ limit: LimitSchema, cursor: CursorSchema });
export type ListPayoutsQuery = z.infer<typeof ListPayoutsQuerySchema>;

/** An ambassador's payout details as stored: the method in clear, the details sealed (shared/platform/secrets). */
export const StoredPayoutDetailsSchema = z.object({
  programId: z.string(),
  ambassadorId: z.string(),
  method: PayoutMethodSchema,
  sealedDetails: z.string(),
  updatedAt: z.string(),
});
export type StoredPayoutDetails = z.infer<typeof StoredPayoutDetailsSchema>;

/** The brand's payout account as stored: sealed. */
export const StoredPayoutAccountSchema = z.object({
  programId: z.string(),
  sealedAccount: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StoredPayoutAccount = z.infer<typeof StoredPayoutAccountSchema>;

/** A payout item as stored: with a sealed copy of the payee's details as they were when it was made. */
export const StoredPayoutItemSchema = PayoutItemSchema.extend({ sealedDetails: z.string() });
export type StoredPayoutItem = z.infer<typeof StoredPayoutItemSchema>;

/** Payout details once opened: what the payee box holds. */
export const OpenedPayeeSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('paypal'), email: z.string() }),
  z.object({
    method: z.literal('bank'),
    accountHolder: z.string(),
    iban: z.string(),
    bic: z.string().optional(),
  }),
]);
export type OpenedPayee = z.infer<typeof OpenedPayeeSchema>;

/** The brand's account once opened. */
export const OpenedAccountSchema = z.object({
  name: z.string(),
  iban: z.string(),
  bic: z.string().optional(),
});
export type OpenedAccount = z.infer<typeof OpenedAccountSchema>;

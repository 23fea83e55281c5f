import { z } from 'zod';
import { trimmedText } from '../common.schema.ts';

/** Where a brand may reuse an ambassador's post: its own social accounts, ads, its website. */
export const CONTENT_SCOPES = ['organic', 'paid_ads', 'website'] as const;
export const ContentScopeSchema = z.enum(CONTENT_SCOPES);
export type ContentScope = z.infer<typeof ContentScopeSchema>;

const ScopesSchema = z
  .array(ContentScopeSchema)
  .min(1)
  .max(CONTENT_SCOPES.length)
  .refine((scopes) => new Set(scopes).size === scopes.length, 'Name each scope once');

const contentTermsFields = {
  version: trimmedText({ min: 1, max: 40 }),
  text: trimmedText({ min: 1, max: 20_000 }),
  scopes: ScopesSchema,
  /** How long a grant lasts from the moment it is given. */
  durationMonths: z.number().int().min(1).max(120),
};

/**
 * A program's content-usage terms. A version names one text: changed terms take a new version,
 * and grants keep the version and a hash of the text they were given under.
 */
export const ContentTermsSchema = z.strictObject(contentTermsFields).meta({ id: 'ContentTerms' });
/**
 * The same, or `null` for none, as a program update takes them: inline in the document, since a
 * named schema made nullable comes out as an `allOf` that refuses the null.
 */
export const ContentTermsPatchSchema = z.strictObject(contentTermsFields).nullable();
export type ContentTerms = z.infer<typeof ContentTermsSchema>;

/** What an ambassador sends with a post to grant rights: the terms version they read, and the scopes. */
export const RightsGrantInputSchema = z
  .strictObject({ termsVersion: z.string().min(1).max(40), scopes: ScopesSchema })
  .meta({ id: 'RightsGrantInput' });
export type RightsGrantInput = z.infer<typeof RightsGrantInputSchema>;

/**
 * A grant as stored with its submission. `endsAt` is when the brand's use must end: the expiry,
 * or the moment it was revoked.
 */
export const RightsGrantSchema = z
  .object({
    termsVersion: z.string(),
    /** SHA-256 of the terms text the grant was given under, lower-case hex. */
    termsSha256: z.string(),
    scopes: z.array(ContentScopeSchema),
    grantedAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().optional(),
    endsAt: z.string(),
  })
  .meta({ id: 'RightsGrant' });
export type RightsGrant = z.infer<typeof RightsGrantSchema>;

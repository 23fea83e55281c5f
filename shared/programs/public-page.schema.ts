import { z } from 'zod';
import { trimmedText } from '../common.schema.ts';

/** A key an upload returned (`POST …/uploads`); the service checks it is the caller's own image. */
const ImageKeySchema = z.string().min(1).max(300);

/** One thing an ambassador gets from the program, as the public page lists it. */
export const PerkSchema = z
  .strictObject({
    title: trimmedText({ min: 1, max: 80 }),
    text: trimmedText({ max: 300 }).default(''),
  })
  .meta({ id: 'Perk' });
export type Perk = z.infer<typeof PerkSchema>;

/** A question applicants ask, with the program's answer. */
export const FaqEntrySchema = z
  .strictObject({
    question: trimmedText({ min: 1, max: 200 }),
    answer: trimmedText({ min: 1, max: 2000 }),
  })
  .meta({ id: 'FaqEntry' });
export type FaqEntry = z.infer<typeof FaqEntrySchema>;

/** The most sample challenges the public page shows: one query of the window index covers them. */
export const MAX_SAMPLE_CHALLENGES = 6;

/**
 * What the program's public page (`/p/{slug}`) shows besides the name and description: a logo
 * and a hero image (keys from `POST …/uploads`), a tagline, perks, an FAQ and how many of the
 * program's published challenges to show as samples (0 shows none). Sent whole with
 * `PATCH /api/programs/{id}`: what it leaves out is gone (an image key left out removes the image).
 */
export const PublicPageSchema = z
  .strictObject({
    tagline: trimmedText({ max: 160 }).optional(),
    logoImageKey: ImageKeySchema.optional(),
    heroImageKey: ImageKeySchema.optional(),
    perks: z.array(PerkSchema).max(8).default([]),
    faq: z.array(FaqEntrySchema).max(20).default([]),
    sampleChallenges: z.number().int().min(0).max(MAX_SAMPLE_CHALLENGES).default(3),
  })
  .meta({ id: 'PublicPage' });
export type PublicPage = z.infer<typeof PublicPageSchema>;

export const DEFAULT_PUBLIC_PAGE: PublicPage = { perks: [], faq: [], sampleChallenges: 3 };

/** A published challenge as the public page shows it: what it asks and what it earns, no rules. */
export const PublicChallengeSchema = z
  .object({
    title: z.string(),
    /** The brief's first 300 characters. */
    brief: z.string(),
    points: z.number(),
    opensAt: z.string(),
    closesAt: z.string(),
    status: z.enum(['scheduled', 'open', 'closed']),
  })
  .meta({ id: 'PublicChallenge' });
export type PublicChallenge = z.infer<typeof PublicChallengeSchema>;

/**
 * The public page as anyone sees it: images as short-lived links to their thumbnails (absent
 * while the thumbnail is being made), never the stored keys.
 */
export const PublicPageViewSchema = z
  .object({
    tagline: z.string().optional(),
    logoUrl: z.string().optional(),
    heroImageUrl: z.string().optional(),
    perks: z.array(PerkSchema),
    faq: z.array(FaqEntrySchema),
    challenges: z.array(PublicChallengeSchema),
  })
  .meta({ id: 'PublicPageView' });
export type PublicPageView = z.infer<typeof PublicPageViewSchema>;

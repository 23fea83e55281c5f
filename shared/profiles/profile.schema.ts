import { z } from 'zod';
import { TimeZoneSchema, trimmedText } from '../common.schema.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';

/** The language a person prefers, for the dashboard and the emails: one of shared/i18n/languages.ts. */
export const LanguageSchema = z.enum(LANGUAGES);
export type { Language };

/**
 * The social platforms a profile names a handle on, each with its own rule for a handle (as the
 * platform states it), without the leading `@`.
 * - Instagram: up to 30 letters, digits, periods and underscores.
 * - TikTok: 2 to 24 letters, digits, periods and underscores.
 * - YouTube: a channel handle, 3 to 30 letters, digits, periods, dashes and underscores.
 * - X: up to 15 letters, digits and underscores.
 */
export const HANDLE_RULES = {
  instagram: { pattern: /^[A-Za-z0-9._]{1,30}$/, hint: 'up to 30 letters, digits, periods and underscores' },
  tiktok: { pattern: /^[A-Za-z0-9._]{2,24}$/, hint: '2 to 24 letters, digits, periods and underscores' },
  youtube: {
    pattern: /^[A-Za-z0-9._-]{3,30}$/,
    hint: '3 to 30 letters, digits, periods, dashes and underscores',
  },
  x: { pattern: /^[A-Za-z0-9_]{1,15}$/, hint: 'up to 15 letters, digits and underscores' },
} as const;
export type HandlePlatform = keyof typeof HANDLE_RULES;
export const HANDLE_PLATFORMS = Object.keys(HANDLE_RULES) as HandlePlatform[];

const handle = (platform: HandlePlatform) =>
  z
    .string()
    .regex(
      HANDLE_RULES[platform].pattern,
      `A ${platform} handle is ${HANDLE_RULES[platform].hint}, without the @`,
    );

export const HandlesSchema = z
  .object({
    instagram: handle('instagram').optional(),
    tiktok: handle('tiktok').optional(),
    youtube: handle('youtube').optional(),
    x: handle('x').optional(),
  })
  .meta({ id: 'SocialHandles' });
export type Handles = z.infer<typeof HandlesSchema>;

/**
 * A person's profile, one per account (not per program): what other code reads of them. The
 * notifications use `language` and `timeZone`; the public page shows the name and the avatar.
 */
export type Profile = {
  displayName?: string;
  /** The avatar's key in the media bucket (an upload of their own, checked when it was set). */
  avatarKey?: string;
  handles: Handles;
  language?: Language;
  timeZone?: string;
};

/** The profile as its owner reads it: the stored fields, and a short-lived link to the avatar. */
export const ProfileSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string().optional(),
    avatarKey: z.string().optional(),
    /** A short-lived link to the avatar's resized copy, or to the upload until that is made. */
    avatarUrl: z.string().optional(),
    handles: HandlesSchema,
    language: LanguageSchema.optional(),
    timeZone: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Profile' });
export type ProfileView = z.infer<typeof ProfileSchema>;

/**
 * A change to the profile: the fields sent change, the others stay; `null` clears a field (a
 * handle set to `null` is removed, the others are kept).
 */
export const UpdateProfileSchema = z
  .strictObject({
    displayName: trimmedText({ min: 1, max: 80 }).optional(),
    /** The `key` an avatar upload returned (POST /api/me/avatar-uploads), or null to remove it. */
    avatarKey: z.string().min(1).max(300).nullable().optional(),
    handles: z
      .strictObject({
        instagram: handle('instagram').nullable().optional(),
        tiktok: handle('tiktok').nullable().optional(),
        youtube: handle('youtube').nullable().optional(),
        x: handle('x').nullable().optional(),
      })
      .optional(),
    language: LanguageSchema.nullable().optional(),
    timeZone: TimeZoneSchema.nullable().optional(),
  })
  .meta({ id: 'UpdateProfile' });
export type UpdateProfile = z.infer<typeof UpdateProfileSchema>;

/**
 * Where avatars are uploaded: `proofs/avatars/{userId}/…`, beside the programs' proof images
 * (program ids are upper-case ULIDs, so no program is called `avatars`). The thumbnailer makes
 * their resized copy as it does for every proof image, and the same checks apply.
 */
export const AVATAR_SCOPE = 'avatars';

/** The most picks a public page shows. */
export const MAX_PICKS = 12;

/** An ambassador's public page in one program, as they set it. */
export const PublicPageSettingsSchema = z
  .object({
    programId: z.string(),
    /** Off: the page answers 404, as for someone who is not an ambassador. */
    enabled: z.boolean(),
    /** The slugs of their tracked links shown on the page, in order. */
    picks: z.array(z.string()),
    /** The page's address in the dashboard (`/a/{referralCode}`). */
    url: z.string(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'PublicPageSettings' });
export type PublicPageSettings = z.infer<typeof PublicPageSettingsSchema>;

export const UpdatePublicPageSchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    picks: z
      .array(z.string().regex(/^[a-z0-9-]{1,40}$/, 'A pick is the slug of one of your tracked links'))
      .max(MAX_PICKS)
      .optional(),
  })
  .meta({ id: 'UpdatePublicPage' });
export type UpdatePublicPage = z.infer<typeof UpdatePublicPageSchema>;

/** An ambassador's public page, `/a/{referralCode}`: nothing private (no email, no figures). */
export const PublicAmbassadorSchema = z
  .object({
    referralCode: z.string(),
    displayName: z.string(),
    avatarUrl: z.string().optional(),
    handles: HandlesSchema,
    program: z.object({ name: z.string(), slug: z.string(), description: z.string().optional() }),
    /** Their link to the program's landing page, through the redirect (a click, attributed to them). */
    shopUrl: z.string(),
    posts: z.array(
      z.object({
        submissionId: z.string(),
        platform: z.string(),
        postUrl: z.string(),
        caption: z.string(),
        approvedAt: z.string().optional(),
        thumbnailUrl: z.string().optional(),
      }),
    ),
    /** Their picks: tracked links, each through the redirect (`/r/{code}/{slug}`). */
    picks: z.array(z.object({ slug: z.string(), url: z.string(), destination: z.string() })),
  })
  .meta({ id: 'PublicAmbassador' });
export type PublicAmbassador = z.infer<typeof PublicAmbassadorSchema>;

import { z } from 'zod';
import { StorableNumberSchema, trimmedText } from '../common.schema.ts';
import { AmbassadorStatusSchema } from '../programs/membership.schema.ts';

const SOCIAL_PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook', 'blog', 'other'] as const;

export const AnswerValueSchema = z.union([
  z.string().max(5000),
  StorableNumberSchema,
  z.array(z.string().max(100)).max(50),
]);

export const SubmitApplicationSchema = z
  .strictObject({
    displayName: trimmedText({ min: 1, max: 80 }).optional(),
    /** Keyed by question id; checked against the program's questions. */
    answers: z.record(z.string().max(40), AnswerValueSchema).default({}),
    socialHandles: z.partialRecord(z.enum(SOCIAL_PLATFORMS), trimmedText({ min: 1, max: 200 })).default({}),
    /** The referral code of the invite link (`/p/{slug}?ref={code}`): the ambassador who recruited you. */
    ref: trimmedText({ max: 20 }).optional(),
    consent: z.strictObject({
      termsVersion: z.string().min(1).max(40),
      accepted: z.literal(true, 'You must accept the program terms'),
    }),
  })
  .meta({ id: 'SubmitApplication' });
export type SubmitApplicationInput = z.infer<typeof SubmitApplicationSchema>;

export const DecideApplicationSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    reason: trimmedText({ max: 1000 }).optional(),
  })
  .meta({ id: 'DecideApplication' });
export type DecideApplicationInput = z.infer<typeof DecideApplicationSchema>;

export const SuspensionSchema = z
  .strictObject({ reason: trimmedText({ max: 1000 }).optional() })
  .meta({ id: 'Suspension' });

/** Leaving a program: why, if the ambassador wants to say (the team sees it). */
export const LeaveProgramSchema = z
  .strictObject({ reason: trimmedText({ max: 1000 }).optional() })
  .meta({ id: 'LeaveProgram' });

/** A code rotation: how many days the old code still attributes (0: it stops at once). */
export const RotateReferralCodeSchema = z
  .strictObject({ graceDays: z.number().int().min(0).max(90) })
  .meta({ id: 'RotateReferralCode' });

export const ListAmbassadorsQuerySchema = z.object({
  status: AmbassadorStatusSchema.default('pending'),
});

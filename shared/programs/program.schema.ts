import { z } from 'zod';
import { CurrencySchema, HttpsUrlSchema, TimeZoneSchema } from '../common.schema.ts';

const questionBase = {
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'Question ids are lower-case letters, digits and _, starting with a letter',
    ),
  label: z.string().trim().min(1).max(300),
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
      options: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
      multiple: z.boolean().default(false),
    }),
    z.object({ ...questionBase, type: z.literal('url') }),
    z.object({
      ...questionBase,
      type: z.literal('number'),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
    }),
  ])
  .meta({ id: 'Question' });

export type Question = z.infer<typeof QuestionSchema>;

const QuestionsSchema = z
  .array(QuestionSchema)
  .max(50)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'Question ids must be unique');

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'A slug is 1–48 lower-case letters, digits and dashes');

const programFields = {
  name: z.string().trim().min(1).max(100),
  brandName: z.string().trim().min(1).max(100),
  slug: SlugSchema,
  description: z.string().max(5000).default(''),
  landingUrl: HttpsUrlSchema,
  timeZone: TimeZoneSchema,
  currency: CurrencySchema,
  questions: QuestionsSchema.default([]),
  /** Days a rejected applicant waits before applying again. */
  reapplyCooldownDays: z.number().int().min(0).max(365).default(30),
  termsVersion: z.string().trim().min(1).max(40).default('1'),
  termsUrl: HttpsUrlSchema.optional(),
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
    termsVersion: z.string().trim().min(1).max(40),
    termsUrl: HttpsUrlSchema.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change')
  .meta({ id: 'UpdateProgram' });
export type UpdateProgramInput = z.infer<typeof UpdateProgramSchema>;

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

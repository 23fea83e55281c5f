import { z } from 'zod';
import { EmailSchema } from '../common.schema.ts';

export const InviteMemberSchema = z
  .strictObject({
    email: EmailSchema,
    role: z.enum(['manager', 'brand']),
  })
  .meta({ id: 'InviteMember' });
export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;

export const InvitationSchema = z
  .object({
    programId: z.string(),
    email: z.string(),
    role: z.enum(['manager', 'brand']),
    invitedBy: z.string(),
    invitedAt: z.string(),
    /** Epoch seconds; DynamoDB's TTL removes the item some time after. */
    expiresAt: z.number().int(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof InvitationSchema>;

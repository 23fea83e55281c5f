import { z } from 'zod';

/** A member of the program's team, as the team list shows them. */
export const TeamMemberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['owner', 'manager', 'brand']),
    /** When they joined the team (or took this place in it). */
    since: z.string(),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const ChangeRoleSchema = z
  .strictObject({ role: z.enum(['owner', 'manager', 'brand']) })
  .meta({ id: 'ChangeRole' });
export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>;

export const TransferOwnershipSchema = z
  .strictObject({
    /** The team member who becomes owner; the caller, if an owner, becomes a manager. */
    userId: z.string().min(1).max(128),
  })
  .meta({ id: 'TransferOwnership' });
export type TransferOwnershipInput = z.infer<typeof TransferOwnershipSchema>;

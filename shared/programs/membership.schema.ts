import { z } from 'zod';

export const ROLES = ['owner', 'manager', 'brand', 'ambassador'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Program managers: may design the program and review people and content. */
export const MANAGER_ROLES: readonly Role[] = ['owner', 'manager'];

/** The sales side: keys, orders, reports, commissions and payouts. */
export const SALES_ROLES: readonly Role[] = ['owner', 'brand'];

/** The program's team: whoever runs it or sells through it (not ambassadors). */
export const STAFF_ROLES: readonly Role[] = ['owner', 'manager', 'brand'];

/** `left`: the ambassador left the program themself; their code retired then, their history stays. */
export const AMBASSADOR_STATUSES = ['pending', 'approved', 'rejected', 'suspended', 'left'] as const;
export const AmbassadorStatusSchema = z.enum(AMBASSADOR_STATUSES);
export type AmbassadorStatus = z.infer<typeof AmbassadorStatusSchema>;

/** Staff memberships are `active`; an ambassador's status follows the application. */
export const MembershipStatusSchema = z.enum(['active', ...AMBASSADOR_STATUSES]);
export type MembershipStatus = z.infer<typeof MembershipStatusSchema>;

export const ApplicationSchema = z
  .object({
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    socialHandles: z.record(z.string(), z.string()),
    termsVersion: z.string(),
    consentedAt: z.string(),
    appliedAt: z.string(),
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof ApplicationSchema>;

export const DecisionSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().optional(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

/** A person's role in one program. Ambassadors carry their application and referral code. */
export const MembershipSchema = z
  .object({
    programId: z.string(),
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    status: MembershipStatusSchema,
    /** When the status was last set; the ambassador list sorts on it. */
    statusAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    application: ApplicationSchema.optional(),
    decision: DecisionSchema.optional(),
    referralCode: z.string().optional(),
    /**
     * The ambassador's earlier referral codes, newest first: each attributes until its
     * `retiresAt` (orders keep the code they were attributed to, so old reports do not change).
     */
    codeHistory: z
      .array(
        z.object({
          code: z.string(),
          /** From this instant the code attributes nothing new. */
          retiresAt: z.string(),
          rotatedAt: z.string(),
          rotatedBy: z.string(),
        }),
      )
      .optional(),
    /** The ambassador's tier id; absent means the program's first tier. */
    tier: z.string().optional(),
    suspension: z.object({ reason: z.string().optional(), by: z.string(), at: z.string() }).optional(),
    /**
     * The last time the ambassador left the program: when, from which status, and why (if they
     * said). Kept on a later application, so the team deciding it sees that they left.
     */
    leaving: z
      .object({
        at: z.string(),
        from: z.enum(['pending', 'approved', 'suspended']),
        reason: z.string().optional(),
      })
      .optional(),
    /** The ambassador whose invite link this applicant came through, and their code. */
    recruitedBy: z.string().optional(),
    recruitedVia: z.string().optional(),
    /** How many times this person has applied; a reapplication after rejection increments it. */
    applicationCount: z.number().int().optional(),
    /**
     * The person deleted their account: the membership is kept under a pseudonym for the
     * program's books (shared/privacy), on no index, so no list shows it.
     */
    erasedAt: z.string().optional(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof MembershipSchema>;

import { z } from 'zod';
import { CursorSchema, LimitSchema } from '../common.schema.ts';

/**
 * What a program's audit log records: the team's decisions, settings and team changes, money
 * moved, data taken out, balances corrected, and what a member did to their own account: their
 * data's download or deletion, a password reset, a change of which notifications they get (an
 * unsubscribe link among them). Each is written with the change itself (in its
 * transaction where there is one), so an entry exists exactly when the change does.
 */
export const AUDIT_TYPES = [
  'application.approved',
  'application.rejected',
  'ambassador.suspended',
  'ambassador.reinstated',
  'submission.approved',
  'submission.rejected',
  'submission.changes_requested',
  'program.updated',
  'member.invited',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'ownership.transferred',
  'invitation.revoked',
  'payout.created',
  'payout.confirmed',
  'points.adjusted',
  'export.downloaded',
  'account.exported',
  'account.deleted',
  'account.password_reset',
  'notifications.changed',
] as const;
export const AuditTypeSchema = z.enum(AUDIT_TYPES);
export type AuditType = z.infer<typeof AuditTypeSchema>;

/** One field a change set: its value before and after (absent when there was none). */
const AuditChangeSchema = z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const AuditEntrySchema = z
  .object({
    auditId: z.string(),
    programId: z.string(),
    /** When it happened (ISO 8601, UTC). */
    at: z.string(),
    type: AuditTypeSchema,
    /** Who did it: a user id. */
    actorId: z.string(),
    /** Their effective role in the program at the time (`owner` for a platform admin). */
    actorRole: z.string(),
    /** What it was done to. */
    target: z.object({ kind: z.string(), id: z.string() }),
    /** The change in an English sentence. */
    summary: z.string(),
    /**
     * The names and numbers of that sentence (a challenge's title, a role, a file's name), so a
     * reader's language can word it from `type`; entries written before values existed have none.
     */
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** For settings and role changes: each field before and after. */
    changes: z.array(AuditChangeSchema).optional(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** An entry as the API gives it: with the actor's current display name in the program. */
export const AuditEntryViewSchema = AuditEntrySchema.extend({ actorName: z.string().optional() }).meta({
  id: 'AuditEntryView',
});
export type AuditEntryView = z.infer<typeof AuditEntryViewSchema>;

export const AuditQuerySchema = z
  .object({
    /** Only this person's entries (a user id). */
    actor: z.string().min(1).max(128).optional(),
    type: AuditTypeSchema.optional(),
    /** From this instant on (inclusive, ISO 8601). */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Up to this instant (inclusive, ISO 8601). */
    to: z.iso.datetime({ offset: true }).optional(),
    limit: LimitSchema,
    cursor: CursorSchema,
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    path: ['to'],
    message: 'to must not be before from',
  });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

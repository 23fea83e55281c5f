import { z } from 'zod';

/** A referral code as webhooks show it: whose it is, and, once rotated, until when it attributes. */
export const ReferralCodeSchema = z
  .object({
    code: z.string(),
    programId: z.string(),
    ambassadorId: z.string(),
    /** False while the ambassador is suspended. */
    active: z.boolean(),
    /** Set by a rotation: from this instant the code attributes nothing new. */
    retiresAt: z.string().optional(),
    /** The code that replaced it. */
    nextCode: z.string().optional(),
    /** The code it replaced, for a code issued by a rotation. */
    previousCode: z.string().optional(),
  })
  .meta({ id: 'ReferralCode' });
export type ReferralCode = z.infer<typeof ReferralCodeSchema>;

/** The stored item in that shape (the item keeps `userId`, as the redirect reads it). */
export function referralCodeView(item: Record<string, unknown>): ReferralCode {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const retiresAt = text(item.retiresAt);
  const nextCode = text(item.nextCode);
  const previousCode = text(item.previousCode);
  return ReferralCodeSchema.parse({
    code: item.code,
    programId: item.programId,
    ambassadorId: item.userId,
    active: item.active === true,
    ...(retiresAt ? { retiresAt } : {}),
    ...(nextCode ? { nextCode } : {}),
    ...(previousCode ? { previousCode } : {}),
  });
}

/** A suspected leak as webhooks show it: the code's code-only orders from new customers that day. */
export const CodeLeakSchema = z
  .object({
    programId: z.string(),
    code: z.string(),
    ambassadorId: z.string(),
    /** The UTC day the orders happened on. */
    day: z.string(),
    /** The orders counted so far (at most 500). */
    orderIds: z.array(z.string()),
    alertedAt: z.string(),
  })
  .meta({ id: 'CodeLeak' });
export type CodeLeak = z.infer<typeof CodeLeakSchema>;

/** The stored day item in that shape (its ids are a string set). */
export function codeLeakView(item: Record<string, unknown>): CodeLeak {
  const ids =
    item.orderIds instanceof Set ? [...item.orderIds] : Array.isArray(item.orderIds) ? item.orderIds : [];
  return CodeLeakSchema.parse({
    programId: item.programId,
    code: item.code,
    ambassadorId: item.ambassadorId,
    day: item.day,
    orderIds: ids.map(String).sort(),
    alertedAt: item.alertedAt,
  });
}

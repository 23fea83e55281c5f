import { z } from 'zod';

/** A calendar day in UTC, `YYYY-MM-DD`, in the years 2000–2999, that exists (no 2026-02-30). */
// Apart from common.schema.ts: only the referrals function's reports and lists take days.
export const UtcDaySchema = z
  .string()
  .regex(/^2\d{3}-\d{2}-\d{2}$/, 'Must be a UTC day, YYYY-MM-DD, in the years 2000–2999')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'Not a calendar day',
  );

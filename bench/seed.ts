import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { decideApplication } from '#shared/ambassadors/decide-application.service.ts';
import { submitApplication } from '#shared/ambassadors/submit-application.service.ts';
import type { AuthUser } from '#shared/identity/auth-user.ts';
import { getMe } from '#shared/identity/get-me.service.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { createProgram } from '#shared/programs/create-program.service.ts';
import { membershipItem } from '#shared/programs/membership.store.ts';
import { CreateProgramSchema } from '#shared/programs/program.schema.ts';

/** An approved ambassador's membership item, approved at `at`: benchmarks seed volume, not behaviour. */
export function approvedAmbassadorItem(programId: string, userId: string, displayName: string, at: string) {
  return membershipItem({
    programId,
    userId,
    email: `${userId}@bench.example`,
    displayName,
    role: 'ambassador',
    status: 'approved',
    statusAt: at,
    createdAt: at,
    updatedAt: at,
  });
}

/** An approved ambassador, written straight into the table. */
export async function insertAmbassador(programId: string, userId: string): Promise<void> {
  const at = new Date(Date.now() - 400 * 86_400_000).toISOString();
  await db.send(
    new PutCommand({ TableName: tableName, Item: approvedAmbassadorItem(programId, userId, userId, at) }),
  );
}

export const user = (id: string, isAdmin = false): AuthUser => ({
  id,
  email: `${id}@bench.example`,
  emailVerified: true,
  groups: isAdmin ? ['admins'] : [],
  isAdmin,
});

/** A program and one approved ambassador, through the real services: the code to click. */
export async function seedReferralCode(
  slug: string,
): Promise<{ code: string; programId: string; ambassadorId: string }> {
  const admin = user('bench-admin', true);
  const program = await createProgram(
    admin,
    CreateProgramSchema.parse({
      name: `Bench ${slug}`,
      brandName: 'Bench',
      slug: `${slug}-${Date.now().toString(36)}`,
      landingUrl: 'https://shop.example.com/',
      timeZone: 'UTC',
      currency: 'EUR',
    }),
  );
  const ambassador = user('bench-ambassador');
  await submitApplication(ambassador, program.programId, {
    answers: {},
    socialHandles: {},
    consent: { termsVersion: '1', accepted: true },
  });
  await decideApplication(admin, program.programId, ambassador.id, { decision: 'approve' });
  const me = await getMe(ambassador);
  const code = me.memberships.find((m) => m.programId === program.programId)?.referralCode;
  if (!code) throw new Error('the seeded ambassador has no referral code');
  return { code, programId: program.programId, ambassadorId: ambassador.id };
}

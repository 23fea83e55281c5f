import { describe, expect, it } from 'vitest';
import { programInput, validApplication } from '../../test/helpers.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { createProgram } from '../programs/create-program.service.ts';
import { findMembership, replaceMembershipIfUnchanged } from '../programs/membership.store.ts';
import { CreateProgramSchema } from '../programs/program.schema.ts';
import { SubmitApplicationSchema } from './application.schema.ts';
import { decideApplication } from './decide-application.service.ts';
import { submitApplication } from './submit-application.service.ts';

const admin: AuthUser = {
  id: 'admin-1',
  email: 'admin@example.com',
  emailVerified: true,
  groups: ['admins'],
  isAdmin: true,
};
const applicant: AuthUser = {
  id: 'user-1',
  email: 'vera@example.com',
  emailVerified: true,
  groups: [],
  isAdmin: false,
};

describe('decideApplication against DynamoDB Local', () => {
  it('refuses a decision made on a stale read (pending → rejected → pending again)', async () => {
    // Prepare: a program without a cooldown, and a manager's read of the first application.
    const program = await createProgram(
      admin,
      CreateProgramSchema.parse(programInput({ reapplyCooldownDays: 0 })),
    );
    const apply = (blog: string) =>
      submitApplication(
        applicant,
        program.programId,
        SubmitApplicationSchema.parse(validApplication({ answers: { why: blog, channel: 'Blog' } })),
      );
    await apply('first');
    const staleRead = await findMembership(program.programId, applicant.id);
    await decideApplication(admin, program.programId, applicant.id, { decision: 'reject', reason: 'no' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await apply('second');

    // Act: the first manager finally approves what they read.
    const outcome = await replaceMembershipIfUnchanged(
      { ...staleRead!, status: 'approved', statusAt: new Date().toISOString() },
      staleRead!,
    );

    // Assess: nothing written; the second application stands, pending.
    const now = await findMembership(program.programId, applicant.id);
    expect(outcome).toBe('status_changed');
    expect(now).toMatchObject({
      status: 'pending',
      applicationCount: 2,
      application: { answers: { why: 'second' } },
    });
  });
});

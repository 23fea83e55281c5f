import { describe, expect, it } from 'vitest';
import { handler as scheduler } from '../../functions/scheduler.handler.ts';
import { programInput, validApplication } from '../../test/helpers.ts';
import { SubmitApplicationSchema } from '../ambassadors/application.schema.ts';
import { decideApplication } from '../ambassadors/decide-application.service.ts';
import { submitApplication } from '../ambassadors/submit-application.service.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { listNotifications } from '../notifications/notification.store.ts';
import { createProgram } from '../programs/create-program.service.ts';
import { CreateProgramSchema } from '../programs/program.schema.ts';
import { CreateChallengeSchema } from './challenge.schema.ts';
import { getChallenge } from './challenge.store.ts';
import { createChallenge } from './create-challenge.service.ts';
import { publishChallenge } from './publish-challenge.service.ts';

const admin: AuthUser = {
  id: 'admin-s',
  email: 'admin@example.com',
  emailVerified: true,
  groups: ['admins'],
  isAdmin: true,
};

describe('the scheduler against DynamoDB Local', () => {
  it('opens and closes challenges by the clock, and announces an opening once', async () => {
    // Prepare: two approved ambassadors and a challenge scheduled a minute ahead.
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const ambassadors: AuthUser[] = [1, 2].map((n) => ({
      ...admin,
      id: `s-amb-${n}`,
      groups: [],
      isAdmin: false,
    }));
    for (const user of ambassadors) {
      await submitApplication(user, program.programId, SubmitApplicationSchema.parse(validApplication()));
      await decideApplication(admin, program.programId, user.id, { decision: 'approve' });
    }
    const opensAt = new Date(Date.now() + 60_000);
    const closesAt = new Date(opensAt.getTime() + 3_600_000);
    const draft = await createChallenge(
      admin,
      program.programId,
      CreateChallengeSchema.parse({
        title: 'Soon',
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
      }),
    );
    expect((await publishChallenge(admin, program.programId, draft.challengeId)).status).toBe('scheduled');
    const stored = async () => (await getChallenge(program.programId, draft.challengeId)).status;
    const announced = async (user: AuthUser) =>
      (await listNotifications(user.id, 50)).items.filter((n) => n.type === 'challenge_opened').length;

    // Act and assess: nothing is due before the window; then it opens, once; then it closes.
    const at = (date: Date) => scheduler({ time: date.toISOString() }, {} as never);
    await at(new Date());
    expect(await stored()).toBe('scheduled');
    expect(await at(new Date(opensAt.getTime() + 1000))).toMatchObject({ opened: 1 });
    expect(await at(new Date(opensAt.getTime() + 2000))).toMatchObject({ opened: 0 });
    expect(await stored()).toBe('open');
    for (const user of ambassadors) expect(await announced(user)).toBe(1);
    expect(await at(new Date(closesAt.getTime() + 1000))).toMatchObject({ closed: 1 });
    expect(await stored()).toBe('closed');
  });

  it('announces a challenge published after its window began', async () => {
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const anna: AuthUser = { ...admin, id: 'mid-amb', groups: [], isAdmin: false };
    await submitApplication(anna, program.programId, SubmitApplicationSchema.parse(validApplication()));
    await decideApplication(admin, program.programId, anna.id, { decision: 'approve' });
    const draft = await createChallenge(
      admin,
      program.programId,
      CreateChallengeSchema.parse({
        title: 'Already running',
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    expect((await publishChallenge(admin, program.programId, draft.challengeId)).status).toBe('open');

    const run = () => scheduler({ time: new Date().toISOString() }, {} as never);
    expect(await run()).toMatchObject({ opened: 1 });
    expect(await run()).toMatchObject({ opened: 0 });
    const notes = (await listNotifications(anna.id, 50)).items.filter((n) => n.type === 'challenge_opened');
    expect(notes).toHaveLength(1);
    expect((await getChallenge(program.programId, draft.challengeId)).announcedAt).toEqual(
      expect.any(String),
    );
  });
});

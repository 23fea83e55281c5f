import { describe, expect, it } from 'vitest';
import { programInput } from '../../test/helpers.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { createProgram } from '../programs/create-program.service.ts';
import { CreateProgramSchema } from '../programs/program.schema.ts';
import { CreateChallengeSchema } from './challenge.schema.ts';
import { getChallenge } from './challenge.store.ts';
import { createChallenge } from './create-challenge.service.ts';
import { updateChallenge } from './update-challenge.service.ts';

const admin: AuthUser = {
  id: 'admin-g',
  email: 'admin@example.com',
  emailVerified: true,
  groups: ['admins'],
  isAdmin: true,
};

describe('updateChallenge against DynamoDB Local', () => {
  it('never lets two concurrent edits close a prerequisite cycle', async () => {
    // Prepare: two independent drafts.
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const draft = (title: string) =>
      createChallenge(admin, program.programId, CreateChallengeSchema.parse({ title, month: '2030-01' }));
    const [a, b] = [await draft('A'), await draft('B')];

    // Act: A requires B and B requires A, at the same moment, many times over.
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([
        updateChallenge(admin, program.programId, a.challengeId, { prerequisites: [b.challengeId] }),
        updateChallenge(admin, program.programId, b.challengeId, { prerequisites: [a.challengeId] }),
      ]);
      // Assess: at most one lands; the graph never holds a cycle.
      expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(1);
      const [storedA, storedB] = [
        await getChallenge(program.programId, a.challengeId),
        await getChallenge(program.programId, b.challengeId),
      ];
      expect(
        storedA.prerequisites.includes(b.challengeId) && storedB.prerequisites.includes(a.challengeId),
      ).toBe(false);
      await updateChallenge(admin, program.programId, a.challengeId, { prerequisites: [] });
      await updateChallenge(admin, program.programId, b.challengeId, { prerequisites: [] });
    }
  });
});

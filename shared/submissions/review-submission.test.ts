import { describe, expect, it } from 'vitest';
import { programInput, validApplication } from '../../test/helpers.ts';
import { SubmitApplicationSchema } from '../ambassadors/application.schema.ts';
import { decideApplication } from '../ambassadors/decide-application.service.ts';
import { submitApplication } from '../ambassadors/submit-application.service.ts';
import { CreateChallengeSchema } from '../challenges/challenge.schema.ts';
import { getChallenge } from '../challenges/challenge.store.ts';
import { createChallenge } from '../challenges/create-challenge.service.ts';
import { publishChallenge } from '../challenges/publish-challenge.service.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { findStats, listLeaders, listLedger } from '../points/stats.store.ts';
import { createProgram } from '../programs/create-program.service.ts';
import { CreateProgramSchema } from '../programs/program.schema.ts';
import { resubmitPost } from './resubmit-post.service.ts';
import { reviewSubmission } from './review-submission.service.ts';
import { listReviews } from './submission.store.ts';
import { submitPost } from './submit-post.service.ts';

const admin: AuthUser = {
  id: 'admin-r',
  email: 'admin@example.com',
  emailVerified: true,
  groups: ['admins'],
  isAdmin: true,
};
const ambassador = (n: number): AuthUser => ({
  id: `amb-${n}`,
  email: `amb${n}@example.com`,
  emailVerified: true,
  groups: [],
  isAdmin: false,
});

describe('reviewSubmission against DynamoDB Local', () => {
  it('keeps totals exact when one ambassador’s posts are approved at the same moment', async () => {
    // Prepare: one ambassador with a post in each of six open challenges.
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const anna = ambassador(1);
    await submitApplication(anna, program.programId, SubmitApplicationSchema.parse(validApplication()));
    await decideApplication(admin, program.programId, anna.id, { decision: 'approve' });
    const window = {
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const submissions = [];
    for (let i = 0; i < 6; i++) {
      const challenge = await createChallenge(
        admin,
        program.programId,
        CreateChallengeSchema.parse({ title: `C${i}`, points: 10 * (i + 1), ...window }),
      );
      await publishChallenge(admin, program.programId, challenge.challengeId);
      const { submission } = await submitPost(anna, program.programId, challenge.challengeId, {
        postUrl: `https://www.instagram.com/p/CONC${i}/`,
        platform: 'instagram',
        caption: '#ad',
      });
      submissions.push(submission);
    }

    // Act: six managers' approvals at once; each must re-plan when another changed the totals.
    const results = await Promise.allSettled(
      submissions.map((s) =>
        reviewSubmission(admin, program.programId, s.submissionId, { decision: 'approve', version: 1 }),
      ),
    );

    // Assess: every approval landed once; totals equal a recount of the ledger.
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('fulfilled'));
    const ledger = await listLedger(program.programId, anna.id);
    const stats = await findStats(program.programId, anna.id, 'all');
    expect(ledger).toHaveLength(6);
    expect(stats).toMatchObject({ points: 210, lifetimePoints: 210, approvedPosts: 6, version: 6 });
    expect(stats?.badges.sort()).toEqual(['first-post', 'five-posts']);
    const [leader] = await listLeaders(program.programId, 'all', 10);
    expect(leader).toMatchObject({ userId: anna.id, points: 210 });
  });

  it('gives an ambassador one slot however many of their posts are approved', async () => {
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const [anna, ben] = [ambassador(11), ambassador(12)];
    for (const user of [anna, ben]) {
      await submitApplication(user, program.programId, SubmitApplicationSchema.parse(validApplication()));
      await decideApplication(admin, program.programId, user.id, { decision: 'approve' });
    }
    const challenge = await createChallenge(
      admin,
      program.programId,
      CreateChallengeSchema.parse({
        title: 'Two places',
        slots: 2,
        maxSubmissionsPerAmbassador: 3,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await publishChallenge(admin, program.programId, challenge.challengeId);
    const post = async (user: AuthUser, n: number) =>
      (
        await submitPost(user, program.programId, challenge.challengeId, {
          postUrl: `https://www.instagram.com/p/SLOT${user.id}${n}/`,
          platform: 'instagram',
          caption: '#ad',
        })
      ).submission;
    const approve = (id: string) =>
      reviewSubmission(admin, program.programId, id, { decision: 'approve', version: 1 });

    await approve((await post(anna, 1)).submissionId);
    await approve((await post(anna, 2)).submissionId);
    await approve((await post(ben, 1)).submissionId);

    const stored = await getChallenge(program.programId, challenge.challengeId);
    expect(stored.slotsUsed).toBe(2);
    expect((await findStats(program.programId, anna.id, 'all'))?.approvedPosts).toBe(2);
  });

  it('counts the author’s sends as versions: a decision does not raise it', async () => {
    // Prepare: an approved ambassador's post in an open challenge.
    const program = await createProgram(admin, CreateProgramSchema.parse(programInput()));
    const cleo = ambassador(21);
    await submitApplication(cleo, program.programId, SubmitApplicationSchema.parse(validApplication()));
    await decideApplication(admin, program.programId, cleo.id, { decision: 'approve' });
    const challenge = await createChallenge(
      admin,
      program.programId,
      CreateChallengeSchema.parse({
        title: 'Versions',
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    await publishChallenge(admin, program.programId, challenge.challengeId);
    const { submission } = await submitPost(cleo, program.programId, challenge.challengeId, {
      postUrl: 'https://www.instagram.com/p/VERS1/',
      platform: 'instagram',
      caption: 'first',
    });
    const { programId } = program;
    const { submissionId } = submission;
    const sendBack = (version: number) =>
      reviewSubmission(admin, programId, submissionId, {
        decision: 'request_changes',
        feedback: 'Add #ad',
        version,
      });
    const resubmit = (n: number) =>
      resubmitPost(cleo, programId, submissionId, {
        postUrl: `https://www.instagram.com/p/VERS${n}/`,
        platform: 'instagram',
        caption: `take ${n} #ad`,
      });

    // Act: sent back, sent again, sent back, sent again.
    const firstBack = await sendBack(1);
    const second = await resubmit(2);
    const staleDecision = reviewSubmission(admin, programId, submissionId, {
      decision: 'approve',
      version: 1,
    });
    await expect(staleDecision).rejects.toMatchObject({ code: 'conflict' });
    const secondBack = await sendBack(2);
    const twiceOnOne = sendBack(2);
    await expect(twiceOnOne).rejects.toMatchObject({ code: 'conflict' });
    const third = await resubmit(3);
    const approved = await reviewSubmission(admin, programId, submissionId, {
      decision: 'approve',
      version: 3,
    });

    // Assess: 1 until the first resubmission, 2 after it, 3 after the second; one decision per version.
    expect(submission.version).toBe(1);
    expect(firstBack).toMatchObject({ status: 'changes_requested', version: 1 });
    expect(second).toMatchObject({ status: 'pending', version: 2 });
    expect(secondBack).toMatchObject({ status: 'changes_requested', version: 2 });
    expect(third).toMatchObject({ status: 'pending', version: 3 });
    expect(approved).toMatchObject({ status: 'approved', version: 3 });
    const reviews = await listReviews(programId, submissionId);
    expect(reviews.map((r) => [r.version, r.decision])).toEqual([
      [1, 'request_changes'],
      [2, 'request_changes'],
      [3, 'approve'],
    ]);
  });
});

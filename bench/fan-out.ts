import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { writeMonthlyReports } from '#shared/analytics/monthly-report.service.ts';
import { storedReports } from '#shared/analytics/monthly-report.store.ts';
import { ANNOUNCE_BATCH, advanceChallenges } from '#shared/challenges/advance-challenges.service.ts';
import { CreateChallengeSchema } from '#shared/challenges/challenge.schema.ts';
import { createChallenge } from '#shared/challenges/create-challenge.service.ts';
import { publishChallenge } from '#shared/challenges/publish-challenge.service.ts';
import { putAll } from '#shared/platform/db/batch-write.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { FUNCTIONS } from '#shared/platform/routes.ts';
import { createProgram } from '#shared/programs/create-program.service.ts';
import { CreateProgramSchema } from '#shared/programs/program.schema.ts';
import { approvedAmbassadorItem, user } from './seed.ts';

const admin = user('bench-admin', true);
const AMBASSADORS = Number(process.env.FANOUT_AMBASSADORS ?? 5000);
const PROGRAMS = Number(process.env.FANOUT_PROGRAMS ?? 1000);
const TIMEOUT_MS = FUNCTIONS.scheduler.timeoutSeconds * 1000;

const newProgram = (slug: string) =>
  createProgram(
    admin,
    CreateProgramSchema.parse({
      name: `Fan-out ${slug}`,
      brandName: 'Bench',
      slug: `${slug}-${Date.now().toString(36)}`,
      landingUrl: 'https://shop.example.com/',
      timeZone: 'UTC',
      currency: 'EUR',
    }),
  );

/**
 * Makes the `failAt`-th batch write of the table throw, once: a scheduler run that dies half way
 * (a timeout, a throttle), so the next run must go on without telling anyone twice.
 */
function failOnce(failAt: number, command: string) {
  let seen = 0;
  let failed = false;
  db.middlewareStack.add(
    (next, context) => async (args) => {
      if (!failed && String(context.commandName) === command && ++seen === failAt) {
        failed = true;
        throw new Error('bench: a run cut short');
      }
      return next(args);
    },
    { step: 'initialize', name: `benchFailOnce${command}` },
  );
  return () => db.middlewareStack.remove(`benchFailOnce${command}`);
}

/** Scheduler runs until `done`, each timed; a run that throws counts, and the next goes on. */
async function runsUntil(run: () => Promise<unknown>, done: () => Promise<boolean>) {
  const runs: { ms: number; failed: boolean }[] = [];
  while (runs.length < 500 && !(await done())) {
    const started = performance.now();
    let failed = false;
    try {
      await run();
    } catch {
      failed = true;
    }
    runs.push({ ms: Math.round(performance.now() - started), failed });
  }
  return {
    runs: runs.length,
    failedRuns: runs.filter((r) => r.failed).length,
    longestRunMs: Math.max(...runs.map((r) => r.ms)),
    totalMs: runs.reduce((sum, r) => sum + r.ms, 0),
  };
}

/** A challenge opening in a program of {@link AMBASSADORS}: told in bounded runs, one cut short. */
async function benchAnnouncement() {
  const { programId } = await newProgram('fanout-announce');
  const joined = new Date(Date.now() - 30 * 86_400_000).toISOString();
  await putAll(
    Array.from({ length: AMBASSADORS }, (_, i) =>
      approvedAmbassadorItem(programId, `fan-${String(i).padStart(5, '0')}`, `Ambassador ${i}`, joined),
    ),
  );
  const now = Date.now();
  const challenge = await createChallenge(
    admin,
    programId,
    CreateChallengeSchema.parse({
      title: 'Fan-out',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
    }),
  );
  await publishChallenge(admin, programId, challenge.challengeId);
  const notices = async () => {
    const perUser = new Map<string, number>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: 'entity = :n AND programId = :p AND #type = :t',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':n': 'notification', ':p': programId, ':t': 'challenge_opened' },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? [])
        perUser.set(String(item.userId), (perUser.get(String(item.userId)) ?? 0) + 1);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return perUser;
  };
  let toldAll = false;
  // The 30th batch of 25 notifications: a run cut short in its second page of a hundred... or later.
  const restore = failOnce(30, 'BatchWriteItemCommand');
  const runs = await runsUntil(
    async () => {
      await advanceChallenges(new Date());
    },
    async () => {
      if (!toldAll) toldAll = (await notices()).size === AMBASSADORS;
      return toldAll;
    },
  );
  restore();
  const perUser = await notices();
  return {
    ambassadors: AMBASSADORS,
    batch: ANNOUNCE_BATCH,
    ...runs,
    told: perUser.size,
    toldTwice: [...perUser.values()].filter((n) => n > 1).length,
    meets: perUser.size === AMBASSADORS && runs.longestRunMs < TIMEOUT_MS,
  };
}

/** The monthly report for {@link PROGRAMS} programs: 25 a run, one run cut short. */
async function benchMonthlyReports() {
  const ids: string[] = [];
  for (let i = 0; i < PROGRAMS; i++) ids.push((await newProgram(`fanout-report-${i}`)).programId);
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const restore = failOnce(40, 'PutItemCommand');
  let written = 0;
  let last: number | undefined;
  const runs = await runsUntil(
    async () => {
      last = undefined;
      last = (await writeMonthlyReports(now)).written;
      written += last;
    },
    async () => last === 0,
  );
  restore();
  const stored = await storedReports(ids, month);
  const left = ids.filter((id) => !stored.has(id)).length;
  return {
    programs: PROGRAMS,
    month,
    perRun: 25,
    ...runs,
    written,
    missing: left,
    meets: left === 0 && runs.longestRunMs < TIMEOUT_MS,
  };
}

/**
 * Issue 19 §4: a challenge announced to {@link AMBASSADORS} ambassadors and the monthly report of
 * {@link PROGRAMS} programs, locally at full size, each in bounded scheduler runs with one run cut
 * short: every run well inside the scheduler's timeout, everyone told once, every report written.
 */
export async function benchFanOut() {
  const announcement = await benchAnnouncement();
  const reports = await benchMonthlyReports();
  return {
    name: `Fan-out: a challenge announced to ${AMBASSADORS.toLocaleString('en')} ambassadors, the monthly report of ${PROGRAMS.toLocaleString('en')} programs`,
    target: `every scheduler run under its ${TIMEOUT_MS / 1000} s timeout; everyone told once, every report written, after a run cut short`,
    announcement,
    reports,
  };
}

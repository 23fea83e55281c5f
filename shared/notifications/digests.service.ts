import type { Challenge } from '../challenges/challenge.schema.ts';
import { listChallengesOpeningBetween } from '../challenges/challenge.store.ts';
import { challengeStatus } from '../challenges/challenge-rules.ts';
import { listValues, type NoticeValues, noticeText } from '../i18n/notice-text.ts';
import { deterministicId } from '../ids.ts';
import { putAll } from '../platform/db/batch-write.ts';
import { log } from '../platform/log.ts';
import { listAmbassadorsByStatus, listStaff } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import { getPrograms, listProgramIds } from '../programs/program.store.ts';
import { getWaitingCounts, type WaitingCounts } from '../programs/waiting-counts.store.ts';
import { findDigestRun, saveDigestRun } from './digest-run.store.ts';
import { notificationItem } from './notification.store.ts';

const DAY_MS = 86_400_000;
/** The team's digest goes out from this hour of the program's day on. */
export const TEAM_DIGEST_HOUR = 8;
/** Ambassadors told per scheduler run, across programs: a run stays well inside its timeout. */
export const DIGEST_BATCH = 500;

/** The calendar day and hour of an instant in a time zone (`2026-12-03`, 9). */
export function localDayAndHour(now: Date, timeZone: string): { day: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** Monday 00:00 UTC of the instant's week: the weekly digest's period. */
export function weekStart(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

/**
 * The team digest's text, in English, and the values it is written from (each reader's
 * language); undefined when nothing waits (then nobody is told anything).
 */
export async function teamDigestText(
  program: Pick<Program, 'programId' | 'name'>,
  counts: Pick<WaitingCounts, 'applications' | 'posts'>,
): Promise<{ title: string; body: string; values: NoticeValues; link: string } | undefined> {
  if (counts.applications === 0 && counts.posts === 0) return undefined;
  const values = {
    program: program.name,
    applications: counts.applications,
    posts: counts.posts,
    waiting: counts.posts === 0 ? 'applications' : counts.applications === 0 ? 'posts' : 'both',
  };
  return {
    ...(await noticeText('team_digest', values, 'en')),
    values,
    link: `/programs/${program.programId}/${counts.applications > 0 ? 'applications' : 'review'}`,
  };
}

/**
 * The scheduler's part: once a day per program, from {@link TEAM_DIGEST_HOUR} in the program's
 * zone, its owners and managers get one notification of the applications and posts waiting
 * (the counts item, never a scan), and only when something waits. The day's run item makes it
 * once a day; the notifications' ids are fixed by the day, so a repeat writes the same items.
 * Up to `limit` programs a run.
 */
export async function sendTeamDigests(now: Date, limit = 25): Promise<{ told: number }> {
  let told = 0;
  let handled = 0;
  const programs = await getPrograms(await listProgramIds());
  for (const program of programs) {
    if (handled >= limit) break;
    const { day, hour } = localDayAndHour(now, program.timeZone);
    if (hour < TEAM_DIGEST_HOUR) continue;
    if ((await findDigestRun(program.programId, 'team', day))?.done) continue;
    handled++;
    const text = await teamDigestText(program, await getWaitingCounts(program.programId));
    if (text) {
      const team = await listStaff(program.programId, ['owner', 'manager']);
      await putAll(
        team.map((member) =>
          notificationItem({
            notificationId: deterministicId(`${day}T00:00:00.000Z`, `-team-${program.programId}`),
            userId: member.userId,
            programId: program.programId,
            type: 'team_digest',
            ...text,
            createdAt: now.toISOString(),
            email: member.email,
          }),
        ),
      );
      told += team.length;
    }
    await saveDigestRun(program.programId, 'team', day, { done: true, sent: text ? 1 : 0 });
  }
  if (told > 0) log.info('team digests written', { told });
  return { told };
}

/** The challenges a weekly digest lists: opened in the week before, and still open. */
export function challengesForDigest(challenges: readonly Challenge[], now: Date): Challenge[] {
  return challenges
    .filter((challenge) => challengeStatus(challenge, now) === 'open')
    .sort((a, b) => a.opensAt.localeCompare(b.opensAt) || a.challengeId.localeCompare(b.challengeId));
}

/**
 * The scheduler's part for programs that announce challenges weekly: in the first runs of each
 * week (Monday, UTC), every approved ambassador gets one notification listing the challenges
 * that opened the week before and are still open. A program with thousands of ambassadors is
 * told over several runs: the run item keeps the cursor, {@link DIGEST_BATCH} a run.
 */
export async function sendChallengeDigests(now: Date, batch = DIGEST_BATCH): Promise<{ told: number }> {
  const start = weekStart(now);
  const period = start.toISOString().slice(0, 10);
  let told = 0;
  const programs = (await getPrograms(await listProgramIds())).filter(
    (program) => program.challengeAnnouncements === 'weekly',
  );
  for (const program of programs) {
    if (told >= batch) break;
    const run = await findDigestRun(program.programId, 'challenges', period);
    if (run?.done) continue;
    const opened = challengesForDigest(
      await listChallengesOpeningBetween(
        program.programId,
        new Date(start.getTime() - 7 * DAY_MS).toISOString(),
        start.toISOString(),
      ),
      now,
    );
    if (opened.length === 0) {
      await saveDigestRun(program.programId, 'challenges', period, { done: true, sent: 0 });
      continue;
    }
    const values = {
      program: program.name,
      count: opened.length,
      challenge: opened[0]?.title ?? '',
      ...listValues(
        opened.map((c) => ({ title: c.title, points: c.points, slots: c.slots ?? 0, closesAt: c.closesAt })),
      ),
    };
    const text = await noticeText('challenges_digest', values, 'en');
    let cursor = run?.cursor;
    let sent = run?.sent ?? 0;
    do {
      const page = await listAmbassadorsByStatus(program.programId, 'approved', 100, cursor, 'oldest');
      await putAll(
        page.items.map((ambassador) =>
          notificationItem({
            notificationId: deterministicId(start.getTime(), `-challenges-${program.programId}`),
            userId: ambassador.userId,
            programId: program.programId,
            type: 'challenges_digest',
            ...text,
            values,
            link:
              opened.length === 1
                ? `/programs/${program.programId}/challenges/${opened[0]?.challengeId}`
                : `/programs/${program.programId}/challenges`,
            createdAt: now.toISOString(),
            email: ambassador.email,
          }),
        ),
      );
      told += page.items.length;
      sent += page.items.length;
      cursor = page.nextCursor;
      await saveDigestRun(program.programId, 'challenges', period, { done: !cursor, sent, cursor });
    } while (cursor && told < batch);
  }
  if (told > 0) log.info('challenge digests written', { told });
  return { told };
}

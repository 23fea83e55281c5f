import { findChallenge } from '../challenges/challenge.store.ts';
import { conflict, forbidden, validationFailed } from '../errors.ts';
import { HTTPS_ONLY, isPlainHttp } from '../https-link.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { loadProgramAccess, type ProgramAccess } from '../identity/program-access.ts';
import { nowIso } from '../ids.ts';
import { transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { rateCounters } from '../platform/limits/rate-limit.store.ts';
import { log } from '../platform/log.ts';
import { ambassadorTotals, rowPerPeriod } from '../reports/rollup-reader.store.ts';
import { ROLLUP } from '../reports/rollup-rows.ts';
import { rememberAmbassadorDevice, type Visitor } from './ambassador-device.store.ts';
import type { CreateLink } from './link.schema.ts';
import { safeDestination } from './redirect-rules.ts';
import { listTrackedLinks, newTrackedLinkItem, type TrackedLink } from './referral-code.store.ts';

function ambassadorCode(access: ProgramAccess): string {
  const code = access.membership?.referralCode;
  if (access.role !== 'ambassador' || !code) throw forbidden('Only approved ambassadors have referral links');
  return code;
}

const randomSlug = () =>
  Array.from(
    crypto.getRandomValues(new Uint8Array(6)),
    (b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31],
  ).join('');

/**
 * Creates a tracked link `/r/{code}/{slug}` to another page the brand allows. Anything else
 * is refused: no open redirect, whatever the input. At most 30 new links a day per ambassador
 * (shared/platform/limits/rate-limits.ts).
 * @throws AppError `forbidden`, `validation_failed` (destination), `conflict` (slug taken), `rate_limited`.
 */
export async function createLink(
  user: AuthUser,
  programId: string,
  input: CreateLink,
): Promise<TrackedLink & { url: string }> {
  const access = await loadProgramAccess(user, programId);
  const code = ambassadorCode(access);
  const destination = safeDestination(
    input.destination,
    access.program.landingUrl,
    access.program.allowedDomains,
  );
  if (!destination && isPlainHttp(input.destination)) {
    throw validationFailed(`destination: ${HTTPS_ONLY}`, { field: 'destination' });
  }
  if (!destination) {
    const hosts = [new URL(access.program.landingUrl).hostname, ...access.program.allowedDomains].join(', ');
    throw validationFailed(`destination: links may lead only to https pages on ${hosts}`, {
      field: 'destination',
    });
  }
  if (input.challengeId && !(await findChallenge(programId, input.challengeId))) {
    throw validationFailed('challengeId: no such challenge in this program', { field: 'challengeId' });
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = new Date();
    const link: TrackedLink = {
      code,
      slug: input.slug ?? randomSlug(),
      destination: destination.toString(),
      ...(input.challengeId ? { challengeId: input.challengeId } : {}),
      createdAt: nowIso(now),
      programId,
      userId: user.id,
    };
    const limits = rateCounters(programId, user.id, 'trackedLink', now);
    const written = await transact({ link: newTrackedLinkItem(link), rateLimits: limits.items });
    if (written.ok) return { ...link, url: `/r/${code}/${link.slug}` };
    if (!written.failed.has('link')) throw limits.refused(written) ?? unexpectedCancellation(written);
    if (input.slug) throw conflict(`You already have a link called "${input.slug}"`, { field: 'slug' });
  }
  throw conflict('Could not find a free slug; name one');
}

/** Counted clicks of an ambassador: all time, and per UTC day over the last 30 days. */
async function clicksOf(programId: string, userId: string) {
  const today = Date.now();
  const days = Array.from({ length: 30 }, (_, i) =>
    new Date(today - (29 - i) * 86_400_000).toISOString().slice(0, 10),
  );
  const [all, perDay] = await Promise.all([
    ambassadorTotals(programId, userId),
    rowPerPeriod(programId, days.map(ROLLUP.day), ROLLUP.ambassador(userId)),
  ]);
  const byDay: Record<string, number> = {};
  days.forEach((day, i) => {
    const clicks = perDay[i]?.clicks ?? 0;
    if (clicks > 0) byDay[day] = clicks;
  });
  return { total: all.clicks, byDay };
}

/** Never fails the page: a lost sighting only means one order fewer is flagged. */
async function remember(programId: string, userId: string, visitor: Visitor | undefined): Promise<void> {
  if (!visitor) return;
  try {
    await rememberAmbassadorDevice(programId, userId, visitor);
  } catch (error) {
    log.warn('ambassador device not remembered', { programId, error: String(error) });
  }
}

/**
 * The caller's referral link, tracked links and counted clicks. The browser asking (`visitor`,
 * hashed) is remembered as the ambassador's own: an order credited to a click from it is
 * flagged `own_link_purchase`.
 * @throws AppError `forbidden`.
 */
export async function listLinks(user: AuthUser, programId: string, visitor?: Visitor) {
  const code = ambassadorCode(await loadProgramAccess(user, programId));
  const [links, clicks] = await Promise.all([
    listTrackedLinks(code),
    clicksOf(programId, user.id),
    remember(programId, user.id, visitor),
  ]);
  return {
    code,
    referralUrl: `/r/${code}`,
    links: links.map((link) => ({ ...link, url: `/r/${code}/${link.slug}` })),
    clicks,
  };
}

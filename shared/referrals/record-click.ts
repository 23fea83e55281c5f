import { log } from '../platform/log.ts';
import { METRICS } from '../platform/metrics.ts';
import { type Click, putClick, type RedirectTarget, type ReferralCodeRecord } from './redirect.store.ts';
import { hourBucket } from './redirect-rules.ts';
import { hashVisitorPart } from './visitor-hash.ts';

/** A counted visit to an ambassador's link: whose, which link, and who came (raw; hashed here). */
export type ClickVisit = {
  clickId: string;
  referral: ReferralCodeRecord;
  target: RedirectTarget;
  slug?: string | undefined;
  challengeId?: string | undefined;
  ip: string;
  userAgent: string | undefined;
  country?: string | undefined;
  at: Date;
};

/**
 * The click a visit makes, with the visitor hashed under `hashKey`: one shape for the redirect's
 * clicks and the public page's visits, so both count, dedupe and attribute alike.
 */
export function clickOf(visit: ClickVisit, hashKey: string): Click {
  const ipHash = hashVisitorPart(visit.ip, hashKey);
  const uaHash = hashVisitorPart(visit.userAgent ?? '', hashKey);
  const { code } = visit.referral;
  return {
    clickId: visit.clickId,
    programId: visit.referral.programId,
    code,
    userId: visit.referral.userId,
    ...(visit.slug ? { slug: visit.slug } : {}),
    ...(visit.challengeId ? { challengeId: visit.challengeId } : {}),
    at: visit.at.toISOString(),
    ipHash,
    uaHash,
    ...(visit.country ? { country: visit.country } : {}),
    visitKey: `${code}#${visit.slug ?? ''}#${ipHash}.${uaHash}#${hourBucket(visit.at)}`,
    attributionWindowDays: visit.target.attributionWindowDays,
    indexByVisitor: visit.target.attributionModel === 'first_click',
  };
}

/** The most a click write may add to a redirect; after that the visitor goes on regardless. */
export const CLICK_BUDGET_MS = 150;

/**
 * Records a click, but never for longer than the budget and never failing: a slow or broken
 * click sink costs the visitor at most the budget, and the redirect always answers. The click
 * may still be in the making (its visitor hashes wait for the key on a container's first
 * click); that counts against the same budget.
 */
export async function recordClick(
  clickId: string,
  click: Click | Promise<Click>,
  write: (click: Click) => Promise<void> = putClick,
  budgetMs = CLICK_BUDGET_MS,
): Promise<'stored' | 'late' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    const stored = Promise.resolve(click)
      .then(write)
      .then(() => 'stored' as const);
    const outcome = await Promise.race([stored, budget]);
    if (outcome === 'late') {
      log.warn('click write exceeded its budget', { clickId });
      log.metric(METRICS.lateClicks, { clickId });
    }
    return outcome;
  } catch (error) {
    log.warn('click not recorded', { clickId, error: String(error) });
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}

import { log } from '../platform/log.ts';
import { METRICS } from '../platform/metrics.ts';
import { type Click, putClick } from './click.store.ts';

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

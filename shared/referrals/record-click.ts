import { log } from '../log.ts';
import { type Click, putClick } from './click.store.ts';

/** The most a click write may add to a redirect; after that the visitor goes on regardless. */
export const CLICK_BUDGET_MS = 150;

/**
 * Records a click, but never for longer than the budget and never failing: a slow or broken
 * click sink costs the visitor at most the budget, and the redirect always answers.
 */
export async function recordClick(
  click: Click,
  write: (click: Click) => Promise<void> = putClick,
  budgetMs = CLICK_BUDGET_MS,
): Promise<'stored' | 'late' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    const outcome = await Promise.race([write(click).then(() => 'stored' as const), budget]);
    if (outcome === 'late') log.warn('click write exceeded its budget', { clickId: click.clickId });
    return outcome;
  } catch (error) {
    log.warn('click not recorded', { clickId: click.clickId, error: String(error) });
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}

import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MyMembership } from '../../program-context.ts';

/** What waits for the team, by the tab it waits in (rewards: the fulfilment queue). */
export type WaitingByTab = Partial<Record<'applications' | 'review' | 'rewards', number>>;

const REFRESH_MS = 60_000;

/**
 * The counts on the manager's Applications, Review and Rewards tabs (`GET /api/programs/{id}/waiting`),
 * for owners and managers: read again when the tab changes and once a minute. A failed read
 * leaves the tabs without counts; the lists themselves are the truth.
 */
export function useWaitingCounts(
  programId: string,
  membership: MyMembership | undefined,
  tab: string | undefined,
) {
  const runs = membership?.role === 'owner' || membership?.role === 'manager';
  const [counts, setCounts] = useState<WaitingByTab>({});
  useEffect(() => {
    if (!runs) return;
    let current = true;
    const load = () => {
      if (document.visibilityState === 'hidden') return;
      ok(api.accounts.api.programs[':programId'].waiting.$get({ param: { programId } })).then(
        (waiting) => {
          if (current)
            setCounts({
              applications: waiting.applications,
              review: waiting.posts,
              rewards: waiting.rewards,
            });
        },
        () => undefined,
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [programId, runs, tab]);
  return counts;
}

/**
 * A tab's count, shown in the link but kept out of its name ("Applications" stays the name; the
 * count is its description), so the link reads the same to everyone who looks for it.
 */
export function TabCount({ id, count }: { id: string; count: number | undefined }) {
  if (!count) return null;
  const shown = count > 99 ? '99+' : String(count);
  return (
    <>
      <span class="tab-count" aria-hidden="true">
        {shown}
      </span>
      {/* Hidden, so it stays out of the link's name; aria-describedby still reads it. */}
      <span hidden id={id}>
        {t('managerTabs.waiting', { count, shown })}
      </span>
    </>
  );
}

import { useRef } from 'preact/hooks';
import { navigate, useLocation } from '../../../router.tsx';
import type { DayRange } from '../brand-data.ts';
import { customProblem, type Period, periodOf, presetRange } from './period.ts';

export type PeriodState = ReturnType<typeof usePeriod>;

/** The period in the address (`?period=` or `?from=&to=`), so a reload or a shared link keeps it. */
export function usePeriod() {
  const { path, query } = useLocation();
  const period = periodOf(query.get('period'));
  const custom = { from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const problem = period === 'custom' ? customProblem(custom) : undefined;
  // Half-typed custom dates keep the last good period on screen rather than blanking it.
  const shown = useRef<DayRange>(presetRange('last30'));
  if (period !== 'custom') shown.current = presetRange(period);
  else if (!problem) shown.current = custom;
  const range = shown.current;
  const set = (next: Period, dates?: DayRange) => {
    const params = new URLSearchParams(location.search);
    params.set('period', next);
    params.delete('from');
    params.delete('to');
    if (next === 'custom' && dates) {
      params.set('from', dates.from);
      params.set('to', dates.to);
    }
    navigate(`${path}?${params}`, { replace: true });
  };
  return {
    period,
    custom,
    problem,
    range,
    search: location.search,
    setPeriod: (next: Period) => set(next, next === 'custom' ? range : undefined),
    setCustom: (dates: DayRange) => set('custom', dates),
  };
}

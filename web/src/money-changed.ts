import { useEffect, useRef } from 'preact/hooks';
import { type Request, useRequest } from './use-request.ts';

/**
 * Money on screen that is never stale: an action that changes money (a payout made or
 * confirmed, payout details saved) calls {@link moneyChanged}, and every figure that shows money
 * loads again, keeping its numbers on screen meanwhile.
 *
 * The totals come from rollups that the table's stream writes a moment after the action (a
 * quarter of a second locally, about a second on AWS), so one reload at once could read them
 * before they move: each figure loads again at once and then a few more times while the change
 * settles. A figure opened during that time (another tab right after the action) does the same.
 * Other browser tabs of the same person hear of the change too.
 */

/** When a figure loads again after a change, in ms. */
const SETTLE_MS = [0, 700, 1_800, 4_000, 8_000] as const;
const SETTLED_AFTER = SETTLE_MS[SETTLE_MS.length - 1] ?? 0;

let lastChange = Number.NEGATIVE_INFINITY;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('embassy.money') : undefined;
channel?.addEventListener('message', () => notify());

function notify(): void {
  lastChange = Date.now();
  for (const listener of [...listeners]) listener();
}

/** Says money changed: every money figure on screen (and in the person's other tabs) loads again. */
export function moneyChanged(): void {
  notify();
  channel?.postMessage('changed');
}

/** Times after `since` that are still to come, as delays from now (the first load is the mount's own). */
export function reloadsDue(since: number, now: number, includeNow: boolean): number[] {
  const elapsed = now - since;
  return SETTLE_MS.filter((at) => (includeNow ? at >= elapsed : at > elapsed)).map((at) =>
    Math.max(0, at - elapsed),
  );
}

/** Calls `reload` each time money changes, at once and as the change settles. */
export function useMoneyReloads(reload: () => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    let timers: ReturnType<typeof setTimeout>[] = [];
    const schedule = (includeNow: boolean) => {
      for (const timer of timers) clearTimeout(timer);
      timers = reloadsDue(lastChange, Date.now(), includeNow).map((delay) =>
        setTimeout(() => latest.current(), delay),
      );
    };
    // Opened just after a change: the mount's load may be early, so load again as it settles.
    if (Date.now() - lastChange < SETTLED_AFTER) schedule(false);
    const listener = () => schedule(true);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      for (const timer of timers) clearTimeout(timer);
    };
  }, []);
}

/** {@link useRequest} for a figure that shows money: it loads again whenever money changes. */
export function useMoneyRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): Request<T> {
  const request = useRequest(load, deps);
  useMoneyReloads(request.reload);
  return request;
}

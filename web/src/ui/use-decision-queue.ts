import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { asApiError, type Request } from '../use-request.ts';
import {
  bulkCounts,
  type ItemState,
  type Outcome,
  occupantOf,
  refreshed,
  withoutShown,
} from './decision-queue.ts';
import { focusLost } from './focus.ts';
import { type Page, type Paged, usePaged } from './paging.tsx';
import { runPool } from './run-pool.ts';
import { toast } from './toast.tsx';

export type { ItemState, Outcome } from './decision-queue.ts';

/** How many decisions a bulk action sends at once. */
const CONCURRENCY = 4;

export type DecisionQueueOptions<T> = {
  /** A page of the queue; the first when `cursor` is undefined. */
  load: (cursor: string | undefined) => Promise<Page<T>>;
  /** What the queue depends on (the program, the status shown): a change starts it afresh. */
  deps: readonly unknown[];
  idOf: (item: T) => string;
  /** The item as it is now, read again after someone else decided it first. */
  reread: (item: T) => Promise<Partial<T>>;
  /** Whether a refusal means someone decided first; by default any 409. */
  isConflict?: (error: ApiError) => boolean;
  /** Someone decided first: close what was open on the item, before it is read again. */
  onConflict?: (item: T) => void;
  /** Items left the queue: drop them from a selection. */
  onRemoved?: (ids: ReadonlySet<string>) => void;
  /** Ids of the elements focus goes to when no item is left to take it, the first found. */
  home: readonly string[];
};

export type DecisionQueue<T> = {
  request: Request<Page<T>>;
  more: Paged<T>['more'];
  /** The items this render shows. */
  items: T[];
  /** What each item shows beside it: sending, failed, or someone decided first. */
  states: Record<string, ItemState>;
  /** Sends a decision; when someone decided first, shows the item as it is now instead. */
  decide: (item: T, send: () => Promise<unknown>) => Promise<Outcome>;
  /** Sends decisions on many items, a few at once; those decided leave the queue. */
  decideAll: (
    items: readonly T[],
    send: (item: T) => Promise<unknown>,
  ) => Promise<{ decided: number; conflicts: number; failed: number }>;
  /**
   * A decided item leaves the queue, with `message` as a toast; if focus was on it, focus goes
   * to the item that takes its place. `settled` gets that item once the queue re-rendered.
   */
  leave: (id: string, message: string, settled?: (next: T | undefined) => void) => void;
  /** The ref for an item's element, so focus can find it. */
  register: (id: string) => (element: HTMLElement | null) => void;
  element: (id: string) => HTMLElement | undefined;
  /** Whether an element is one of the items or inside one. */
  contains: (target: Element | null, selector: string) => boolean;
  /** Once the queue re-rendered: focus, if it was lost, goes to the queue's heading. */
  focusHomeIfLost: () => void;
};

const is409 = (error: ApiError) => error.status === 409;

/**
 * A queue of items to decide (applications, posts to review, rewards to fulfil): paged with a
 * cursor, items leaving as they are decided, with focus kept in place, and the answer for when
 * another person decided an item first.
 */
export function useDecisionQueue<T>({
  load,
  deps,
  idOf,
  reread,
  isConflict = is409,
  onConflict,
  onRemoved,
  home,
}: DecisionQueueOptions<T>): DecisionQueue<T> {
  // The items on screen as of the latest render, for answers and pages that arrive later.
  const shown = useRef<T[]>([]);
  const { request, more } = usePaged<T>(async (cursor) => {
    const page = await load(cursor);
    if (!cursor) return page;
    return { ...page, items: withoutShown(page.items, shown.current, idOf) };
  }, deps);
  const items = request.data?.items ?? [];
  shown.current = items;
  const elements = useRef<Map<string, HTMLElement>>(new Map());
  const [states, setStates] = useState<Record<string, ItemState>>({});

  // Another filter is another queue: nothing shown on the old one's items carries over.
  useEffect(() => setStates({}), deps);

  const setState = (id: string, state: ItemState | undefined) =>
    setStates((previous) => {
      const next = { ...previous };
      if (state) next[id] = state;
      else delete next[id];
      return next;
    });

  const remove = (ids: ReadonlySet<string>) => {
    if (ids.size === 0) return;
    request.setData((current) => ({ ...current, items: current.items.filter((i) => !ids.has(idOf(i))) }));
    onRemoved?.(ids);
  };

  const focusHome = () => {
    for (const id of home) {
      const target = document.getElementById(id);
      if (target) return target.focus();
    }
  };

  const showConflict = async (item: T, error: ApiError) => {
    const id = idOf(item);
    onConflict?.(item);
    setState(id, { state: 'conflict', message: error.message });
    try {
      const fresh = await reread(item);
      request.setData((current) => ({ ...current, items: refreshed(current.items, id, fresh, idOf) }));
    } catch (caught) {
      setState(id, {
        state: 'conflict',
        message: t('ui.queue.rereadFailed', { problem: error.message, reason: asApiError(caught).message }),
      });
    }
  };

  const decide = async (item: T, send: () => Promise<unknown>): Promise<Outcome> => {
    try {
      await send();
      return 'decided';
    } catch (error) {
      if (error instanceof ApiError && isConflict(error)) {
        await showConflict(item, error);
        return 'conflict';
      }
      throw error;
    }
  };

  const decideAll = async (chosen: readonly T[], send: (item: T) => Promise<unknown>) => {
    setStates((previous) => ({
      ...previous,
      ...Object.fromEntries(chosen.map((item) => [idOf(item), { state: 'running' } as ItemState])),
    }));
    const results = await runPool(
      chosen,
      CONCURRENCY,
      (item) => decide(item, () => send(item)),
      (item, result) => {
        if (!result.ok) setState(idOf(item), { state: 'failed', message: asApiError(result.error).message });
        // A conflict keeps the notice showConflict put on the item.
        else if (result.value === 'decided') setState(idOf(item), undefined);
      },
    );
    const { decided, conflicts, failed } = bulkCounts(chosen, results, idOf);
    remove(decided);
    return { decided: decided.size, conflicts, failed };
  };

  const leave = (id: string, message: string, settled?: (next: T | undefined) => void) => {
    const index = shown.current.findIndex((i) => idOf(i) === id);
    remove(new Set([id]));
    toast(message);
    // After the queue re-renders without the item.
    requestAnimationFrame(() => {
      const next = occupantOf(shown.current, index);
      settled?.(next);
      if (!focusLost()) return;
      const target = next && elements.current.get(idOf(next));
      if (target) target.focus();
      else focusHome();
    });
  };

  return {
    request,
    more,
    items,
    states,
    decide,
    decideAll,
    leave,
    register: (id) => (element) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    element: (id) => elements.current.get(id),
    contains: (target, selector) => {
      const element = target?.closest<HTMLElement>(selector);
      return element !== null && element !== undefined && [...elements.current.values()].includes(element);
    },
    focusHomeIfLost: () =>
      requestAnimationFrame(() => {
        if (focusLost()) focusHome();
      }),
  };
}

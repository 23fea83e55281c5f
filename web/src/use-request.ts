import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api/client.ts';
import { t } from './i18n/i18n.ts';

export type RequestState<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'error'; data?: T; error: ApiError }
  | { status: 'ready'; data: T; error?: undefined };

export type Request<T> = RequestState<T> & {
  /** Loads again, keeping the current data on screen meanwhile. */
  reload: () => void;
  /**
   * Changes the data in place after a change the API confirmed. Give an updater to build on
   * the latest data (not the data a click captured). A change made for an older load (the
   * filter has moved on since) is dropped.
   */
  setData: (update: T | ((current: T) => T)) => void;
};

/** Anything thrown, as an ApiError a screen can show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'client', error instanceof Error ? error.message : t('auth.somethingWrong'));
}

/**
 * Loads data for a screen: loading, error (with retry) and ready states, never a blank one.
 * A newer load wins over a slower older one. When what it depends on changes (another filter,
 * another month), the old data goes at once, so nobody acts on rows of the previous view;
 * `reload()` keeps it on screen meanwhile.
 */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): Request<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const depsKey = useRef<readonly unknown[]>(deps);
  useEffect(() => {
    const id = ++latest.current;
    const sameView =
      depsKey.current.length === deps.length && depsKey.current.every((d, i) => Object.is(d, deps[i]));
    depsKey.current = deps;
    setState((previous) => ({
      status: 'loading',
      ...(sameView && previous.data !== undefined ? { data: previous.data } : {}),
    }));
    load().then(
      (data) => {
        if (id === latest.current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (id === latest.current)
          setState((previous) => ({
            status: 'error',
            error: asApiError(error),
            ...(previous.data === undefined ? {} : { data: previous.data }),
          }));
      },
    );
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Bound to the load this render shows: a change that arrives after the view moved on is dropped.
  const loadId = latest.current;
  const setData = useCallback(
    (update: T | ((current: T) => T)) => {
      if (loadId !== latest.current) return;
      setState((previous) => {
        if (typeof update !== 'function') return { status: 'ready', data: update };
        if (previous.data === undefined) return previous;
        return { status: 'ready', data: (update as (current: T) => T)(previous.data) };
      });
    },
    [loadId],
  );
  return { ...state, reload, setData } as Request<T>;
}

export type Action<A extends unknown[], T> = {
  run: (...args: A) => Promise<T | undefined>;
  busy: boolean;
  error: ApiError | undefined;
  clearError: () => void;
};

/**
 * A button's request: busy while it runs (so it cannot be sent twice), and the error kept to
 * show beside the button. Resolves undefined when it failed.
 */
export function useAction<A extends unknown[], T>(act: (...args: A) => Promise<T>): Action<A, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const running = useRef(false);
  const run = async (...args: A): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      return await act(...args);
    } catch (caught) {
      setError(asApiError(caught));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { run, busy, error, clearError: () => setError(undefined) };
}

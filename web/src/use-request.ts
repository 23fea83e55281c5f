import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api/client.ts';

export type RequestState<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'error'; data?: T; error: ApiError }
  | { status: 'ready'; data: T; error?: undefined };

export type Request<T> = RequestState<T> & {
  /** Loads again, keeping the current data on screen meanwhile. */
  reload: () => void;
  /** Replaces the data in place (after a change the API confirmed). */
  setData: (data: T) => void;
};

/** Anything thrown, as an ApiError a screen can show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'client', error instanceof Error ? error.message : 'Something went wrong.');
}

/**
 * Loads data for a screen: loading, error (with retry) and ready states, never a blank one.
 * A newer load wins over a slower older one.
 */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): Request<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    setState((previous) => ({
      status: 'loading',
      ...(previous.data === undefined ? {} : { data: previous.data }),
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
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
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

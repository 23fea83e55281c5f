import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import type { ProgramContext } from '../program-context.ts';
import { asApiError } from '../use-request.ts';
import { ErrorNotice, Loading } from './kit.tsx';

type View = FunctionComponent<{ ctx: ProgramContext }>;

/**
 * A tab whose code loads on first visit, so each role's screens stay out of everyone's first
 * page load. A failed load (a new deploy, a dropped connection) can be retried. `label` says what
 * loads; a function gives it at render, in the language of the moment.
 */
export function lazyView(load: () => Promise<View>, label: string | (() => string)): View {
  let cached: View | undefined;
  return function LazyView({ ctx }) {
    const [view, setView] = useState<View | undefined>(() => cached);
    const [error, setError] = useState<ApiError | undefined>();
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (cached) return;
      let live = true;
      load().then(
        (loaded) => {
          cached = loaded;
          if (live) setView(() => loaded);
        },
        (caught: unknown) => {
          if (live) setError(asApiError(caught));
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (view) {
      const Loaded = view;
      return <Loaded ctx={ctx} />;
    }
    if (error)
      return (
        <ErrorNotice
          error={error}
          onRetry={() => {
            setError(undefined);
            setAttempt((n) => n + 1);
          }}
        />
      );
    return <Loading label={typeof label === 'function' ? label() : label} />;
  };
}

import { t } from '../i18n/i18n.ts';
import { type Request, useAction, useRequest } from '../use-request.ts';
import { Button } from './kit.tsx';

export type Page<T> = { items: T[]; nextCursor?: string | undefined };

export type Paged<T> = { request: Request<Page<T>>; more: ReturnType<typeof useAction<[], void>> };

/**
 * A cursor-paginated list: the first page through useRequest (loading, error, retry), then
 * "Load more" appends the next page in place. A page that arrives after the filter changed
 * is dropped, not mixed into the new list.
 */
export function usePaged<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): Paged<T> {
  const request = useRequest(() => load(undefined), deps);
  const { setData } = request;
  const more = useAction(async () => {
    const cursor = request.data?.nextCursor;
    if (!cursor) return;
    const next = await load(cursor);
    setData((current) =>
      current.nextCursor === cursor
        ? { items: [...current.items, ...next.items], nextCursor: next.nextCursor }
        : current,
    );
  });
  return { request, more };
}

/** The "Load more" button under a paginated list, with the error of a failed page. */
export function LoadMore({
  page,
  more,
  label,
}: {
  page: Page<unknown>;
  more: Paged<unknown>['more'];
  label?: string;
}) {
  if (!page.nextCursor) return null;
  return (
    <div class="actions load-more">
      <Button busy={more.busy} onClick={() => void more.run()}>
        {label ?? t('ui.loadMore')}
      </Button>
      {more.error ? (
        <span class="field-error" role="alert">
          {more.error.message}
        </span>
      ) : null}
    </div>
  );
}

/** The rows a list foot counts. */
export type ListRows = 'line' | 'order' | 'payout' | 'post';

/** Under a paginated table: how many rows it shows, whether there are more, and the button for them. */
export function ListFoot({
  page,
  more,
  rows,
  label,
}: {
  page: Page<unknown>;
  more: Paged<unknown>['more'];
  /** What the rows are, as the catalogue counts them ("3 lines shown"). */
  rows: ListRows;
  label: string;
}) {
  const values = { rows, count: page.items.length };
  return (
    <div class="row list-foot">
      <p class="muted small" aria-live="polite">
        {page.nextCursor ? t('ui.list.shownMore', values) : t('ui.list.shown', values)}
      </p>
      <LoadMore page={page} more={more} label={label} />
    </div>
  );
}

import { useState } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { contentApi, downloadLibrary } from '../../../api/content.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { useLocation } from '../../../router.tsx';
import { Async, Button, Empty, ErrorNotice } from '../../../ui/kit.tsx';
import { ListFoot, usePaged } from '../../../ui/paging.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { ContentCard } from './content-card.tsx';
import {
  asLibraryQuery,
  type LibraryFilter,
  LibraryFilters,
  NO_FILTER,
  queryOf,
} from './library-filters.tsx';
import './content.css';

const RIGHTS = new Set(['granted', 'expiring', 'none']);

/**
 * The brand's content library (owner, manager, brand): approved posts with their rights, latest
 * figures, thumbnail and link, filtered by rights, use, platform, challenge, ambassador and
 * reach; a CSV of what the filters select.
 */
export function ContentTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  // A reminder's link opens the library on the grants that end soon (`?rights=expiring`).
  const asked = useLocation().query.get('rights') ?? '';
  const [filter, setFilter] = useState<LibraryFilter>({
    ...NO_FILTER,
    rights: RIGHTS.has(asked) ? (asked as LibraryFilter['rights']) : '',
  });
  const challenges = useRequest(
    () => ok(api.challenges.api.programs[':programId'].challenges.$get({ param: { programId }, query: {} })),
    [programId],
  );
  const key = JSON.stringify(queryOf(filter));
  const paged = usePaged(
    (cursor) =>
      ok(
        contentApi.content.$get({
          param: { programId },
          query: { ...asLibraryQuery(filter), limit: '24', ...(cursor ? { cursor } : {}) },
        }),
      ),
    [programId, key],
  );
  const exportCsv = useAction(async () => {
    await downloadLibrary(programId, queryOf(filter));
    toast('CSV downloaded');
  });

  return (
    <div class="brand-view content-library">
      <header class="row">
        <h1>Content library</h1>
        <Button
          busy={exportCsv.busy}
          onClick={() => void exportCsv.run()}
          aria-describedby="content-export-note"
        >
          Export CSV
        </Button>
      </header>
      <p id="content-export-note" class="small muted">
        Approved posts, newest first. The CSV holds the posts the filters select, up to 5,000 a file.
      </p>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} /> : null}
      <LibraryFilters filter={filter} onFilter={setFilter} challenges={challenges.data?.items ?? []} />
      <Async request={paged.request} label="Loading the library…">
        {(page) => (
          <section aria-label="Posts" aria-busy={paged.more.busy}>
            {page.items.length === 0 && !page.nextCursor ? (
              <Empty title="No posts match">Approved posts appear here; try fewer filters.</Empty>
            ) : null}
            {page.items.length === 0 && page.nextCursor ? (
              <p class="muted">None found in the posts read so far; load more to look further back.</p>
            ) : null}
            <div class="content-grid">
              {page.items.map((item) => (
                <ContentCard
                  key={item.submissionId}
                  item={item}
                  onAmbassador={(chosen) =>
                    setFilter({
                      ...filter,
                      ambassadorId: chosen.ambassadorId,
                      ambassadorName: chosen.authorName,
                    })
                  }
                />
              ))}
            </div>
            <ListFoot page={page} more={paged.more} one="post" many="posts" label="Load more posts" />
          </section>
        )}
      </Async>
    </div>
  );
}

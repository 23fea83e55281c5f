import { useState } from 'preact/hooks';
import { api, ok } from '../../../api/client.ts';
import { contentApi, downloadLibrary } from '../../../api/content.ts';
import { t } from '../../../i18n/i18n.ts';
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
    toast(t('brandIntegrations.content.exported'));
  });

  return (
    <div class="brand-view content-library">
      <header class="row">
        <h1>{t('brandIntegrations.content.title')}</h1>
        <Button
          busy={exportCsv.busy}
          onClick={() => void exportCsv.run()}
          aria-describedby="content-export-note"
        >
          {t('brandIntegrations.content.export')}
        </Button>
      </header>
      <p id="content-export-note" class="small muted">
        {t('brandIntegrations.content.exportNote')}
      </p>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} /> : null}
      <LibraryFilters filter={filter} onFilter={setFilter} challenges={challenges.data?.items ?? []} />
      <Async request={paged.request} label={t('brandIntegrations.content.loading')}>
        {(page) => (
          <section aria-label={t('brandIntegrations.content.posts')} aria-busy={paged.more.busy}>
            {page.items.length === 0 && !page.nextCursor ? (
              <Empty title={t('brandIntegrations.content.empty')}>
                {t('brandIntegrations.content.empty.text')}
              </Empty>
            ) : null}
            {page.items.length === 0 && page.nextCursor ? (
              <p class="muted">{t('brandIntegrations.content.noneSoFar')}</p>
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
            <ListFoot
              page={page}
              more={paged.more}
              rows="post"
              label={t('brandIntegrations.content.loadMore')}
            />
          </section>
        )}
      </Async>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { useChallengeTitles } from '../../api/challenge-titles.ts';
import { api, ok } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { Async, Empty, SelectField } from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import './ambassador.css';
import { useScrollTo } from './common.tsx';
import { SubmissionItem } from './submission-item.tsx';

const programs = api.challenges.api.programs[':programId'];
type Status = 'pending' | 'approved' | 'rejected' | 'changes_requested';
const FILTERS: { value: '' | Status; words: MessageKey }[] = [
  { value: '', words: 'ambassadorPosts.posts.filter.all' },
  { value: 'changes_requested', words: 'ambassadorPosts.posts.filter.changes_requested' },
  { value: 'pending', words: 'ambassadorPosts.posts.filter.pending' },
  { value: 'approved', words: 'ambassadorPosts.posts.filter.approved' },
  { value: 'rejected', words: 'ambassadorPosts.posts.filter.rejected' },
];

/** The ambassador's own submissions, newest first, with feedback and a way to resubmit. */
export function PostsTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const [status, setStatus] = useState<'' | Status>('');
  const { request, more } = usePaged(
    (cursor) =>
      ok(
        programs.submissions.$get({
          param: { programId },
          query: { limit: '20', ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
        }),
      ),
    [programId, status],
  );
  const titles = useChallengeTitles(programId, request.data?.items.map((s) => s.challengeId) ?? []);
  const focus = ctx.rest[0];
  useScrollTo(focus ? `submission-${focus}` : undefined, request.data !== undefined);

  return (
    <>
      <h1>{t('ambassadorPosts.posts.title')}</h1>
      <div class="filter">
        <SelectField
          label={t('ambassadorPosts.posts.show')}
          value={status}
          onValue={(v) => setStatus(v as '' | Status)}
          options={FILTERS.map(({ value, words }) => ({ value, label: t(words) }))}
        />
      </div>
      <Async request={request} label={t('ambassadorPosts.posts.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={status ? t('ambassadorPosts.posts.emptyStatus') : t('ambassadorPosts.posts.empty')}>
              <Link href={programPath(programId, 'challenges')}>
                {t('ambassadorPosts.posts.empty.challenges')}
              </Link>
            </Empty>
          ) : (
            <>
              <ul class="post-list" aria-busy={request.status === 'loading'}>
                {page.items.map((submission) => (
                  <li
                    key={submission.submissionId}
                    class={`card${focus === submission.submissionId ? ' focused' : ''}${submission.thumbnailUrl ? ' with-thumb' : ''}`}
                  >
                    {submission.thumbnailUrl ? (
                      <img
                        class="proof-thumbnail post-thumb"
                        src={submission.thumbnailUrl}
                        alt={
                          titles[submission.challengeId]
                            ? t('ambassadorPosts.posts.thumbFor', {
                                title: titles[submission.challengeId] ?? '',
                              })
                            : t('ambassadorPosts.posts.thumb')
                        }
                        loading="lazy"
                        width={96}
                        height={96}
                      />
                    ) : null}
                    <SubmissionItem
                      ctx={ctx}
                      submission={submission}
                      challengeTitle={titles[submission.challengeId]}
                      onChanged={(updated) =>
                        request.setData((current) => ({
                          ...current,
                          items: current.items.map((s) =>
                            s.submissionId === updated.submissionId ? updated : s,
                          ),
                        }))
                      }
                    />
                  </li>
                ))}
              </ul>
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </>
  );
}

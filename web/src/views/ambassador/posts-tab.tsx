import { useState } from 'preact/hooks';
import { useChallengeTitles } from '../../api/challenge-titles.ts';
import { api, ok } from '../../api/client.ts';
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
const FILTERS: { value: '' | Status; label: string }[] = [
  { value: '', label: 'All posts' },
  { value: 'changes_requested', label: 'Sent back to you' },
  { value: 'pending', label: 'Waiting for review' },
  { value: 'approved', label: 'Accepted' },
  { value: 'rejected', label: 'Not accepted' },
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
      <h1>My posts</h1>
      <div class="filter">
        <SelectField
          label="Show"
          value={status}
          onValue={(v) => setStatus(v as '' | Status)}
          options={FILTERS}
        />
      </div>
      <Async request={request} label="Loading your posts…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={status ? 'No posts with this status' : 'You have not submitted a post yet'}>
              <Link href={programPath(programId, 'challenges')}>See this month's challenges</Link>
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
                        alt={`Your post for ${titles[submission.challengeId] ?? 'the challenge'}`}
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

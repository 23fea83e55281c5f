import { useState } from 'preact/hooks';
import { platformLabel } from '../../../../shared/submissions/post-url.ts';
import { api, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { Async, Button, Empty, formatDate } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import './ambassador.css';
import { LoadMore, useChallengeTitles, usePaged } from './common.tsx';
import { Caption } from './post-form.tsx';

const programs = api.challenges.api.programs[':programId'];

/** Approved posts of the whole program, newest first: see each other's work and cheer it on. */
export function GalleryTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const challengeId = ctx.rest[0];
  const { request, more } = usePaged(
    (cursor) =>
      ok(
        programs.gallery.$get({
          param: { programId },
          query: { limit: '24', ...(challengeId ? { challengeId } : {}), ...(cursor ? { cursor } : {}) },
        }),
      ),
    [programId, challengeId],
  );
  const titles = useChallengeTitles(programId, [
    ...(request.data?.items.map((item) => item.challengeId) ?? []),
    ...(challengeId ? [challengeId] : []),
  ]);
  const [given, setGiven] = useState<Set<string>>(new Set());
  const [sendingId, setSendingId] = useState<string | undefined>();
  const kudos = useAction(async (submissionId: string) => {
    setSendingId(submissionId);
    try {
      const result = await ok(
        programs.submissions[':submissionId'].kudos.$post({ param: { programId, submissionId } }),
      );
      const page = request.data;
      if (page)
        request.setData({
          ...page,
          items: page.items.map((item) =>
            item.submissionId === submissionId ? { ...item, kudos: result.kudos } : item,
          ),
        });
      toast('Kudos sent');
    } finally {
      setGiven((previous) => new Set(previous).add(submissionId));
    }
  });

  return (
    <>
      <h1>Gallery</h1>
      {challengeId ? (
        <p>
          Approved posts for <strong>{titles[challengeId] ?? 'one challenge'}</strong> ·{' '}
          <Link href={programPath(programId, 'gallery')}>Show all posts</Link>
        </p>
      ) : (
        <p class="muted">Approved posts by the program's ambassadors, newest first.</p>
      )}
      <Async request={request} label="Loading the gallery…">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="No approved posts yet">
              <Link href={programPath(programId, 'challenges')}>Take a challenge and be the first</Link>
            </Empty>
          ) : (
            <>
              <ul class="gallery">
                {page.items.map((item) => {
                  const own = item.userId === ctx.me.user.id;
                  return (
                    <li key={item.submissionId} class="card gallery-item">
                      <p class="gallery-author">
                        <strong>{item.authorName}</strong>
                        {own ? <span class="muted"> (you)</span> : null}
                      </p>
                      <p class="small muted">
                        {platformLabel(item.platform)}
                        {titles[item.challengeId] ? ` · ${titles[item.challengeId]}` : ''}
                        {item.reviewedAt ? ` · ${formatDate(item.reviewedAt)}` : ''}
                      </p>
                      <Caption text={item.caption} />
                      <p>
                        <a href={item.postUrl} target="_blank" rel="noreferrer noopener">
                          Open the post<span class="visually-hidden"> by {item.authorName} (new tab)</span>
                        </a>
                      </p>
                      <div class="row kudos-row">
                        <span aria-live="polite">{item.kudos} kudos</span>
                        {own ? null : given.has(item.submissionId) ? (
                          <span class="small muted">Kudos given</span>
                        ) : (
                          <Button
                            variant="secondary"
                            busy={kudos.busy && sendingId === item.submissionId}
                            aria-label={`Give kudos to ${item.authorName}`}
                            onClick={() => void kudos.run(item.submissionId)}
                          >
                            Give kudos
                          </Button>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
              {kudos.error ? (
                <p class="notice warning" role="alert">
                  {kudos.error.message}
                </p>
              ) : null}
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </>
  );
}

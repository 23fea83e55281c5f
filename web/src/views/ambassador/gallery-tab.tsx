import type { InferResponseType } from 'hono/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChallengeTitles } from '../../api/challenge-titles.ts';
import { ApiError, api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { platformName } from '../../ui/format.ts';
import { Async, Button, Empty, formatDate } from '../../ui/kit.tsx';
import { LoadMore, usePaged } from '../../ui/paging.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import './ambassador.css';

const programs = api.content.api.programs[':programId'];

type GalleryItem = InferResponseType<(typeof programs)['gallery']['$get'], 200>['items'][number];

/** Approved posts, newest first, for the whole program or one challenge. */
function useGallery(programId: string, challengeId: string | undefined, limit: number) {
  const paged = usePaged(
    (cursor) =>
      ok(
        programs.gallery.$get({
          param: { programId },
          query: {
            limit: String(limit),
            ...(challengeId ? { challengeId } : {}),
            ...(cursor ? { cursor } : {}),
          },
        }),
      ),
    [programId, challengeId],
  );
  const setCount = (submissionId: string, kudos: number) =>
    paged.request.setData((current) => ({
      ...current,
      items: current.items.map((item) => (item.submissionId === submissionId ? { ...item, kudos } : item)),
    }));
  return { ...paged, setCount };
}

/** Approved posts of the whole program, newest first: see each other's work and cheer it on. */
export function GalleryTab({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const challengeId = ctx.rest[0];
  const { request, more, setCount } = useGallery(programId, challengeId, 24);
  const titles = useChallengeTitles(programId, [
    ...(request.data?.items.map((item) => item.challengeId) ?? []),
    ...(challengeId ? [challengeId] : []),
  ]);

  return (
    <>
      <h1>{t('ambassadorPosts.gallery.title')}</h1>
      {challengeId ? (
        <p>
          {titles[challengeId]
            ? tx('ambassadorPosts.gallery.forChallenge', {
                title: titles[challengeId],
                strong: (words) => <strong>{words}</strong>,
              })
            : tx('ambassadorPosts.gallery.forOneChallenge', {
                strong: (words) => <strong>{words}</strong>,
              })}{' '}
          · <Link href={programPath(programId, 'gallery')}>{t('ambassadorPosts.gallery.showAll')}</Link>
        </p>
      ) : (
        <p class="muted">{t('ambassadorPosts.gallery.intro')}</p>
      )}
      <Async request={request} label={t('ambassadorPosts.gallery.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty title={t('ambassadorPosts.gallery.empty')}>
              <Link href={programPath(programId, 'challenges')}>
                {t('ambassadorPosts.gallery.empty.challenges')}
              </Link>
            </Empty>
          ) : (
            <>
              <GalleryGrid ctx={ctx} items={page.items} titles={titles} onCount={setCount} />
              <LoadMore page={page} more={more} />
            </>
          )
        }
      </Async>
    </>
  );
}

/** A challenge's own approved posts, on its page: a few, and the way to the rest. */
export function ChallengeGallery({ ctx, challengeId }: { ctx: ProgramContext; challengeId: string }) {
  const { programId } = ctx;
  const { request, more, setCount } = useGallery(programId, challengeId, 6);
  return (
    <section class="challenge-gallery" aria-labelledby="challenge-gallery-title">
      <h2 id="challenge-gallery-title">{t('ambassadorPosts.gallery.fromGallery')}</h2>
      <Async request={request} label={t('ambassadorPosts.gallery.challengeLoading')}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="muted">{t('ambassadorPosts.gallery.challengeEmpty')}</p>
          ) : (
            <>
              <GalleryGrid ctx={ctx} items={page.items} titles={{}} onCount={setCount} headingLevel={3} />
              <LoadMore page={page} more={more} label={t('ambassadorPosts.gallery.morePosts')} />
            </>
          )
        }
      </Async>
    </section>
  );
}

/** The longest caption excerpt a gallery tile shows; the post itself has the rest. */
const EXCERPT = 140;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

/** Posts as a grid of tiles: the picture (or the platform's name), who posted it, a caption excerpt, kudos. */
function GalleryGrid({
  ctx,
  items,
  titles,
  onCount,
  headingLevel = 2,
}: {
  ctx: ProgramContext;
  items: readonly GalleryItem[];
  titles: Record<string, string>;
  onCount: (submissionId: string, kudos: number) => void;
  headingLevel?: 2 | 3;
}) {
  const { programId } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="gallery">
      {items.map((item) => {
        const own = item.userId === ctx.me.user.id;
        return (
          <li key={item.submissionId} class="card gallery-item">
            {item.thumbnailUrl ? (
              <img
                class="proof-thumbnail gallery-thumb"
                src={item.thumbnailUrl}
                alt={t('ambassadorPosts.gallery.thumb', {
                  author: item.authorName,
                  platform: platformName(item.platform),
                })}
                loading="lazy"
                width={320}
                height={320}
              />
            ) : (
              <div class="gallery-thumb gallery-thumb-empty" aria-hidden="true">
                {platformName(item.platform)}
              </div>
            )}
            <Heading class="gallery-author">
              {item.authorName}
              {own ? <span class="muted"> {t('ambassadorPosts.gallery.you')}</span> : null}
            </Heading>
            <p class="small muted">
              {platformName(item.platform)}
              {titles[item.challengeId] ? ` · ${titles[item.challengeId]}` : ''}
              {item.reviewedAt ? ` · ${formatDate(item.reviewedAt)}` : ''}
            </p>
            {item.caption ? <p class="gallery-caption small">{excerpt(item.caption)}</p> : null}
            <p>
              <a href={item.postUrl} target="_blank" rel="noreferrer noopener">
                {tx('ambassadorPosts.gallery.open', {
                  author: item.authorName,
                  hidden: (words) => <span class="visually-hidden">{words}</span>,
                })}
              </a>
            </p>
            <Kudos
              programId={programId}
              submissionId={item.submissionId}
              authorName={item.authorName}
              count={item.kudos}
              givenBefore={item.kudosGiven}
              own={own}
              onCount={(kudos) => onCount(item.submissionId, kudos)}
            />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A post's kudos count and the button to give one: busy and failing on its own, marked given
 * only once the API took it (or says it was already given), so a failure can be tried again.
 */
function Kudos({
  programId,
  submissionId,
  authorName,
  count,
  givenBefore,
  own,
  onCount,
}: {
  programId: string;
  submissionId: string;
  authorName: string;
  count: number;
  /** The reader gave it kudos on an earlier visit (the gallery says so). */
  givenBefore: boolean;
  own: boolean;
  onCount: (kudos: number) => void;
}) {
  const [given, setGiven] = useState(false);
  const givenRef = useRef<HTMLSpanElement>(null);
  const send = useAction(async () => {
    try {
      const result = await ok(
        programs.submissions[':submissionId'].kudos.$post({ param: { programId, submissionId } }),
      );
      onCount(result.kudos);
      toast(t('ambassadorPosts.kudos.sent'));
    } catch (error) {
      // 409: given before (another tab, an earlier visit): it counts as given, nothing to retry.
      if (!(error instanceof ApiError && error.status === 409)) throw error;
    }
    setGiven(true);
  });
  const rowRef = useRef<HTMLDivElement>(null);
  // The busy (disabled) button drops the keyboard focus: given, put it on the note that replaced the
  // button; failed, back on the button to try again.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    if (given) givenRef.current?.focus();
    else if (send.error) rowRef.current?.querySelector('button')?.focus();
  }, [given, send.error]);

  return (
    <>
      <div class="row kudos-row" ref={rowRef}>
        <span aria-live="polite">{t('ambassadorPosts.kudos.count', { count })}</span>
        {own ? null : given || givenBefore ? (
          <span class="small muted" tabIndex={-1} ref={givenRef}>
            {tx('ambassadorPosts.kudos.given', {
              author: authorName,
              hidden: (words) => <span class="visually-hidden">{words}</span>,
            })}
          </span>
        ) : (
          <Button
            variant="secondary"
            busy={send.busy}
            aria-label={t('ambassadorPosts.kudos.giveTo', { author: authorName })}
            onClick={() => void send.run()}
          >
            {t('ambassadorPosts.kudos.give')}
          </Button>
        )}
      </div>
      {send.error ? (
        <p class="field-error small" role="alert">
          {send.error.message}
        </p>
      ) : null}
    </>
  );
}

import type { InferResponseType } from 'hono/client';
import { useEffect } from 'preact/hooks';
import { api, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import { Link } from '../../router.tsx';
import { platformName } from '../../ui/format.ts';
import { Async, Empty } from '../../ui/kit.tsx';
import { useRequest } from '../../use-request.ts';
import './ambassador-page.css';
import { pickLabel } from './picks.ts';

const pageApi = api.accounts.api.public.ambassadors[':referralCode'];
type Page = InferResponseType<(typeof pageApi)['$get'], 200>;
type Platform = keyof Page['handles'];

/** Where a handle lives on its platform. */
const PROFILE_URLS: Record<Platform, { label: string; url: (handle: string) => string }> = {
  instagram: { label: 'Instagram', url: (h) => `https://www.instagram.com/${h}/` },
  tiktok: { label: 'TikTok', url: (h) => `https://www.tiktok.com/@${h}` },
  youtube: { label: 'YouTube', url: (h) => `https://www.youtube.com/@${h}` },
  x: { label: 'X', url: (h) => `https://x.com/${h}` },
};

/** An address without its scheme and trailing slash: "shop.example.com/x". */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * `/a/{referralCode}`: an ambassador's public page, for their followers (signed out, on a phone
 * most often). Its opening counts as a click of their link, once per load; every link on it goes
 * through the redirect `/r/`, so what follows is attributed to them.
 */
export function AmbassadorPage({ code }: { code: string }) {
  const request = useRequest(() => ok(pageApi.$get({ param: { referralCode: code } })), [code]);
  useEffect(() => {
    // Best effort: the page shows whether or not the visit is counted. The answer is read to
    // the end, since a body left unread keeps the request open.
    pageApi.visits
      .$post({ param: { referralCode: code } })
      .then((response) => response.text())
      .catch(() => undefined);
  }, [code]);
  useEffect(() => {
    if (request.data) document.title = `${request.data.displayName} · ${request.data.program.name}`;
  }, [request.data]);
  return (
    <main class="amb-page" id="main">
      {request.status === 'error' && request.error.status === 404 ? (
        <>
          <h1>{t('public.ambassador.unavailable')}</h1>
          <Empty title={t('public.ambassador.noPage')}>
            {tx('public.ambassador.noPageText', { link: (words) => <Link href="/">{words}</Link> })}
          </Empty>
        </>
      ) : (
        <Async request={request} label={t('public.ambassador.loading')}>
          {(page) => <PageBody page={page} />}
        </Async>
      )}
    </main>
  );
}

function PageBody({ page }: { page: Page }) {
  const handles = (Object.keys(PROFILE_URLS) as Platform[]).flatMap((platform) => {
    const handle = page.handles[platform];
    return handle ? [{ platform, handle }] : [];
  });
  return (
    <>
      <header class="amb-head">
        {page.avatarUrl ? (
          <img class="amb-avatar" src={page.avatarUrl} alt="" width={96} height={96} />
        ) : (
          <span class="amb-avatar amb-avatar-empty" aria-hidden="true">
            {page.displayName.charAt(0).toUpperCase()}
          </span>
        )}
        <h1>{page.displayName}</h1>
        <p class="muted">{t('public.ambassador.of', { program: page.program.name })}</p>
        {handles.length ? (
          <ul class="amb-handles">
            {handles.map(({ platform, handle }) => (
              <li key={platform}>
                <a href={PROFILE_URLS[platform].url(handle)} target="_blank" rel="noreferrer noopener">
                  <span class="muted">{PROFILE_URLS[platform].label}</span> @{handle}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      {page.program.description ? <p class="amb-about">{page.program.description}</p> : null}
      <section aria-labelledby="amb-picks">
        <h2 id="amb-picks" class="visually-hidden">
          {page.picks.length
            ? t('public.ambassador.picks', { name: page.displayName })
            : t('public.ambassador.shopHeading')}
        </h2>
        <ul class="amb-links">
          {page.picks.map((pick) => (
            <li key={pick.slug}>
              <a class="amb-link" href={pick.url}>
                <strong>{pickLabel(pick.slug)}</strong>
                <span class="small muted">{shortUrl(pick.destination)}</span>
              </a>
            </li>
          ))}
          <li>
            <a class="amb-link amb-shop" href={page.shopUrl}>
              <strong>{t('public.ambassador.shop', { program: page.program.name })}</strong>
            </a>
          </li>
        </ul>
      </section>
      {page.posts.length ? (
        <section aria-labelledby="amb-posts">
          <h2 id="amb-posts">{t('public.ambassador.posts')}</h2>
          <ul class="amb-posts">
            {page.posts.map((post) => (
              <li key={post.submissionId}>
                <a href={post.postUrl} target="_blank" rel="noreferrer noopener">
                  {post.thumbnailUrl ? (
                    <img
                      src={post.thumbnailUrl}
                      alt={
                        post.caption ||
                        t('public.ambassador.postOn', { platform: platformName(post.platform) })
                      }
                      loading="lazy"
                    />
                  ) : (
                    <span class="amb-post-text">
                      {post.caption ||
                        t('public.ambassador.postOn', { platform: platformName(post.platform) })}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="small muted amb-foot">{t('public.ambassador.foot', { name: page.displayName })}</p>
    </>
  );
}

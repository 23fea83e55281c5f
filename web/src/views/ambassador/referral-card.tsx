import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { withHttps } from '../../ui/https-link.ts';
import { Async, Button, Empty, ErrorNotice, formatDate, SelectField, TextField } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { type Request, useAction, useRequest } from '../../use-request.ts';
import type { ChallengeView } from './common.tsx';
import { ShopCodeNote } from './shop-code-note.tsx';

const linksApi = api.referrals.api.programs[':programId'].links;
export type Links = InferResponseType<(typeof linksApi)['$get'], 200>;

/** The caller's links (referral code, tracked links, clicks), shared by Home and Earnings. */
export function useLinks(programId: string): Request<Links> {
  return useRequest(() => ok(linksApi.$get({ param: { programId } })), [programId]);
}

/** A QR code of a link as an SVG (qrcode-generator is loaded on first use). */
function QrCode({ text }: { text: string }) {
  const [cells, setCells] = useState<boolean[][] | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    import('qrcode-generator')
      .then(({ default: qrcode }) => {
        const qr = qrcode(0, 'M');
        qr.addData(text);
        qr.make();
        const size = qr.getModuleCount();
        const grid = Array.from({ length: size }, (_, row) =>
          Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
        );
        if (!cancelled) setCells(grid);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (failed) return <p class="field-error">{t('ambassadorHome.referral.qrFailed')}</p>;
  if (!cells)
    return (
      <p class="loading" role="status">
        <span class="spinner" aria-hidden="true" /> {t('ambassadorHome.referral.qrDrawing')}
      </p>
    );
  const size = cells.length + 8;
  let path = '';
  cells.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + 4} ${y + 4}h1v1h-1z`;
    });
  });
  return (
    <figure class="qr">
      <svg
        role="img"
        aria-label={t('ambassadorHome.referral.qrLabel', { link: text })}
        viewBox={`0 0 ${size} ${size}`}
        width="220"
        height="220"
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption class="small muted">{t('ambassadorHome.referral.qrCaption', { link: text })}</figcaption>
    </figure>
  );
}

/** The referral link and code, copy and QR code, and tracked links to other allowed pages. */
export function ReferralCard({ ctx, links }: { ctx: ProgramContext; links: Request<Links> }) {
  const code = ctx.membership.referralCode;
  const [showQr, setShowQr] = useState(false);
  if (!code)
    return (
      <section class="card" id="referral" tabIndex={-1} aria-labelledby="referral-title">
        <h2 id="referral-title">{t('ambassadorHome.referral.title')}</h2>
        <p class="muted">{t('ambassadorHome.referral.noCode')}</p>
      </section>
    );
  const link = `${location.origin}/r/${code}`;
  return (
    <section class="card referral" id="referral" tabIndex={-1} aria-labelledby="referral-title">
      <h2 id="referral-title">{t('ambassadorHome.referral.title')}</h2>
      <p class="muted small">{t('ambassadorHome.referral.share')}</p>
      <p class="referral-link">
        <a href={link} target="_blank" rel="noreferrer noopener">
          {link}
        </a>
      </p>
      <p>
        {tx('ambassadorHome.referral.code', {
          referralCode: code,
          code: (words) => <code class="referral-code">{words}</code>,
          note: (words) => <span class="muted small">{words}</span>,
        })}
      </p>
      <ShopCodeNote ctx={ctx} />
      <div class="actions">
        <CopyButton text={link} label={t('ambassadorHome.referral.copyLink')} />
        <Button aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {t(showQr ? 'ambassadorHome.referral.hideQr' : 'ambassadorHome.referral.showQr')}
        </Button>
      </div>
      {showQr ? <QrCode text={link} /> : null}
      <TrackedLinks ctx={ctx} links={links} />
    </section>
  );
}

function TrackedLinks({ ctx, links }: { ctx: ProgramContext; links: Request<Links> }) {
  const { programId } = ctx;
  const program = ctx.program;
  const hosts = [new URL(program.landingUrl).hostname, ...program.allowedDomains].join(', ');
  const challenges = useRequest(
    () =>
      ok(
        api.challenges.api.programs[':programId'].challenges.$get({ param: { programId }, query: {} }),
      ).catch(() => ({ month: '', items: [] as ChallengeView[] })),
    [programId],
  );
  const [destination, setDestination] = useState('');
  const [slug, setSlug] = useState('');
  const [challengeId, setChallengeId] = useState('');
  const create = useAction(async () => {
    const created = await ok(
      linksApi.$post({
        param: { programId },
        json: {
          destination: withHttps(destination),
          ...(slug.trim() ? { slug: slug.trim() } : {}),
          ...(challengeId ? { challengeId } : {}),
        },
      }),
    );
    if (links.data) links.setData((current) => ({ ...current, links: [created, ...current.links] }));
    else links.reload();
    setDestination('');
    setSlug('');
    setChallengeId('');
    toast(t('ambassadorHome.tracked.created'));
  });
  const errors = fieldErrors(create.error);
  const fieldError = (field: string): string | undefined => errors[field];
  const open = (challenges.data?.items ?? []).filter((c) => c.status === 'open' && !c.locked);

  return (
    <div class="tracked-links">
      <h3>{t('ambassadorHome.tracked.title')}</h3>
      <p class="muted small">{t('ambassadorHome.tracked.text', { hosts })}</p>
      <Async request={links} label={t('ambassadorHome.tracked.loading')}>
        {(data) =>
          data.links.length === 0 ? (
            <Empty title={t('ambassadorHome.tracked.none')}>{t('ambassadorHome.tracked.noneText')}</Empty>
          ) : (
            <ul class="list">
              {data.links.map((l) => {
                const full = `${location.origin}${l.url}`;
                return (
                  <li key={l.slug} class="tracked-link">
                    <div class="tracked-link-text">
                      <a href={full} target="_blank" rel="noreferrer noopener">
                        {full}
                      </a>
                      <span class="small muted">
                        {t('ambassadorHome.tracked.leadsTo', {
                          destination: l.destination,
                          date: formatDate(l.createdAt),
                        })}
                      </span>
                    </div>
                    <CopyButton
                      text={full}
                      label={t('ambassadorHome.tracked.copy', { destination: shortUrl(l.destination) })}
                    />
                  </li>
                );
              })}
            </ul>
          )
        }
      </Async>
      <details class="new-link" open={Boolean(create.error)}>
        <summary>{t('ambassadorHome.tracked.make')}</summary>
        <form
          class="stack link-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create.run();
          }}
        >
          <TextField
            label={t('ambassadorHome.tracked.address')}
            type="url"
            inputMode="url"
            required
            placeholder={program.landingUrl}
            hint={t('ambassadorHome.tracked.addressHint', { hosts })}
            error={fieldError('destination')}
            value={destination}
            onValue={setDestination}
          />
          <TextField
            label={t('ambassadorHome.tracked.slug')}
            hint={t('ambassadorHome.tracked.slugHint')}
            error={fieldError('slug')}
            value={slug}
            onValue={setSlug}
          />
          {open.length ? (
            <SelectField
              label={t('ambassadorHome.tracked.challenge')}
              hint={t('ambassadorHome.tracked.challengeHint')}
              value={challengeId}
              onValue={setChallengeId}
              options={[
                { value: '', label: t('ambassadorHome.tracked.noChallenge') },
                ...open.map((c) => ({ value: c.challengeId, label: c.title })),
              ]}
            />
          ) : null}
          {create.error && !fieldError('destination') && !fieldError('slug') ? (
            <ErrorNotice error={create.error} />
          ) : null}
          <div class="actions">
            <Button type="submit" variant="secondary" busy={create.busy}>
              {t('ambassadorHome.tracked.create')}
            </Button>
          </div>
        </form>
      </details>
    </div>
  );
}

/** An address without its scheme and trailing slash: "shop.example.com/x". */
function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

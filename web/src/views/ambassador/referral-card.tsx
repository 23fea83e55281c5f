import type { InferResponseType } from 'hono/client';
import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../../api/client.ts';
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
  if (failed) return <p class="field-error">The QR code could not be drawn. Share the link instead.</p>;
  if (!cells)
    return (
      <p class="loading" role="status">
        <span class="spinner" aria-hidden="true" /> Drawing the QR code…
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
        aria-label={`QR code for ${text}`}
        viewBox={`0 0 ${size} ${size}`}
        width="220"
        height="220"
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption class="small muted">Scan to open {text}</figcaption>
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
        <h2 id="referral-title">Your referral link</h2>
        <p class="muted">Your referral code is created when your application is approved.</p>
      </section>
    );
  const link = `${location.origin}/r/${code}`;
  return (
    <section class="card referral" id="referral" tabIndex={-1} aria-labelledby="referral-title">
      <h2 id="referral-title">Your referral link</h2>
      <p class="muted small">
        Share it anywhere: every click is counted, and orders through it earn you commission.
      </p>
      <p class="referral-link">
        <a href={link} target="_blank" rel="noreferrer noopener">
          {link}
        </a>
      </p>
      <p>
        Code: <code class="referral-code">{code}</code>{' '}
        <span class="muted small">(for shoppers to type at checkout)</span>
      </p>
      <ShopCodeNote ctx={ctx} />
      <div class="actions">
        <CopyButton text={link} label="Copy link" />
        <Button aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? 'Hide QR code' : 'Show QR code'}
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
    toast('Tracked link created');
  });
  const errors = fieldErrors(create.error);
  const fieldError = (field: string): string | undefined => errors[field];
  const open = (challenges.data?.items ?? []).filter((c) => c.status === 'open' && !c.locked);

  return (
    <div class="tracked-links">
      <h3>Tracked links to other pages</h3>
      <p class="muted small">
        Point a link at any page on {hosts}. Clicks and sales count for you just like your main link.
      </p>
      <Async request={links} label="Loading your links…">
        {(data) =>
          data.links.length === 0 ? (
            <Empty title="No tracked links yet">Create one below to send people to a particular page.</Empty>
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
                        leads to {l.destination} · made {formatDate(l.createdAt)}
                      </span>
                    </div>
                    <CopyButton text={full} label={`Copy tracked link to ${shortUrl(l.destination)}`} />
                  </li>
                );
              })}
            </ul>
          )
        }
      </Async>
      <details class="new-link" open={Boolean(create.error)}>
        <summary>Make a tracked link</summary>
        <form
          class="stack link-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create.run();
          }}
        >
          <TextField
            label="Page address"
            type="url"
            inputMode="url"
            required
            placeholder={program.landingUrl}
            hint={`An https page on ${hosts}.`}
            error={fieldError('destination')}
            value={destination}
            onValue={setDestination}
          />
          <TextField
            label="Link name (optional)"
            hint="Lower-case letters, digits and dashes; it ends the link. Left empty, one is made up."
            error={fieldError('slug')}
            value={slug}
            onValue={setSlug}
          />
          {open.length ? (
            <SelectField
              label="For a challenge (optional)"
              hint="Sales through this link then count for that challenge."
              value={challengeId}
              onValue={setChallengeId}
              options={[
                { value: '', label: 'No challenge' },
                ...open.map((c) => ({ value: c.challengeId, label: c.title })),
              ]}
            />
          ) : null}
          {create.error && !fieldError('destination') && !fieldError('slug') ? (
            <ErrorNotice error={create.error} />
          ) : null}
          <div class="actions">
            <Button type="submit" variant="secondary" busy={create.busy}>
              Create link
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

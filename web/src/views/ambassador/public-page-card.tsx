import type { InferResponseType } from 'hono/client';
import { api, fieldErrors, ok } from '../../api/client.ts';
import { t, tx } from '../../i18n/i18n.ts';
import type { ProgramContext } from '../../program-context.ts';
import { Link } from '../../router.tsx';
import { CheckBox } from '../../ui/check-box.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { Async, Button, Empty, ErrorNotice } from '../../ui/kit.tsx';
import { SubmitForm } from '../../ui/submit-form.tsx';
import { toast } from '../../ui/toast.tsx';
import { useDraft } from '../../ui/use-draft.ts';
import { type Request, useAction, useRequest } from '../../use-request.ts';
import { togglePick } from '../public/picks.ts';
import type { Links } from './referral-card.tsx';

const pageApi = api.accounts.api.programs[':programId']['public-page'];
type Settings = InferResponseType<(typeof pageApi)['$get'], 200>;

/** The most picks a page shows (the API's MAX_PICKS). */
const MAX_PICKS = 12;

/**
 * The ambassador's own public page, `/a/{referralCode}`: on or off, and which of their tracked
 * links it shows as picks. Beside their links, where they manage what they share.
 */
export function PublicPageCard({ ctx, links }: { ctx: ProgramContext; links: Request<Links> }) {
  // Only an approved ambassador (with a code) has a page.
  return ctx.membership.referralCode ? <PublicPage programId={ctx.programId} links={links} /> : null;
}

function PublicPage({ programId, links }: { programId: string; links: Request<Links> }) {
  const settings = useRequest(() => ok(pageApi.$get({ param: { programId } })), [programId]);
  return (
    <section class="card" id="public-page" tabIndex={-1} aria-labelledby="public-page-title">
      <h2 id="public-page-title">{t('ambassadorHome.page.title')}</h2>
      <Async request={settings} label={t('ambassadorHome.page.loading')}>
        {(current) => (
          <PageForm
            key={current.updatedAt ?? ''}
            programId={programId}
            current={current}
            links={links}
            onSaved={settings.setData}
          />
        )}
      </Async>
    </section>
  );
}

function PageForm({
  programId,
  current,
  links,
  onSaved,
}: {
  programId: string;
  current: Settings;
  links: Request<Links>;
  onSaved: (settings: Settings) => void;
}) {
  const { draft, set } = useDraft(() => ({ enabled: current.enabled, picks: current.picks }));
  const save = useAction(async () => {
    onSaved(await ok(pageApi.$put({ param: { programId }, json: draft })));
    toast(t(draft.enabled ? 'ambassadorHome.page.saved' : 'ambassadorHome.page.off'));
  });
  const errors = fieldErrors(save.error);
  const address = `${location.origin}${current.url}`;
  const full = draft.picks.length >= MAX_PICKS;
  return (
    <SubmitForm class="stack" onSubmit={() => void save.run()}>
      <p class="muted small">
        {tx('ambassadorHome.page.text', { link: (words) => <Link href="/account">{words}</Link> })}
      </p>
      {current.enabled ? (
        <>
          <p class="referral-link">
            <a href={address} target="_blank" rel="noreferrer noopener">
              {address}
            </a>
          </p>
          <div class="actions">
            <CopyButton text={address} label={t('ambassadorHome.page.copy')} />
          </div>
        </>
      ) : null}
      <CheckBox checked={draft.enabled} onChecked={(on) => set('enabled', on)}>
        {t('ambassadorHome.page.show')}
      </CheckBox>
      <fieldset disabled={!draft.enabled} aria-describedby={errors.picks ? 'picks-error' : undefined}>
        <legend>{t('ambassadorHome.page.picks')}</legend>
        <Async request={links} label={t('ambassadorHome.tracked.loading')}>
          {(data) =>
            data.links.length === 0 ? (
              <Empty title={t('ambassadorHome.tracked.none')}>{t('ambassadorHome.page.noLinksText')}</Empty>
            ) : (
              data.links.map((link) => {
                const picked = draft.picks.includes(link.slug);
                return (
                  <label class="check" key={link.slug}>
                    <input
                      type="checkbox"
                      checked={picked}
                      disabled={!picked && full}
                      onChange={(e) =>
                        set(
                          'picks',
                          togglePick(draft.picks, link.slug, (e.target as HTMLInputElement).checked),
                        )
                      }
                    />
                    <span>
                      {link.slug} <span class="small muted">· {link.destination}</span>
                    </span>
                  </label>
                );
              })
            )
          }
        </Async>
        {full ? <p class="hint">{t('ambassadorHome.page.full', { count: MAX_PICKS })}</p> : null}
        {errors.picks ? (
          <p class="field-error" id="picks-error">
            {errors.picks}
          </p>
        ) : null}
      </fieldset>
      {save.error && !errors.picks ? <ErrorNotice error={save.error} /> : null}
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('ambassadorHome.page.save')}
        </Button>
      </div>
    </SubmitForm>
  );
}

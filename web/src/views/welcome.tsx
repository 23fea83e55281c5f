import { t, tx } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/en/index.ts';
import { Link } from '../router.tsx';

const LOOP: MessageKey[] = [
  'welcome.loop.apply',
  'welcome.loop.challenges',
  'welcome.loop.feedback',
  'welcome.loop.share',
  'welcome.loop.paid',
];

const WHO: [MessageKey, MessageKey][] = [
  ['welcome.ambassadors', 'welcome.ambassadors.text'],
  ['welcome.managers', 'welcome.managers.text'],
  ['welcome.brands', 'welcome.brands.text'],
];

/** The signed-out home page: what Embassy is, for whom, the loop, and the way in. */
export function Welcome() {
  return (
    <main class="page narrow welcome" id="main">
      <h1>{t('welcome.title')}</h1>
      <p class="public-tagline">{t('welcome.tagline')}</p>
      <div class="actions">
        <Link class="button primary" href="/signup">
          {t('welcome.createAccount')}
        </Link>
        <Link class="button secondary" href="/signin">
          {t('welcome.signIn')}
        </Link>
      </div>
      <section aria-labelledby="who">
        <h2 id="who">{t('welcome.who')}</h2>
        <ul class="public-perks">
          {WHO.map(([who, what]) => (
            <li key={who}>
              <strong>{t(who)}</strong>
              <p>{t(what)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="loop">
        <h2 id="loop">{t('welcome.how')}</h2>
        <ol>
          {LOOP.map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
        <p class="muted">{tx('welcome.link', { code: (words) => <code>{words}</code> })}</p>
      </section>
    </main>
  );
}

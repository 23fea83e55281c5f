import type { InferResponseType } from 'hono/client';
import type { api } from '../api/client.ts';
import { intlLocale, t } from '../i18n/i18n.ts';

type PublicAnswer = InferResponseType<(typeof api.programs.api.public.programs)[':slug']['$get'], 200>;
type Page = PublicAnswer['page'];

const day = (iso: string) =>
  new Date(iso).toLocaleDateString(intlLocale(), { day: 'numeric', month: 'short' });

/** The top of `/p/{slug}`: the hero image, the logo, the name and the tagline. */
export function PublicHero({ page, name, brandName }: { page: Page; name: string; brandName: string }) {
  return (
    <header class="public-hero">
      {page.heroImageUrl ? <img class="public-hero-image" src={page.heroImageUrl} alt="" /> : null}
      <div class="public-hero-title">
        {page.logoUrl ? (
          <img class="public-logo" src={page.logoUrl} alt={t('public.logoAlt', { brand: brandName })} />
        ) : null}
        <div>
          <p class="muted">{brandName}</p>
          <h1>{name}</h1>
          {page.tagline ? <p class="public-tagline">{page.tagline}</p> : null}
        </div>
      </div>
    </header>
  );
}

/** What sells the program: perks, sample challenges, the terms and the FAQ. */
export function PublicSections({ page, termsUrl }: { page: Page; termsUrl: string | undefined }) {
  return (
    <>
      {page.perks.length ? (
        <section aria-labelledby="perks">
          <h2 id="perks">{t('public.perks')}</h2>
          <ul class="public-perks">
            {page.perks.map((perk) => (
              <li key={perk.title}>
                <strong>{perk.title}</strong>
                {perk.text ? <p>{perk.text}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.challenges.length ? (
        <section aria-labelledby="challenges">
          <h2 id="challenges">{t('public.challenges')}</h2>
          <ul class="public-challenges">
            {page.challenges.map((challenge) => (
              <li key={`${challenge.title}${challenge.opensAt}`}>
                <strong>{challenge.title}</strong>{' '}
                <span class="muted">
                  {t('public.challengeLine', {
                    status: challenge.status,
                    opens: day(challenge.opensAt),
                    closes: day(challenge.closesAt),
                    points: String(challenge.points),
                  })}
                </span>
                {challenge.brief ? <p>{challenge.brief}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.faq.length ? (
        <section aria-labelledby="faq">
          <h2 id="faq">{t('public.faq')}</h2>
          {page.faq.map((entry) => (
            <details key={entry.question}>
              <summary>{entry.question}</summary>
              <p>{entry.answer}</p>
            </details>
          ))}
        </section>
      ) : null}
      {termsUrl ? (
        <p>
          <a href={termsUrl} target="_blank" rel="noreferrer">
            {t('public.readTerms')}
          </a>
        </p>
      ) : null}
    </>
  );
}

import { type ContentItem, type ContentScope, RIGHTS_LABELS } from '../../../api/content.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import { formatCount, platformName } from '../../../ui/format.ts';
import { Button, formatDate } from '../../../ui/kit.tsx';

const FIGURES = ['reach', 'views', 'impressions', 'likes', 'comments', 'shares', 'saves'] as const;

/** Each figure's name as the card lists it. */
const FIGURE_WORDS: Record<(typeof FIGURES)[number], MessageKey> = {
  reach: 'brandIntegrations.content.figure.reach',
  views: 'brandIntegrations.content.figure.views',
  impressions: 'brandIntegrations.content.figure.impressions',
  likes: 'brandIntegrations.content.figure.likes',
  comments: 'brandIntegrations.content.figure.comments',
  shares: 'brandIntegrations.content.figure.shares',
  saves: 'brandIntegrations.content.figure.saves',
};

/** A use as the rights sentence names it, inside the sentence. */
const USE_WORDS: Record<ContentScope, MessageKey> = {
  organic: 'brandIntegrations.content.use.organic',
  paid_ads: 'brandIntegrations.content.use.paid_ads',
  website: 'brandIntegrations.content.use.website',
};

/** A grant in one sentence: what it covers and until when, or when it ended. */
function rightsSentence(rights: ContentItem['rights']): string {
  const uses = rights.scopes.map((s) => t(USE_WORDS[s])).join(', ');
  switch (rights.status) {
    case 'granted':
    case 'expiring':
      return t('brandIntegrations.content.rights.granted', {
        uses,
        date: formatDate(rights.endsAt),
        version: String(rights.termsVersion),
      });
    case 'revoked':
      return t('brandIntegrations.content.rights.revoked', { date: formatDate(rights.revokedAt, true) });
    case 'expired':
      return t('brandIntegrations.content.rights.expired', { date: formatDate(rights.endsAt) });
    default:
      return t('brandIntegrations.content.rights.none');
  }
}

/**
 * One approved post in the library: its thumbnail, who posted it where, its rights, its latest
 * figures, and the link to the post itself.
 */
export function ContentCard({
  item,
  onAmbassador,
}: {
  item: ContentItem;
  /** Narrows the library to this post's ambassador. */
  onAmbassador: (item: ContentItem) => void;
}) {
  const figures = FIGURES.filter((key) => item.metrics?.[key] !== undefined);
  const headingId = `content-${item.submissionId}`;
  return (
    <article class="card content-card" aria-labelledby={headingId}>
      {item.thumbnailUrl ? (
        <img
          class="content-thumb"
          src={item.thumbnailUrl}
          alt={t('brandIntegrations.content.thumbAlt', { name: item.authorName })}
          loading="lazy"
        />
      ) : (
        <div class="content-thumb none" aria-hidden="true">
          {platformName(item.platform)}
        </div>
      )}
      <div class="content-body">
        <h3 id={headingId}>
          {t('brandIntegrations.content.heading', {
            name: item.authorName,
            platform: platformName(item.platform),
          })}
        </h3>
        <p class="small muted">
          {t('brandIntegrations.content.approved', {
            challenge: item.challengeTitle ?? t('brandIntegrations.content.aChallenge'),
            date: formatDate(item.approvedAt ?? item.submittedAt),
          })}
        </p>
        <p class="rights-status">
          <span class={`pill rights-${item.rights.status}`}>{RIGHTS_LABELS[item.rights.status]}</span>{' '}
          <span class="small">{rightsSentence(item.rights)}</span>
        </p>
        {figures.length ? (
          <dl class="content-figures small">
            {figures.map((key) => (
              <div key={key}>
                <dt>{t(FIGURE_WORDS[key])}</dt>
                <dd>{formatCount(item.metrics?.[key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {item.metrics ? (
          <p class="small muted">
            {t(
              item.metrics.status === 'verified'
                ? 'brandIntegrations.content.figuresVerified'
                : 'brandIntegrations.content.figuresReported',
              { date: formatDate(item.metrics.asOf) },
            )}
          </p>
        ) : null}
        <div class="actions">
          <a class="button secondary" href={item.postUrl} target="_blank" rel="noreferrer noopener">
            {tx('brandIntegrations.content.openPost', {
              name: item.authorName,
              hidden: (words) => <span class="visually-hidden">{words}</span>,
            })}
          </a>
          <Button variant="ghost" onClick={() => onAmbassador(item)}>
            {t('brandIntegrations.content.onlyTheirs', { name: item.authorName })}
          </Button>
        </div>
      </div>
    </article>
  );
}

import { type ContentItem, RIGHTS_LABELS, SCOPE_LABELS } from '../../../api/content.ts';
import { formatCount, platformName } from '../../../ui/format.ts';
import { Button, formatDate } from '../../../ui/kit.tsx';

const FIGURES = ['reach', 'views', 'impressions', 'likes', 'comments', 'shares', 'saves'] as const;

/** A grant in one sentence: what it covers and until when, or when it ended. */
function rightsSentence(rights: ContentItem['rights']): string {
  const uses = rights.scopes.map((s) => SCOPE_LABELS[s].toLowerCase()).join(', ');
  switch (rights.status) {
    case 'granted':
    case 'expiring':
      return `For ${uses}, until ${formatDate(rights.endsAt)} (terms version ${rights.termsVersion}).`;
    case 'revoked':
      return `Revoked by the ambassador ${formatDate(rights.revokedAt, true)}: do not start new uses.`;
    case 'expired':
      return `Ended ${formatDate(rights.endsAt)}: ask the ambassador for a new grant.`;
    default:
      return 'The ambassador granted no rights to reuse this post.';
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
        <img class="content-thumb" src={item.thumbnailUrl} alt={`${item.authorName}’s post`} loading="lazy" />
      ) : (
        <div class="content-thumb none" aria-hidden="true">
          {platformName(item.platform)}
        </div>
      )}
      <div class="content-body">
        <h3 id={headingId}>
          {item.authorName} on {platformName(item.platform)}
        </h3>
        <p class="small muted">
          {item.challengeTitle ?? 'A challenge'} · approved {formatDate(item.approvedAt ?? item.submittedAt)}
        </p>
        <p class="rights-status">
          <span class={`pill rights-${item.rights.status}`}>{RIGHTS_LABELS[item.rights.status]}</span>{' '}
          <span class="small">{rightsSentence(item.rights)}</span>
        </p>
        {figures.length ? (
          <dl class="content-figures small">
            {figures.map((key) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{formatCount(item.metrics?.[key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {item.metrics ? (
          <p class="small muted">
            Figures as of {formatDate(item.metrics.asOf)}
            {item.metrics.status === 'verified'
              ? ', verified by a manager'
              : ', as the ambassador reported them'}
          </p>
        ) : null}
        <div class="actions">
          <a class="button secondary" href={item.postUrl} target="_blank" rel="noreferrer noopener">
            Open the post<span class="visually-hidden"> by {item.authorName} (opens in a new tab)</span>
          </a>
          <Button variant="ghost" onClick={() => onAmbassador(item)}>
            Only {item.authorName}’s posts
          </Button>
        </div>
      </div>
    </article>
  );
}

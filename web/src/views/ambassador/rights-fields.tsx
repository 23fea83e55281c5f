import { useState } from 'preact/hooks';
import { type ContentScope, revokeRights, SCOPE_LABELS, statusOfGrant } from '../../api/content.ts';
import { t } from '../../i18n/i18n.ts';
import type { Program } from '../../program-context.ts';
import { CheckBox } from '../../ui/check-box.tsx';
import { Button, ErrorNotice, formatDate } from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import type { Submission } from './common.tsx';

export type ContentTerms = NonNullable<Program['contentTerms']>;
/** What the post form offers: the program's terms, and whether the challenge needs a grant. */
export type RightsOffer = { terms: ContentTerms; required: boolean; brandName: string };

/** The post form's rights, when the program has content terms. */
export function rightsOffer(program: Program, required: boolean | undefined): RightsOffer | undefined {
  return program.contentTerms
    ? { terms: program.contentTerms, required: required ?? false, brandName: program.brandName }
    : undefined;
}

/** The scopes inside a sentence ("organic posts on the brand’s own channels, paid ads"). */
const scopeList = (scopes: readonly ContentScope[]) =>
  scopes.map((scope) => t('ambassadorPosts.rights.scope', { scope })).join(', ');

/**
 * The program's content terms on the post form, and a checkbox per scope they offer: ticking
 * one grants the brand that use of the post for the terms' duration. Optional unless the
 * challenge requires a grant.
 */
export function RightsFields({
  offer,
  scopes,
  onScopes,
  error,
}: {
  offer: RightsOffer;
  scopes: ContentScope[];
  onScopes: (scopes: ContentScope[]) => void;
  error?: string | undefined;
}) {
  const { terms, required, brandName } = offer;
  return (
    <fieldset class="rights-fields" aria-describedby="rights-terms">
      <legend>
        {required ? t('ambassadorPosts.rights.legend.required') : t('ambassadorPosts.rights.legend.optional')}
      </legend>
      <p class="hint">
        {t('ambassadorPosts.rights.hint', {
          brand: brandName,
          version: terms.version,
          months: terms.durationMonths,
        })}
      </p>
      <details id="rights-terms" class="terms-text" open={terms.text.length < 800}>
        <summary>{t('ambassadorPosts.rights.terms', { version: terms.version })}</summary>
        <blockquote>{terms.text}</blockquote>
      </details>
      <div class="choices">
        {terms.scopes.map((scope) => (
          <CheckBox
            key={scope}
            checked={scopes.includes(scope)}
            onChecked={(on) =>
              onScopes(on ? [...scopes.filter((s) => s !== scope), scope] : scopes.filter((s) => s !== scope))
            }
          >
            {SCOPE_LABELS[scope]}
          </CheckBox>
        ))}
      </div>
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The rights an ambassador granted with a post: for what and until when, with a button to revoke
 * them (asked twice); once revoked or expired, the day the brand's use ended.
 */
export function RightsLine({
  programId,
  submission,
  onChanged,
}: {
  programId: string;
  submission: Submission;
  onChanged: (updated: Submission) => void;
}) {
  const grant = submission.rightsGrant;
  const [asking, setAsking] = useState(false);
  const revoke = useAction(async () => {
    const { rights } = await revokeRights(programId, submission.submissionId);
    const { status: _status, ...revoked } = rights;
    setAsking(false);
    toast(t('ambassadorPosts.rights.revokedToast', { date: formatDate(revoked.endsAt, true) }));
    onChanged({
      ...submission,
      rightsGrant: { ...grant, ...revoked } as NonNullable<Submission['rightsGrant']>,
    });
  });
  if (!grant) return null;
  const status = statusOfGrant(grant);
  if (status === 'revoked')
    return (
      <p class="small rights-line">
        {t('ambassadorPosts.rights.revoked', { date: formatDate(grant.endsAt, true) })}
      </p>
    );
  if (status === 'expired')
    return (
      <p class="small rights-line">
        {t('ambassadorPosts.rights.expired', { date: formatDate(grant.endsAt) })}
      </p>
    );
  return (
    <div class="rights-line small">
      <p>
        {t('ambassadorPosts.rights.granted', {
          scopes: scopeList(grant.scopes),
          date: formatDate(grant.endsAt),
          version: grant.termsVersion,
        })}
      </p>
      {asking ? (
        <div class="actions">
          <span>{t('ambassadorPosts.rights.ask')}</span>
          <Button variant="danger" busy={revoke.busy} onClick={() => void revoke.run()}>
            {t('ambassadorPosts.rights.revokeNow')}
          </Button>
          <Button variant="ghost" disabled={revoke.busy} onClick={() => setAsking(false)}>
            {t('ambassadorPosts.rights.keep')}
          </Button>
        </div>
      ) : (
        <Button variant="ghost" onClick={() => setAsking(true)}>
          {t('ambassadorPosts.rights.revoke')}
        </Button>
      )}
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { type ContentScope, revokeRights, SCOPE_LABELS, statusOfGrant } from '../../api/content.ts';
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

const scopeList = (scopes: readonly ContentScope[]) =>
  scopes.map((s) => SCOPE_LABELS[s].toLowerCase()).join(', ');

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
  const months = terms.durationMonths === 1 ? '1 month' : `${terms.durationMonths} months`;
  return (
    <fieldset class="rights-fields" aria-describedby="rights-terms">
      <legend>Content rights {required ? '(this challenge needs them)' : '(optional)'}</legend>
      <p class="hint">
        Tick what {brandName} may do with this post, under its terms (version {terms.version}), for {months}{' '}
        from today. You can revoke it later; the brand’s use ends then.
      </p>
      <details id="rights-terms" class="terms-text" open={terms.text.length < 800}>
        <summary>The terms, version {terms.version}</summary>
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
    toast(`Rights revoked: the brand’s use ended ${formatDate(revoked.endsAt, true)}`);
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
        You revoked the content rights; the brand’s use ended {formatDate(grant.endsAt, true)}.
      </p>
    );
  if (status === 'expired')
    return <p class="small rights-line">The content rights you granted ended {formatDate(grant.endsAt)}.</p>;
  return (
    <div class="rights-line small">
      <p>
        Content rights granted for {scopeList(grant.scopes)}, until {formatDate(grant.endsAt)} (terms version{' '}
        {grant.termsVersion}).
      </p>
      {asking ? (
        <div class="actions">
          <span>Revoke them? The brand’s use ends now.</span>
          <Button variant="danger" busy={revoke.busy} onClick={() => void revoke.run()}>
            Revoke now
          </Button>
          <Button variant="ghost" disabled={revoke.busy} onClick={() => setAsking(false)}>
            Keep them
          </Button>
        </div>
      ) : (
        <Button variant="ghost" onClick={() => setAsking(true)}>
          Revoke rights
        </Button>
      )}
      {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
    </div>
  );
}

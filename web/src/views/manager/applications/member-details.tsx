import { useEffect, useState } from 'preact/hooks';
import { ok } from '../../../api/client.ts';
import { intlLocale, t, tx } from '../../../i18n/i18n.ts';
import type { Program } from '../../../program-context.ts';
import { tierName } from '../../../ui/format.ts';
import { avatarColour, formatAnswer, handleLinks, initialsOf, orderedAnswers } from './answers.ts';
import { ambassadorsApi, type Member } from './applications-api.ts';
import { ShopifyCodeFact } from './shopify-codes.tsx';

/** The application's answers, in the order the program asks them, each read by its question's type. */
export function Answers({ member, program }: { member: Member; program: Program }) {
  const questions = program.questions;
  const entries = orderedAnswers(member.application?.answers ?? {}, questions);
  if (entries.length === 0) return null;
  return (
    <dl class="m-answers">
      {entries.map(([id, value]) => {
        const question = questions.find((q) => q.id === id);
        const answer = formatAnswer(question, value, intlLocale());
        return (
          <div key={id}>
            <dt>{question?.label ?? id}</dt>
            <dd>
              {answer.href ? (
                <a href={answer.href} target="_blank" rel="noopener noreferrer">
                  {answer.text}
                  <span class="visually-hidden"> {t('managerPeople.newTab')}</span>
                </a>
              ) : (
                answer.text
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The applicant's social handles, each a link to the profile (in a new tab). */
export function Handles({ member }: { member: Member }) {
  const links = handleLinks(member.application?.socialHandles ?? {});
  if (links.length === 0) return null;
  return (
    <ul class="m-handles" aria-label={t('managerPeople.handles', { name: member.displayName })}>
      {links.map((link) => (
        <li key={link.platform}>
          <span class="muted">{link.label}</span>{' '}
          {link.url ? (
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.handle}
              <span class="visually-hidden">
                {' '}
                {t('managerPeople.handles.newTab', { platform: link.label })}
              </span>
            </a>
          ) : (
            link.handle
          )}
        </li>
      ))}
    </ul>
  );
}

/** The profile picture when there is one, else initials on a colour of the name's own. */
export function Avatar({ name, url }: { name: string; url?: string | undefined }) {
  // Decoration beside the name, which the heading already says.
  if (url) return <img class="m-avatar" src={url} alt="" width={44} height={44} />;
  return (
    <span class="m-avatar" aria-hidden="true" style={{ background: avatarColour(name) }}>
      {initialsOf(name)}
    </span>
  );
}

/** Who recruited them, their code and tier, and the reasons given. */
export function MemberFacts({
  programId,
  program,
  member,
}: {
  programId: string;
  program: Program;
  member: Member;
}) {
  return (
    <p class="small m-meta">
      {member.recruitedVia || member.recruitedBy ? (
        <span>
          <strong>{t('managerPeople.facts.recruitedBy')}</strong>{' '}
          <Recruiter programId={programId} member={member} />
        </span>
      ) : null}
      {member.referralCode ? (
        <span>
          <strong>{t('managerPeople.facts.referralCode')}</strong> <code>{member.referralCode}</code>
        </span>
      ) : null}
      {member.referralCode ? <ShopifyCodeFact programId={programId} code={member.referralCode} /> : null}
      {member.status === 'approved' ? (
        <span>
          <strong>{t('managerPeople.facts.tier')}</strong>{' '}
          {tierName(program.tiers, member.tier) ||
            program.tiers[0]?.name ||
            t('managerPeople.facts.firstTier')}
        </span>
      ) : null}
      {member.decision?.reason ? (
        <span>
          <strong>{t('managerPeople.facts.reason')}</strong> {member.decision.reason}
        </span>
      ) : null}
      {member.suspension?.reason ? (
        <span>
          <strong>{t('managerPeople.facts.suspendedBecause')}</strong> {member.suspension.reason}
        </span>
      ) : null}
    </p>
  );
}

const recruiterNames = new Map<string, Promise<string | undefined>>();

/** The recruiter's name (looked up once per page view), or their code until it arrives. */
function Recruiter({ programId, member }: { programId: string; member: Member }) {
  const id = member.recruitedBy;
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    let lookup = recruiterNames.get(id);
    if (!lookup) {
      lookup = ok(ambassadorsApi[':ambassadorId'].$get({ param: { programId, ambassadorId: id } })).then(
        (m) => m.displayName,
        () => undefined,
      );
      recruiterNames.set(id, lookup);
    }
    void lookup.then((found) => {
      if (live) setName(found);
    });
    return () => {
      live = false;
    };
  }, [programId, id]);
  return (
    <span>
      {member.recruitedVia
        ? tx('managerPeople.recruiter.withCode', {
            name: name ?? t('managerPeople.recruiter.unknown'),
            code: member.recruitedVia,
            mono: (words) => <code>{words}</code>,
          })
        : (name ?? t('managerPeople.recruiter.unknown'))}
    </span>
  );
}

import type { InferResponseType } from 'hono/client';
import { useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../api/client.ts';
import { currentUser } from '../auth/session.ts';
import { signUpName } from '../auth/sign-up-name.ts';
import { t, tx } from '../i18n/i18n.ts';
import type { Me } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { withHttps } from '../ui/https-link.ts';
import { Async, Button, Card, Empty, ErrorNotice, Notice, TextField } from '../ui/kit.tsx';
import { toast } from '../ui/toast.tsx';
import { useAction, useRequest } from '../use-request.ts';
import { QuestionField } from './public/question-field.tsx';
import { PublicHero, PublicSections } from './public-page-sections.tsx';

type PublicPage = InferResponseType<(typeof api.programs.api.public.programs)[':slug']['$get'], 200>;
type PublicProgram = PublicPage['program'];
type Answer = string | number | string[];

const PLATFORMS = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
  blog: 'Blog',
} as const;
/** A blog is named by its address, not a handle. */
const BLOG_PLACEHOLDER = 'https://…';

/** `/p/{slug}`: a program's public page and application form; `?ref=` names who invited you. */
export function PublicProgramPage({
  slug,
  me,
  reloadMe,
}: {
  slug: string;
  me: Me | undefined;
  reloadMe: () => Promise<void>;
}) {
  const { query } = useLocation();
  const ref = query.get('ref') ?? undefined;
  const request = useRequest(
    () => ok(api.programs.api.public.programs[':slug'].$get({ param: { slug }, query: ref ? { ref } : {} })),
    [slug, ref],
  );
  return (
    <main class="page narrow" id="main">
      {request.status === 'error' && request.error.status === 404 ? (
        <>
          <h1>{t('public.notFound.title')}</h1>
          <Empty title={t('public.notFound.empty')}>
            {tx('public.notFound.text', { link: (words) => <Link href="/">{words}</Link> })}
          </Empty>
        </>
      ) : (
        <Async request={request} label={t('public.loading')}>
          {({ program, page, invitedBy }) => {
            const membership = me?.memberships.find((m) => m.programId === program.programId);
            const here = `${location.pathname}${location.search}`;
            return (
              <>
                <PublicHero page={page} name={program.name} brandName={program.brandName} />
                {program.description ? <p class="description">{program.description}</p> : null}
                <PublicSections page={page} termsUrl={program.termsUrl} />
                {invitedBy ? (
                  <Notice kind="info">{t('public.invitedBy', { name: invitedBy.displayName })}</Notice>
                ) : null}
                {membership && !(membership.role === 'ambassador' && membership.status === 'left') ? (
                  <Notice kind="info">
                    <p>{membershipNote(membership.role, membership.status)}</p>
                    <Link href={programPath(program.programId)}>{t('public.openProgram')}</Link>
                  </Notice>
                ) : currentUser() ? (
                  <ApplicationForm
                    program={program}
                    ref_={ref}
                    onApplied={async () => {
                      await reloadMe();
                      navigate(programPath(program.programId));
                    }}
                  />
                ) : (
                  <Card title={t('public.apply.title')}>
                    <p>{t('public.apply.account')}</p>
                    <div class="actions">
                      <Link class="button primary" href={`/signup?next=${encodeURIComponent(here)}`}>
                        {t('public.apply.createAccount')}
                      </Link>
                      <Link class="button secondary" href={`/signin?next=${encodeURIComponent(here)}`}>
                        {t('public.apply.signIn')}
                      </Link>
                    </div>
                  </Card>
                )}
              </>
            );
          }}
        </Async>
      )}
    </main>
  );
}

function ApplicationForm({
  program,
  ref_,
  onApplied,
}: {
  program: PublicProgram;
  ref_: string | undefined;
  onApplied: () => Promise<void>;
}) {
  // The name given at sign-up, when the token carries it.
  const [displayName, setDisplayName] = useState(currentUser()?.name ?? signUpName() ?? '');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [handles, setHandles] = useState<Record<string, string>>({});
  const [accepted, setAccepted] = useState(false);
  const apply = useAction(async () => {
    const socialHandles = Object.fromEntries(Object.entries(handles).filter(([, v]) => v.trim() !== ''));
    // A link answer follows the one rule for links: https:// is added to a bare address.
    const sent = Object.fromEntries(
      Object.entries(answers).map(([id, value]) => {
        const url = program.questions.find((q) => q.id === id)?.type === 'url' && typeof value === 'string';
        return [id, url && value.trim() ? withHttps(value) : value];
      }),
    );
    await ok(
      api.programs.api.programs[':programId'].applications.$post({
        param: { programId: program.programId },
        json: {
          ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
          answers: sent,
          socialHandles,
          ...(ref_ ? { ref: ref_ } : {}),
          consent: { termsVersion: program.termsVersion, accepted: true as const },
        },
      }),
    );
    await onApplied();
    toast(t('public.apply.sent'));
  });
  const problems = fieldErrors(apply.error);
  const fieldError = (questionId: string) => problems[`answers.${questionId}`];

  return (
    <Card title={t('public.apply.title')}>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void apply.run();
        }}
      >
        <TextField
          label={t('public.apply.name')}
          hint={t('public.apply.nameHint')}
          value={displayName}
          onValue={setDisplayName}
        />
        {program.questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            value={answers[question.id]}
            error={fieldError(question.id)}
            onValue={(value) => setAnswers({ ...answers, [question.id]: value })}
          />
        ))}
        <fieldset>
          <legend>{t('public.apply.wherePost')}</legend>
          <div class="grid-2">
            {Object.entries(PLATFORMS).map(([platform, label]) => (
              <TextField
                key={platform}
                label={label}
                placeholder={platform === 'blog' ? BLOG_PLACEHOLDER : t('public.apply.handlePlaceholder')}
                value={handles[platform] ?? ''}
                onValue={(value) => setHandles({ ...handles, [platform]: value })}
              />
            ))}
          </div>
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={accepted}
            onChange={(e) => setAccepted((e.target as HTMLInputElement).checked)}
          />
          <span>
            {program.termsUrl
              ? tx('public.apply.termsRead', {
                  link: (words) => (
                    <a href={program.termsUrl} target="_blank" rel="noreferrer">
                      {words}
                    </a>
                  ),
                })
              : t('public.apply.terms')}
          </span>
        </label>
        {apply.error ? (
          <ErrorNotice
            error={apply.error}
            names={Object.fromEntries(program.questions.map((q) => [`answers.${q.id}`, q.label]))}
          />
        ) : null}
        <Button type="submit" variant="primary" busy={apply.busy} disabled={!accepted}>
          {t('public.apply.submit')}
        </Button>
      </form>
    </Card>
  );
}

/** Where someone who already belongs to the program stands, in words. */
function membershipNote(role: string, status: string): string {
  if (role !== 'ambassador') return t('public.member.staff', { role });
  switch (status) {
    case 'pending':
      return t('public.member.pending');
    case 'approved':
      return t('public.member.approved');
    case 'rejected':
      return t('public.member.rejected');
    case 'left':
      return t('public.member.left');
    default:
      return t('public.member.suspended');
  }
}

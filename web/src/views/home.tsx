import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../api/client.ts';
import { t, tx } from '../i18n/i18n.ts';
import type { Me } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link, navigate } from '../router.tsx';
import { withHttps } from '../ui/https-link.ts';
import { Button, Card, Empty, ErrorNotice, SelectField, TextField } from '../ui/kit.tsx';
import { StatusPill } from '../ui/status-pill.tsx';
import { toast } from '../ui/toast.tsx';
import { ROLE_NAMES } from '../ui/words.ts';
import { useAction } from '../use-request.ts';

/** The signed-in landing: your programs, invitations to accept, and (admins) a new program. */
export function Home({ me, reloadMe }: { me: Me; reloadMe: () => Promise<void> }) {
  const only =
    me.memberships.length === 1 && me.invitations.length === 0 && !me.user.isAdmin
      ? me.memberships[0]
      : undefined;
  // Most people are in one program: take them straight to it.
  useEffect(() => {
    if (only) navigate(programPath(only.programId), { replace: true });
  }, [only]);
  const accept = useAction(async (programId: string) => {
    await ok(api.programs.api.programs[':programId'].invitations.accept.$post({ param: { programId } }));
    await reloadMe();
    toast(t('home.accepted'));
  });

  return (
    <main class="page" id="main">
      <h1>{t('home.title')}</h1>
      {me.invitations.length ? (
        <Card title={t('home.invitations')}>
          {accept.error ? <ErrorNotice error={accept.error} /> : null}
          <ul class="list">
            {me.invitations.map((invitation) => (
              <li key={invitation.programId} class="row">
                <span>
                  {tx('home.invites', {
                    program: invitation.programName,
                    role: ROLE_NAMES[invitation.role],
                    strong: (words) => <strong>{words}</strong>,
                  })}
                </span>
                <Button
                  variant="primary"
                  busy={accept.busy}
                  onClick={() => void accept.run(invitation.programId)}
                >
                  {t('home.accept')}
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {me.memberships.length ? (
        <ul class="program-list">
          {me.memberships.map((membership) => (
            <li key={membership.programId}>
              <Link class="program-link card" href={programPath(membership.programId)}>
                <span class="program-name">{membership.programName}</span>
                <span class="muted">
                  {ROLE_NAMES[membership.role]}{' '}
                  {membership.role === 'ambassador' ? <StatusPill status={membership.status} /> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Empty title={t('home.none.title')}>
          {tx('home.none.text', { code: (words) => <code>{words}</code> })}
        </Empty>
      )}
      {me.user.isAdmin ? <CreateProgram reloadMe={reloadMe} /> : null}
    </main>
  );
}

function CreateProgram({ reloadMe }: { reloadMe: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [brandName, setBrandName] = useState('');
  const [slug, setSlug] = useState('');
  const [landingUrl, setLandingUrl] = useState('https://');
  const [currency, setCurrency] = useState('EUR');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const create = useAction(async () => {
    const program = await ok(
      api.programs.api.programs.$post({
        json: {
          name: name.trim(),
          brandName: brandName.trim(),
          slug: slug.trim(),
          landingUrl: withHttps(landingUrl),
          currency,
          timeZone: timeZone.trim(),
        },
      }),
    );
    await reloadMe();
    toast(t('home.create.created'));
    navigate(programPath(program.programId));
  });
  const problems = fieldErrors(create.error);
  return (
    <Card title={t('home.create.title')}>
      <form
        noValidate
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run();
        }}
      >
        <TextField
          label={t('home.create.name')}
          required
          error={problems.name}
          value={name}
          onValue={setName}
        />
        <TextField
          label={t('home.create.brandName')}
          required
          error={problems.brandName}
          value={brandName}
          onValue={setBrandName}
        />
        <TextField
          label={t('home.create.slug')}
          required
          hint={t('home.create.slugHint')}
          error={problems.slug}
          value={slug}
          onValue={setSlug}
        />
        <TextField
          label={t('home.create.landingUrl')}
          type="url"
          required
          hint={t('home.create.landingUrlHint')}
          error={problems.landingUrl}
          value={landingUrl}
          onValue={setLandingUrl}
        />
        <SelectField
          label={t('home.create.currency')}
          value={currency}
          onValue={setCurrency}
          options={['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CAD', 'AUD'].map((c) => ({
            value: c,
            label: c,
          }))}
        />
        <TextField
          label={t('home.create.timeZone')}
          hint={t('home.create.timeZoneHint')}
          error={problems.timeZone}
          value={timeZone}
          onValue={setTimeZone}
        />
        {create.error ? <ErrorNotice error={create.error} /> : null}
        <Button type="submit" variant="primary" busy={create.busy}>
          {t('home.create.submit')}
        </Button>
      </form>
    </Card>
  );
}

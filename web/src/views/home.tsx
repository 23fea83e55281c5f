import { useEffect, useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../api/client.ts';
import type { Me } from '../program-context.ts';
import { programPath } from '../program-context.ts';
import { Link, navigate } from '../router.tsx';
import { withHttps } from '../ui/https-link.ts';
import { Button, Card, Empty, ErrorNotice, SelectField, StatusPill, TextField } from '../ui/kit.tsx';
import { toast } from '../ui/toast.tsx';
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
    toast('Invitation accepted');
  });

  return (
    <main class="page" id="main">
      <h1>Your programs</h1>
      {me.invitations.length ? (
        <Card title="Invitations">
          {accept.error ? <ErrorNotice error={accept.error} /> : null}
          <ul class="list">
            {me.invitations.map((invitation) => (
              <li key={invitation.programId} class="row">
                <span>
                  <strong>{invitation.programName}</strong> invites you as <strong>{invitation.role}</strong>
                </span>
                <Button
                  variant="primary"
                  busy={accept.busy}
                  onClick={() => void accept.run(invitation.programId)}
                >
                  Accept
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
                  {membership.role}{' '}
                  {membership.role === 'ambassador' ? <StatusPill status={membership.status} /> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Empty title="You are not in a program yet">
          Programs share an application link of the form <code>/p/program-name</code>. Open the one a brand
          sent you to apply.
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
    toast('Program created');
    navigate(programPath(program.programId));
  });
  const problems = fieldErrors(create.error);
  return (
    <Card title="Create a program">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run();
        }}
      >
        <TextField label="Program name" required error={problems.name} value={name} onValue={setName} />
        <TextField
          label="Brand name"
          required
          error={problems.brandName}
          value={brandName}
          onValue={setBrandName}
        />
        <TextField
          label="Link name"
          required
          hint="Lower-case letters, digits and dashes: the application page will be /p/link-name."
          error={problems.slug}
          value={slug}
          onValue={setSlug}
        />
        <TextField
          label="Shop address"
          type="url"
          required
          hint="Where referral links lead, such as https://shop.example.com."
          error={problems.landingUrl}
          value={landingUrl}
          onValue={setLandingUrl}
        />
        <SelectField
          label="Currency"
          value={currency}
          onValue={setCurrency}
          options={['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'CAD', 'AUD'].map((c) => ({
            value: c,
            label: c,
          }))}
        />
        <TextField
          label="Time zone"
          hint="Challenges open and close at midnight here."
          error={problems.timeZone}
          value={timeZone}
          onValue={setTimeZone}
        />
        {create.error ? <ErrorNotice error={create.error} /> : null}
        <Button type="submit" variant="primary" busy={create.busy}>
          Create program
        </Button>
      </form>
    </Card>
  );
}

import type { InferRequestType, InferResponseType } from 'hono/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { rememberTitles } from '../../api/challenge-titles.ts';
import { api, fieldErrors, ok } from '../../api/client.ts';
import type { ProgramContext } from '../../program-context.ts';
import {
  addMonths,
  currentMonth,
  formatDate,
  lastDay,
  monthName,
  platformName,
  tierName,
} from '../../ui/format.ts';
import {
  Async,
  Button,
  Empty,
  ErrorNotice,
  SelectField,
  StatusPill,
  TextArea,
  TextField,
} from '../../ui/kit.tsx';
import { MonthPicker } from '../../ui/month-picker.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction, useRequest } from '../../use-request.ts';
import { fromZoneInput, toZoneInput } from './helpers.tsx';
import './manager.css';

const challengesApi = api.challenges.api.programs[':programId'].challenges;
type Month = InferResponseType<typeof challengesApi.$get, 200>;
type Challenge = Month['items'][number];
type CreateBody = InferRequestType<typeof challengesApi.$post>['json'];
type UpdateBody = InferRequestType<(typeof challengesApi)[':challengeId']['$patch']>['json'];
type Platform = Challenge['requirements']['platforms'][number];

const PLATFORMS: readonly Platform[] = ['instagram', 'tiktok', 'youtube', 'x', 'facebook', 'blog', 'other'];
const NEW_BUTTON_ID = 'new-challenge-button';

/** The month's challenges, drafts included: create, edit and publish. */
export function ChallengesView({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const [month, setMonth] = useState(() => currentMonth(program.timeZone));
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const list = useRequest(async () => {
    // Last month's challenges too: they are the likely prerequisites of this month's.
    const [now, before] = await Promise.all([
      ok(challengesApi.$get({ param: { programId }, query: { month } })),
      ok(challengesApi.$get({ param: { programId }, query: { month: addMonths(month, -1) } })).catch(
        () => undefined,
      ),
    ]);
    // The Review tab names posts by challenge: it need not ask for these again.
    rememberTitles(programId, [...now.items, ...(before?.items ?? [])]);
    // A challenge that runs across the turn of the month is in both lists: keep it once.
    const shown = new Set(now.items.map((c) => c.challengeId));
    return { month: now, earlier: (before?.items ?? []).filter((c) => !shown.has(c.challengeId)) };
  }, [programId, month]);
  const cards = useRef<Map<string, HTMLElement>>(new Map());

  /** Puts a saved or published challenge in the list, over its old self if there. */
  const replace = (challenge: Challenge) => {
    rememberTitles(programId, [challenge]);
    list.setData((data) => {
      const exists = data.month.items.some((c) => c.challengeId === challenge.challengeId);
      return {
        ...data,
        month: {
          ...data.month,
          items: exists
            ? data.month.items.map((c) =>
                c.challengeId === challenge.challengeId ? { ...c, ...challenge } : c,
              )
            : [...data.month.items, challenge],
        },
      };
    });
  };

  /** After the editor closes: focus the challenge's card, else the "New challenge" button. */
  const focusCard = (challengeId: string | undefined) =>
    // After the list re-renders with the card.
    requestAnimationFrame(() => {
      const card = challengeId ? cards.current.get(challengeId) : undefined;
      (card ?? document.getElementById(NEW_BUTTON_ID))?.focus();
    });

  const titleOf = (id: string) =>
    [...(list.data?.month.items ?? []), ...(list.data?.earlier ?? [])].find((c) => c.challengeId === id)
      ?.title;

  return (
    <div class="stack manager">
      <div class="row">
        <h1>Challenges</h1>
        <Button
          id={NEW_BUTTON_ID}
          variant="primary"
          disabled={editing === 'new'}
          onClick={() => setEditing('new')}
        >
          New challenge
        </Button>
      </div>
      <div class="m-toolbar">
        <MonthPicker
          value={month}
          onValue={(m) => {
            setMonth(m);
            if (editing !== 'new') setEditing(undefined);
          }}
        />
      </div>
      {editing === 'new' ? (
        <ChallengeForm
          ctx={ctx}
          month={month}
          options={[...(list.data?.month.items ?? []), ...(list.data?.earlier ?? [])]}
          onCancel={() => {
            setEditing(undefined);
            focusCard(undefined);
          }}
          onSaved={(saved) => {
            setEditing(undefined);
            const here = (saved.month ?? month) === month;
            if (here) replace(saved);
            else list.reload();
            toast(`Saved “${saved.title}” as a draft`);
            focusCard(here ? saved.challengeId : undefined);
          }}
        />
      ) : null}
      <Async request={list} label="Loading challenges…">
        {(data) => (
          <section aria-labelledby="month-heading" class="stack">
            <h2 id="month-heading">
              {monthName(data.month.month)}{' '}
              <span class="muted small">
                ({data.month.items.length} {data.month.items.length === 1 ? 'challenge' : 'challenges'})
              </span>
            </h2>
            {data.month.items.length === 0 ? (
              <Empty title={`No challenges in ${monthName(data.month.month)} yet`}>
                Draft one with “New challenge”: ambassadors see it once you publish it.
              </Empty>
            ) : (
              <ul class="grid m-challenge-grid">
                {data.month.items.map((challenge) =>
                  editing === challenge.challengeId ? (
                    <li key={challenge.challengeId} class="m-wide">
                      <ChallengeForm
                        ctx={ctx}
                        month={month}
                        challenge={challenge}
                        options={[...data.month.items, ...data.earlier]}
                        onCancel={() => {
                          setEditing(undefined);
                          focusCard(challenge.challengeId);
                        }}
                        onSaved={(saved) => {
                          setEditing(undefined);
                          replace(saved);
                          toast(`Saved “${saved.title}”`);
                          focusCard(saved.challengeId);
                        }}
                      />
                    </li>
                  ) : (
                    <li key={challenge.challengeId}>
                      <ChallengeCard
                        challenge={challenge}
                        ctx={ctx}
                        titleOf={titleOf}
                        register={(element) => {
                          if (element) cards.current.set(challenge.challengeId, element);
                          else cards.current.delete(challenge.challengeId);
                        }}
                        onEdit={() => setEditing(challenge.challengeId)}
                        onPublished={(published) => {
                          replace(published);
                          toast(`Published “${challenge.title}”`);
                          // The Publish button is gone: focus stays on the card.
                          focusCard(challenge.challengeId);
                        }}
                      />
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>
        )}
      </Async>
    </div>
  );
}

function ChallengeCard({
  challenge,
  ctx,
  titleOf,
  register,
  onEdit,
  onPublished,
}: {
  challenge: Challenge;
  ctx: ProgramContext;
  titleOf: (id: string) => string | undefined;
  register: (element: HTMLElement | null) => void;
  onEdit: () => void;
  onPublished: (published: Challenge) => void;
}) {
  const { programId, program } = ctx;
  // Each card its own request: publishing one does not make every Publish button spin.
  const publish = useAction(async () => {
    const published = await ok(
      challengesApi[':challengeId'].publish.$post({
        param: { programId, challengeId: challenge.challengeId },
      }),
    );
    onPublished({ ...challenge, ...published });
  });
  const status = challenge.published ? challenge.status : 'draft';
  const tier = challenge.minTier ? tierName(program.tiers, challenge.minTier) : '';
  const req = challenge.requirements;
  const timeZone = program.timeZone;
  return (
    <article
      ref={register}
      tabIndex={-1}
      class="card m-challenge-card"
      aria-labelledby={`challenge-${challenge.challengeId}`}
    >
      <header class="card-header">
        <h3 id={`challenge-${challenge.challengeId}`}>{challenge.title}</h3>
        <StatusPill status={status} />
      </header>
      {challenge.brief ? <p class="m-brief">{challenge.brief}</p> : null}
      <dl class="m-facts small">
        <div>
          <dt>Runs</dt>
          <dd>
            {challenge.month ? (
              <>
                {formatDate(challenge.opensAt, { timeZone })} – {lastDay(challenge.closesAt, timeZone)}
              </>
            ) : (
              <>
                {formatDate(challenge.opensAt, { withTime: true, timeZone })} –{' '}
                {formatDate(challenge.closesAt, { withTime: true, timeZone })}{' '}
                <span class="muted">({timeZone})</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Points</dt>
          <dd>{challenge.points}</dd>
        </div>
        <div>
          <dt>Slots</dt>
          <dd>{challenge.slots ? `${challenge.slotsUsed} of ${challenge.slots} taken` : 'Unlimited'}</dd>
        </div>
        {challenge.salesGoal ? (
          <div>
            <dt>Sales goal</dt>
            <dd>{challenge.salesGoal} sales</dd>
          </div>
        ) : null}
        {tier ? (
          <div>
            <dt>Minimum tier</dt>
            <dd>{tier}</dd>
          </div>
        ) : null}
        {challenge.prerequisites.length ? (
          <div>
            <dt>Needs first</dt>
            <dd>{challenge.prerequisites.map((id) => titleOf(id) ?? 'an earlier challenge').join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>Posts on</dt>
          <dd>
            {req.platforms.length === PLATFORMS.length
              ? 'Any platform'
              : req.platforms.map(platformName).join(', ')}
          </dd>
        </div>
        {req.hashtags.length || req.mentions.length ? (
          <div>
            <dt>Must include</dt>
            <dd>{[...req.hashtags, ...req.mentions].join(' ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>Ad disclosure</dt>
          <dd>{req.disclosureRequired ? 'Required' : 'Not required'}</dd>
        </div>
      </dl>
      {publish.error ? <ErrorNotice error={publish.error} /> : null}
      <div class="actions">
        {challenge.published ? null : (
          <Button variant="primary" busy={publish.busy} onClick={() => void publish.run()}>
            Publish
            <span class="visually-hidden"> {challenge.title}</span>
          </Button>
        )}
        {challenge.status === 'closed' ? null : (
          <Button variant="secondary" disabled={publish.busy} onClick={onEdit}>
            Edit
            <span class="visually-hidden"> {challenge.title}</span>
          </Button>
        )}
      </div>
      {challenge.published ? (
        <p class="muted small">Published {formatDate(challenge.publishedAt, { withTime: true })}</p>
      ) : (
        <p class="muted small">Draft: only the team sees it.</p>
      )}
    </article>
  );
}

const splitTags = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter(Boolean);

const numberOrUndefined = (value: string) => (value.trim() === '' ? undefined : Number(value));

function ChallengeForm({
  ctx,
  month,
  challenge,
  options,
  onCancel,
  onSaved,
}: {
  ctx: ProgramContext;
  month: string;
  challenge?: Challenge;
  options: Challenge[];
  onCancel: () => void;
  onSaved: (saved: Challenge) => void;
}) {
  const { programId, program } = ctx;
  const open = challenge?.published === true && challenge.status !== 'scheduled';
  const [title, setTitle] = useState(challenge?.title ?? '');
  const [brief, setBrief] = useState(challenge?.brief ?? '');
  const [points, setPoints] = useState(String(challenge?.points ?? 100));
  const [slots, setSlots] = useState(challenge?.slots ? String(challenge.slots) : '');
  const [minTier, setMinTier] = useState(challenge?.minTier ?? '');
  const [prerequisites, setPrerequisites] = useState<string[]>(challenge?.prerequisites ?? []);
  const [salesGoal, setSalesGoal] = useState(challenge?.salesGoal ? String(challenge.salesGoal) : '');
  const [maxPosts, setMaxPosts] = useState(String(challenge?.maxSubmissionsPerAmbassador ?? 1));
  const [platforms, setPlatforms] = useState<Platform[]>(challenge?.requirements.platforms ?? [...PLATFORMS]);
  const [hashtags, setHashtags] = useState(challenge?.requirements.hashtags.join(' ') ?? '');
  const [mentions, setMentions] = useState(challenge?.requirements.mentions.join(' ') ?? '');
  const [disclosure, setDisclosure] = useState(challenge?.requirements.disclosureRequired ?? true);
  const [customDates, setCustomDates] = useState(challenge !== undefined && !challenge.month);
  // Custom dates are typed and shown on the program's clock, like its months.
  const [opensAt, setOpensAt] = useState(challenge ? toZoneInput(challenge.opensAt, program.timeZone) : '');
  const [closesAt, setClosesAt] = useState(
    challenge ? toZoneInput(challenge.closesAt, program.timeZone) : '',
  );
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const [titleMissing, setTitleMissing] = useState(false);
  const save = useAction(async () => {
    setTitleMissing(!title.trim());
    if (!title.trim()) {
      form.current?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    const requirements = {
      platforms,
      hashtags: splitTags(hashtags),
      mentions: splitTags(mentions),
      disclosureRequired: disclosure,
    };
    const windowFields = customDates
      ? {
          opensAt: fromZoneInput(opensAt, program.timeZone),
          closesAt: fromZoneInput(closesAt, program.timeZone),
        }
      : { month: challenge?.month ?? month };
    if (!challenge) {
      const body: CreateBody = {
        title,
        brief,
        ...windowFields,
        points: Number(points),
        requirements,
        maxSubmissionsPerAmbassador: Number(maxPosts),
        prerequisites,
        ...(slots.trim() ? { slots: Number(slots) } : {}),
        ...(minTier ? { minTier } : {}),
        ...(salesGoal.trim() ? { salesGoal: Number(salesGoal) } : {}),
      };
      const created = await ok(challengesApi.$post({ param: { programId }, json: body }));
      return onSaved({ ...created, locked: false, unlocks: [] });
    }
    const body: UpdateBody = open
      ? { title, brief }
      : {
          title,
          brief,
          ...windowFields,
          points: Number(points),
          requirements,
          maxSubmissionsPerAmbassador: Number(maxPosts),
          prerequisites,
          slots: numberOrUndefined(slots) ?? null,
          minTier: minTier || null,
          salesGoal: numberOrUndefined(salesGoal) ?? null,
        };
    const saved = await ok(
      challengesApi[':challengeId'].$patch({
        param: { programId, challengeId: challenge.challengeId },
        json: body,
      }),
    );
    onSaved({ ...challenge, ...saved });
  });
  const errors = fieldErrors(save.error);
  const errorFor = (...paths: string[]) => {
    for (const path of paths) {
      const found = Object.entries(errors).find(([key]) => key === path || key.startsWith(`${path}.`));
      if (found) return found[1];
    }
    return undefined;
  };

  const prerequisiteOptions = options.filter((c) => c.challengeId !== challenge?.challengeId);
  const heading = challenge ? `Edit “${challenge.title}”` : 'New challenge';
  const locked = open;

  return (
    <section class="card m-challenge-form" aria-labelledby="challenge-form-heading">
      <h2 id="challenge-form-heading">{heading}</h2>
      {locked ? (
        <p class="notice info">This challenge is open: only its title and description can change now.</p>
      ) : null}
      <form
        ref={form}
        class="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <TextField
          label="Title"
          value={title}
          onValue={setTitle}
          maxLength={120}
          required
          error={titleMissing ? 'Give the challenge a title' : errorFor('title')}
        />
        <TextArea
          label="Description"
          hint="What to do and why: ambassadors read this first."
          value={brief}
          onValue={setBrief}
          maxLength={5000}
          rows={4}
          error={errorFor('brief')}
        />
        <fieldset disabled={locked}>
          <legend>When</legend>
          <label class="check">
            <input
              type="checkbox"
              checked={customDates}
              onChange={(e) => setCustomDates((e.target as HTMLInputElement).checked)}
            />
            <span>Set my own dates instead of a whole month</span>
          </label>
          {customDates ? (
            <div class="grid-2">
              <TextField
                label="Opens"
                type="datetime-local"
                value={opensAt}
                onValue={setOpensAt}
                hint={`In the program's time zone, ${program.timeZone}`}
                error={errorFor('opensAt')}
              />
              <TextField
                label="Closes"
                type="datetime-local"
                value={closesAt}
                onValue={setClosesAt}
                hint={`In ${program.timeZone}. At most 92 days after it opens.`}
                error={errorFor('closesAt')}
              />
            </div>
          ) : (
            <p class="muted small">
              Runs all of {monthName(challenge?.month ?? month)} ({program.timeZone}).
              {challenge ? '' : ' Change the month with the month picker above.'}
            </p>
          )}
          {errorFor('month') ? <p class="field-error">{errorFor('month')}</p> : null}
        </fieldset>
        <div class="grid-2">
          <TextField
            label="Points"
            type="number"
            inputMode="numeric"
            min={0}
            max={100000}
            value={points}
            onValue={setPoints}
            disabled={locked}
            hint="Earned for an approved post"
            error={errorFor('points')}
          />
          <TextField
            label="Slots"
            type="number"
            inputMode="numeric"
            min={1}
            value={slots}
            onValue={setSlots}
            disabled={locked}
            hint="Optional. Empty means unlimited."
            error={errorFor('slots')}
          />
          <TextField
            label="Posts per ambassador"
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={maxPosts}
            onValue={setMaxPosts}
            disabled={locked}
            error={errorFor('maxSubmissionsPerAmbassador')}
          />
          <TextField
            label="Sales goal"
            type="number"
            inputMode="numeric"
            min={1}
            value={salesGoal}
            onValue={setSalesGoal}
            disabled={locked}
            hint="Optional. Makes it a sales challenge, done after this many referral sales."
            error={errorFor('salesGoal')}
          />
          <div>
            <SelectField
              label="Minimum tier"
              value={minTier}
              onValue={setMinTier}
              disabled={locked}
              options={[
                { value: '', label: 'Any tier' },
                ...program.tiers.map((t) => ({ value: t.id, label: `${t.name} (${t.minPoints}+ points)` })),
              ]}
            />
            {errorFor('minTier') ? <p class="field-error">{errorFor('minTier')}</p> : null}
          </div>
        </div>
        <fieldset disabled={locked}>
          <legend>Prerequisites</legend>
          <p class="hint">Ambassadors need an approved post in these first.</p>
          {prerequisiteOptions.length === 0 ? (
            <p class="muted small">No other challenges this month or last.</p>
          ) : (
            <div class="choices">
              {prerequisiteOptions.map((option) => (
                <label class="check" key={option.challengeId}>
                  <input
                    type="checkbox"
                    checked={prerequisites.includes(option.challengeId)}
                    onChange={(e) => {
                      const on = (e.target as HTMLInputElement).checked;
                      setPrerequisites((list) =>
                        on ? [...list, option.challengeId] : list.filter((id) => id !== option.challengeId),
                      );
                    }}
                  />
                  <span>
                    {option.title}{' '}
                    <span class="muted small">({monthName(option.month ?? option.opensAt.slice(0, 7))})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
          {prerequisites
            .filter((id) => !prerequisiteOptions.some((o) => o.challengeId === id))
            .map((id) => (
              <label class="check" key={id}>
                <input
                  type="checkbox"
                  checked
                  onChange={() => setPrerequisites((list) => list.filter((p) => p !== id))}
                />
                <span>An earlier challenge ({id})</span>
              </label>
            ))}
          {errorFor('prerequisites') ? <p class="field-error">{errorFor('prerequisites')}</p> : null}
        </fieldset>
        <fieldset disabled={locked}>
          <legend>Requirements</legend>
          <p class="hint">Platforms the post may be on</p>
          <div class="choices m-platforms">
            {PLATFORMS.map((platform) => (
              <label class="check" key={platform}>
                <input
                  type="checkbox"
                  checked={platforms.includes(platform)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    setPlatforms((list) =>
                      on
                        ? PLATFORMS.filter((p) => p === platform || list.includes(p))
                        : list.filter((p) => p !== platform),
                    );
                  }}
                />
                <span>{platformName(platform)}</span>
              </label>
            ))}
          </div>
          {errorFor('requirements.platforms') ? (
            <p class="field-error">{errorFor('requirements.platforms')}</p>
          ) : null}
          <div class="grid-2">
            <TextField
              label="Hashtags"
              value={hashtags}
              onValue={setHashtags}
              hint="Separated by spaces, such as #FiestaAgents #NewFiesta"
              error={errorFor('requirements.hashtags')}
            />
            <TextField
              label="Mentions"
              value={mentions}
              onValue={setMentions}
              hint="Accounts to tag, such as @fiesta"
              error={errorFor('requirements.mentions')}
            />
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={disclosure}
              onChange={(e) => setDisclosure((e.target as HTMLInputElement).checked)}
            />
            <span>Posts must carry an ad disclosure (#ad or the platform’s paid-partnership label)</span>
          </label>
        </fieldset>
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy}>
            {challenge?.published ? 'Save changes' : 'Save draft'}
          </Button>
          <Button variant="ghost" disabled={save.busy} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}

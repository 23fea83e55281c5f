import type { InferRequestType } from 'hono/client';
import { useState } from 'preact/hooks';
import { api, fieldErrors, ok } from '../../api/client.ts';
import type { Program, ProgramContext } from '../../program-context.ts';
import {
  Button,
  Card,
  ErrorNotice,
  formatDate,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../ui/kit.tsx';
import { toast } from '../../ui/toast.tsx';
import { useAction } from '../../use-request.ts';
import './manager.css';

const programApi = api.programs.api.programs[':programId'];
type Patch = InferRequestType<typeof programApi.$patch>['json'];
type Question = Program['questions'][number];
type QuestionType = Question['type'];
type Badge = Program['badges'][number];
type BadgeKind = Badge['rule']['kind'];
type Rate = Program['commission']['rate'];

type QuestionDraft = {
  key: number;
  isNew: boolean;
  id: string;
  label: string;
  help: string;
  required: boolean;
  type: QuestionType;
  maxLength: string;
  options: string;
  multiple: boolean;
  min: string;
  max: string;
};
type TierDraft = { key: number; isNew: boolean; id: string; name: string; minPoints: string };
type BadgeDraft = {
  key: number;
  isNew: boolean;
  id: string;
  name: string;
  description: string;
  kind: BadgeKind;
  value: string;
};
type RateDraft = { kind: Rate['kind'] | ''; value: string };

type Draft = {
  name: string;
  brandName: string;
  description: string;
  landingUrl: string;
  allowedDomains: string;
  questions: QuestionDraft[];
  reapplyCooldownDays: string;
  tiers: TierDraft[];
  badges: BadgeDraft[];
  rate: RateDraft;
  /** Per-tier rates by the tier's draft key: a new tier's id changes while its name is typed. */
  byTier: Record<number, RateDraft>;
  firstOrderOnly: boolean;
  holdingDays: string;
  attributionWindowDays: string;
  attributionModel: Program['attributionModel'];
  pointsPerSale: string;
  pointsPerRecruit: string;
  termsVersion: string;
  termsUrl: string;
};

let nextKey = 1;
const str = (value: number | undefined) => (value === undefined ? '' : String(value));
const num = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));
const optionalNum = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value));

function rateDraft(rate: Rate | undefined): RateDraft {
  if (!rate) return { kind: '', value: '' };
  return rate.kind === 'percent'
    ? { kind: 'percent', value: String(rate.basisPoints / 100) }
    : { kind: 'flat', value: String(rate.amount / 100) };
}

function rateOf(draft: RateDraft): Rate | undefined {
  if (draft.kind === '') return undefined;
  const value = num(draft.value);
  return draft.kind === 'percent'
    ? { kind: 'percent', basisPoints: Math.round(value * 100) }
    : { kind: 'flat', amount: Math.round(value * 100) };
}

const BADGE_VALUE: Record<BadgeKind, { label: string; field?: 'count' | 'months' | 'points' }> = {
  approved_posts: { label: 'Approved posts', field: 'count' },
  streak_months: { label: 'Months in a row with an approved post', field: 'months' },
  lifetime_points: { label: 'Lifetime points', field: 'points' },
  first_sale: { label: 'First referral sale' },
};

function toDraft(program: Program): Draft {
  const tiers: TierDraft[] = program.tiers.map((t) => ({
    key: nextKey++,
    isNew: false,
    id: t.id,
    name: t.name,
    minPoints: String(t.minPoints),
  }));
  return {
    name: program.name,
    brandName: program.brandName,
    description: program.description,
    landingUrl: program.landingUrl,
    allowedDomains: program.allowedDomains.join('\n'),
    questions: program.questions.map((q) => ({
      key: nextKey++,
      isNew: false,
      id: q.id,
      label: q.label,
      help: q.help ?? '',
      required: q.required,
      type: q.type,
      maxLength: q.type === 'text' ? String(q.maxLength) : '1000',
      options: q.type === 'choice' ? q.options.join('\n') : '',
      multiple: q.type === 'choice' ? q.multiple : false,
      min: q.type === 'number' ? str(q.min) : '',
      max: q.type === 'number' ? str(q.max) : '',
    })),
    reapplyCooldownDays: String(program.reapplyCooldownDays),
    tiers,
    badges: program.badges.map((b) => {
      const field = BADGE_VALUE[b.rule.kind].field;
      const rule = b.rule as Record<string, unknown>;
      return {
        key: nextKey++,
        isNew: false,
        id: b.id,
        name: b.name,
        description: b.description,
        kind: b.rule.kind,
        value: field ? String(rule[field] ?? '') : '',
      };
    }),
    rate: rateDraft(program.commission.rate),
    byTier: Object.fromEntries(tiers.map((t) => [t.key, rateDraft(program.commission.byTier[t.id])])),
    firstOrderOnly: program.commission.firstOrderOnly,
    holdingDays: String(program.commission.holdingDays),
    attributionWindowDays: String(program.attributionWindowDays),
    attributionModel: program.attributionModel,
    pointsPerSale: String(program.pointsPerSale),
    pointsPerRecruit: String(program.pointsPerRecruit),
    termsVersion: program.termsVersion,
    termsUrl: program.termsUrl ?? '',
  };
}

/** A readable id from a name: lower-case letters, digits and `sep`, unique among `taken`. */
function makeId(name: string, sep: '_' | '-', max: number, taken: string[], fallback: string): string {
  let base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^[^a-z]+|\\${sep}+$`, 'g'), '')
    .slice(0, max - 3);
  if (!base) base = fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}${sep}${n}`;
  return id;
}

function buildQuestion(q: QuestionDraft): Question {
  const base = {
    id: q.id,
    label: q.label,
    required: q.required,
    ...(q.help.trim() ? { help: q.help.trim() } : {}),
  };
  switch (q.type) {
    case 'text':
      return { ...base, type: 'text', maxLength: num(q.maxLength) };
    case 'choice':
      return {
        ...base,
        type: 'choice',
        options: q.options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean),
        multiple: q.multiple,
      };
    case 'number': {
      const min = optionalNum(q.min);
      const max = optionalNum(q.max);
      return {
        ...base,
        type: 'number',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      };
    }
    default:
      return { ...base, type: 'url' };
  }
}

function buildBadge(b: BadgeDraft): Badge {
  const value = num(b.value);
  const rule: Badge['rule'] =
    b.kind === 'approved_posts'
      ? { kind: 'approved_posts', count: value }
      : b.kind === 'streak_months'
        ? { kind: 'streak_months', months: value }
        : b.kind === 'lifetime_points'
          ? { kind: 'lifetime_points', points: value }
          : { kind: 'first_sale' };
  return { id: b.id, name: b.name, description: b.description, rule };
}

/** The settings as the API takes them: only what differs from the program as loaded. */
function buildPatch(draft: Draft, program: Program): Patch {
  // Keyed by each tier's id as it is saved (a removed tier's rate goes with it).
  const byTier = Object.fromEntries(
    draft.tiers.flatMap((t) => {
      const rate = draft.byTier[t.key];
      const built = rate ? rateOf(rate) : undefined;
      return built ? [[t.id, built]] : [];
    }),
  );
  const full: Required<Omit<Patch, 'slug' | 'timeZone' | 'currency'>> = {
    name: draft.name,
    brandName: draft.brandName,
    description: draft.description,
    landingUrl: draft.landingUrl.trim(),
    allowedDomains: draft.allowedDomains
      .split(/[\s,]+/)
      .map((d) => d.trim())
      .filter(Boolean),
    questions: draft.questions.map(buildQuestion),
    reapplyCooldownDays: num(draft.reapplyCooldownDays),
    tiers: draft.tiers.map((t) => ({ id: t.id, name: t.name, minPoints: num(t.minPoints) })),
    badges: draft.badges.map(buildBadge),
    commission: {
      rate: rateOf(draft.rate) ?? program.commission.rate,
      byTier,
      firstOrderOnly: draft.firstOrderOnly,
      holdingDays: num(draft.holdingDays),
    },
    attributionWindowDays: num(draft.attributionWindowDays),
    attributionModel: draft.attributionModel,
    pointsPerSale: num(draft.pointsPerSale),
    pointsPerRecruit: num(draft.pointsPerRecruit),
    termsVersion: draft.termsVersion,
    termsUrl: draft.termsUrl.trim() ? draft.termsUrl.trim() : null,
  };
  const current: Record<string, unknown> = { ...program, termsUrl: program.termsUrl ?? null };
  return Object.fromEntries(
    Object.entries(full).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(current[key])),
  ) as Patch;
}

/** Program settings in one form, and team invitations (owner). */
export function SettingsView({ ctx }: { ctx: ProgramContext }) {
  const { programId, program } = ctx;
  const [draft, setDraft] = useState<Draft>(() => toDraft(program));
  const [unchanged, setUnchanged] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setUnchanged(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const save = useAction(async () => {
    const patch = buildPatch(draft, program);
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    const saved = await ok(programApi.$patch({ param: { programId }, json: patch }));
    setDraft(toDraft(saved));
    ctx.reloadProgram();
    toast('Settings saved');
  });
  const errors = fieldErrors(save.error);
  const err = (path: string) =>
    errors[path] ??
    Object.entries(errors).find(
      ([key]) => key.startsWith(`${path}.`) && !/\.\d+\./.test(key.slice(path.length)),
    )?.[1];

  const updateQuestion = (key: number, change: Partial<QuestionDraft>) =>
    set(
      'questions',
      draft.questions.map((q) => {
        if (q.key !== key) return q;
        const next = { ...q, ...change };
        // A new question's id follows its wording until saved.
        if (q.isNew && change.label !== undefined)
          next.id = makeId(
            change.label,
            '_',
            40,
            draft.questions.filter((o) => o.key !== key).map((o) => o.id),
            'question',
          );
        return next;
      }),
    );
  const move = <T,>(list: T[], index: number, delta: number): T[] => {
    const next = [...list];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index + delta, 0, item);
    return next;
  };

  return (
    <div class="stack manager m-settings">
      <h1>Settings</h1>
      <form
        class="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <Card title="Program">
          <div class="stack">
            <div class="grid-2">
              <TextField
                label="Name"
                value={draft.name}
                onValue={(v) => set('name', v)}
                maxLength={100}
                error={err('name')}
              />
              <TextField
                label="Brand name"
                value={draft.brandName}
                onValue={(v) => set('brandName', v)}
                maxLength={100}
                error={err('brandName')}
              />
            </div>
            <TextArea
              label="Description"
              hint="Shown on the public application page."
              value={draft.description}
              onValue={(v) => set('description', v)}
              maxLength={5000}
              rows={4}
              error={err('description')}
            />
            <TextField
              label="Landing page URL"
              type="url"
              hint="Where referral links lead, such as https://shop.example.com/spring."
              value={draft.landingUrl}
              onValue={(v) => set('landingUrl', v)}
              error={err('landingUrl')}
            />
            <TextArea
              label="Allowed domains"
              hint="One per line. Besides the landing page's site, referral links may lead to these sites and their subdomains."
              value={draft.allowedDomains}
              onValue={(v) => set('allowedDomains', v)}
              rows={3}
              error={err('allowedDomains')}
            />
            <p class="muted small">
              Address <code>/p/{program.slug}</code> · time zone {program.timeZone} · currency{' '}
              {program.currency}
            </p>
          </div>
        </Card>

        <Card
          title="Application questions"
          actions={
            <Button
              variant="secondary"
              onClick={() =>
                set('questions', [
                  ...draft.questions,
                  {
                    key: nextKey++,
                    isNew: true,
                    id: makeId(
                      '',
                      '_',
                      40,
                      draft.questions.map((q) => q.id),
                      'question',
                    ),
                    label: '',
                    help: '',
                    required: false,
                    type: 'text',
                    maxLength: '1000',
                    options: '',
                    multiple: false,
                    min: '',
                    max: '',
                  },
                ])
              }
            >
              Add question
            </Button>
          }
        >
          {err('questions') ? <p class="field-error">{err('questions')}</p> : null}
          {draft.questions.length === 0 ? (
            <p class="muted">No questions: applicants only give their name and social accounts.</p>
          ) : (
            <ol class="m-editor-list">
              {draft.questions.map((q, index) => {
                const n = index + 1;
                const e = (field: string) => err(`questions.${index}.${field}`);
                return (
                  <li key={q.key}>
                    <fieldset>
                      <legend>Question {n}</legend>
                      <div class="stack">
                        <TextField
                          label="Question"
                          value={q.label}
                          onValue={(v) => updateQuestion(q.key, { label: v })}
                          maxLength={300}
                          error={e('label')}
                        />
                        <div class="grid-2">
                          <SelectField
                            label="Answer type"
                            value={q.type}
                            onValue={(v) => updateQuestion(q.key, { type: v as QuestionType })}
                            options={[
                              { value: 'text', label: 'Text' },
                              { value: 'choice', label: 'Choice' },
                              { value: 'url', label: 'Link (URL)' },
                              { value: 'number', label: 'Number' },
                            ]}
                          />
                          <TextField
                            label="Id"
                            hint={q.isNew ? 'Names the answer in exports.' : 'Fixed: earlier answers use it.'}
                            value={q.id}
                            readOnly={!q.isNew}
                            onValue={(v) => updateQuestion(q.key, { id: v })}
                            error={e('id')}
                          />
                        </div>
                        <TextField
                          label="Help text"
                          hint="Optional"
                          value={q.help}
                          onValue={(v) => updateQuestion(q.key, { help: v })}
                          maxLength={1000}
                          error={e('help')}
                        />
                        {q.type === 'text' ? (
                          <TextField
                            label="Longest answer (characters)"
                            type="number"
                            min={1}
                            max={5000}
                            value={q.maxLength}
                            onValue={(v) => updateQuestion(q.key, { maxLength: v })}
                            error={e('maxLength')}
                          />
                        ) : null}
                        {q.type === 'choice' ? (
                          <>
                            <TextArea
                              label="Options"
                              hint="One per line"
                              value={q.options}
                              onValue={(v) => updateQuestion(q.key, { options: v })}
                              rows={4}
                              error={e('options')}
                            />
                            <label class="check">
                              <input
                                type="checkbox"
                                checked={q.multiple}
                                onChange={(ev) =>
                                  updateQuestion(q.key, { multiple: (ev.target as HTMLInputElement).checked })
                                }
                              />
                              <span>Allow several answers</span>
                            </label>
                          </>
                        ) : null}
                        {q.type === 'number' ? (
                          <div class="grid-2">
                            <TextField
                              label="Lowest"
                              type="number"
                              hint="Optional"
                              value={q.min}
                              onValue={(v) => updateQuestion(q.key, { min: v })}
                              error={e('min')}
                            />
                            <TextField
                              label="Highest"
                              type="number"
                              hint="Optional"
                              value={q.max}
                              onValue={(v) => updateQuestion(q.key, { max: v })}
                              error={e('max')}
                            />
                          </div>
                        ) : null}
                        <label class="check">
                          <input
                            type="checkbox"
                            checked={q.required}
                            onChange={(ev) =>
                              updateQuestion(q.key, { required: (ev.target as HTMLInputElement).checked })
                            }
                          />
                          <span>Required</span>
                        </label>
                        <div class="actions">
                          <Button
                            variant="ghost"
                            disabled={index === 0}
                            onClick={() => set('questions', move(draft.questions, index, -1))}
                          >
                            Move up<span class="visually-hidden"> question {n}</span>
                          </Button>
                          <Button
                            variant="ghost"
                            disabled={index === draft.questions.length - 1}
                            onClick={() => set('questions', move(draft.questions, index, 1))}
                          >
                            Move down<span class="visually-hidden"> question {n}</span>
                          </Button>
                          <Button
                            variant="ghost"
                            onClick={() =>
                              set(
                                'questions',
                                draft.questions.filter((o) => o.key !== q.key),
                              )
                            }
                          >
                            Remove<span class="visually-hidden"> question {n}</span>
                          </Button>
                        </div>
                      </div>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
          )}
          <TextField
            label="Days before a rejected applicant may apply again"
            type="number"
            min={0}
            max={365}
            value={draft.reapplyCooldownDays}
            onValue={(v) => set('reapplyCooldownDays', v)}
            error={err('reapplyCooldownDays')}
          />
        </Card>

        <Card
          title="Tiers"
          actions={
            <Button
              variant="secondary"
              disabled={draft.tiers.length >= 10}
              onClick={() => {
                const last = draft.tiers[draft.tiers.length - 1];
                set('tiers', [
                  ...draft.tiers,
                  {
                    key: nextKey++,
                    isNew: true,
                    id: makeId(
                      '',
                      '-',
                      32,
                      draft.tiers.map((t) => t.id),
                      'tier',
                    ),
                    name: '',
                    minPoints: String((Number(last?.minPoints) || 0) + 500),
                  },
                ]);
              }}
            >
              Add tier
            </Button>
          }
        >
          <p class="hint">Ambassadors reach a tier at its lifetime points. The first starts at 0.</p>
          {err('tiers') ? <p class="field-error">{err('tiers')}</p> : null}
          <ol class="m-editor-list">
            {draft.tiers.map((t, index) => (
              <li key={t.key} class="m-inline-row">
                <TextField
                  label={`Tier ${index + 1} name`}
                  value={t.name}
                  maxLength={40}
                  error={err(`tiers.${index}.name`)}
                  onValue={(v) =>
                    set(
                      'tiers',
                      draft.tiers.map((o) =>
                        o.key === t.key
                          ? {
                              ...o,
                              name: v,
                              ...(o.isNew
                                ? {
                                    id: makeId(
                                      v,
                                      '-',
                                      32,
                                      draft.tiers.filter((x) => x.key !== t.key).map((x) => x.id),
                                      'tier',
                                    ),
                                  }
                                : {}),
                            }
                          : o,
                      ),
                    )
                  }
                />
                <TextField
                  label="From points"
                  type="number"
                  min={0}
                  value={t.minPoints}
                  disabled={index === 0}
                  error={err(`tiers.${index}.minPoints`)}
                  onValue={(v) =>
                    set(
                      'tiers',
                      draft.tiers.map((o) => (o.key === t.key ? { ...o, minPoints: v } : o)),
                    )
                  }
                />
                {index === 0 ? null : (
                  <Button
                    variant="ghost"
                    onClick={() =>
                      set(
                        'tiers',
                        draft.tiers.filter((o) => o.key !== t.key),
                      )
                    }
                  >
                    Remove<span class="visually-hidden"> tier {t.name || index + 1}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </Card>

        <Card
          title="Badges"
          actions={
            <Button
              variant="secondary"
              disabled={draft.badges.length >= 20}
              onClick={() =>
                set('badges', [
                  ...draft.badges,
                  {
                    key: nextKey++,
                    isNew: true,
                    id: makeId(
                      '',
                      '-',
                      32,
                      draft.badges.map((b) => b.id),
                      'badge',
                    ),
                    name: '',
                    description: '',
                    kind: 'approved_posts',
                    value: '1',
                  },
                ])
              }
            >
              Add badge
            </Button>
          }
        >
          {err('badges') ? <p class="field-error">{err('badges')}</p> : null}
          {draft.badges.length === 0 ? <p class="muted">No badges.</p> : null}
          <ol class="m-editor-list">
            {draft.badges.map((b, index) => {
              const update = (change: Partial<BadgeDraft>) =>
                set(
                  'badges',
                  draft.badges.map((o) => {
                    if (o.key !== b.key) return o;
                    const next = { ...o, ...change };
                    if (o.isNew && change.name !== undefined)
                      next.id = makeId(
                        change.name,
                        '-',
                        32,
                        draft.badges.filter((x) => x.key !== b.key).map((x) => x.id),
                        'badge',
                      );
                    return next;
                  }),
                );
              const field = BADGE_VALUE[b.kind].field;
              return (
                <li key={b.key}>
                  <fieldset>
                    <legend>Badge {index + 1}</legend>
                    <div class="grid-2">
                      <TextField
                        label="Badge name"
                        value={b.name}
                        maxLength={60}
                        onValue={(v) => update({ name: v })}
                        error={err(`badges.${index}.name`)}
                      />
                      <TextField
                        label="What it is for"
                        value={b.description}
                        maxLength={300}
                        onValue={(v) => update({ description: v })}
                        error={err(`badges.${index}.description`)}
                      />
                      <SelectField
                        label="Earned by"
                        value={b.kind}
                        onValue={(v) => update({ kind: v as BadgeKind })}
                        options={Object.entries(BADGE_VALUE).map(([value, { label }]) => ({ value, label }))}
                      />
                      {field ? (
                        <TextField
                          label={
                            b.kind === 'approved_posts'
                              ? 'Number of approved posts'
                              : b.kind === 'streak_months'
                                ? 'Months in a row'
                                : 'Points'
                          }
                          type="number"
                          min={1}
                          value={b.value}
                          onValue={(v) => update({ value: v })}
                          error={err(`badges.${index}.rule.${field}`)}
                        />
                      ) : null}
                    </div>
                    <div class="actions">
                      <Button
                        variant="ghost"
                        onClick={() =>
                          set(
                            'badges',
                            draft.badges.filter((o) => o.key !== b.key),
                          )
                        }
                      >
                        Remove<span class="visually-hidden"> badge {b.name || index + 1}</span>
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </Card>

        <Card title="Commission">
          <div class="stack">
            <RateFields
              legend="Commission per order"
              currency={program.currency}
              rate={draft.rate}
              onRate={(rate) => set('rate', rate)}
              error={err('commission.rate')}
            />
            <fieldset>
              <legend>Rates for particular tiers</legend>
              <p class="hint">Leave “Same as above” for the commission above.</p>
              <div class="stack">
                {draft.tiers.map((t) => (
                  <RateFields
                    key={t.key}
                    legend={t.name || 'New tier'}
                    currency={program.currency}
                    rate={draft.byTier[t.key] ?? { kind: '', value: '' }}
                    optional
                    onRate={(rate) => {
                      setUnchanged(false);
                      setDraft((d) => ({ ...d, byTier: { ...d.byTier, [t.key]: rate } }));
                    }}
                    error={err(`commission.byTier.${t.id}`)}
                  />
                ))}
              </div>
              {err('commission.byTier') ? <p class="field-error">{err('commission.byTier')}</p> : null}
            </fieldset>
            <div class="grid-2">
              <TextField
                label="Holding days"
                type="number"
                min={0}
                max={365}
                hint="Commission stays pending this long (the refund window), then is approved."
                value={draft.holdingDays}
                onValue={(v) => set('holdingDays', v)}
                error={err('commission.holdingDays')}
              />
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={draft.firstOrderOnly}
                onChange={(e) => set('firstOrderOnly', (e.target as HTMLInputElement).checked)}
              />
              <span>Only a customer's first order earns commission</span>
            </label>
          </div>
        </Card>

        <Card title="Attribution and points">
          <div class="grid-2">
            <TextField
              label="Attribution window (days)"
              type="number"
              min={1}
              max={90}
              hint="An order counts for a click this many days after it."
              value={draft.attributionWindowDays}
              onValue={(v) => set('attributionWindowDays', v)}
              error={err('attributionWindowDays')}
            />
            <SelectField
              label="Which click wins"
              value={draft.attributionModel}
              onValue={(v) => set('attributionModel', v as Draft['attributionModel'])}
              options={[
                { value: 'last_click', label: 'Last click (the one the shop reports)' },
                { value: 'first_click', label: 'First click in the window' },
              ]}
            />
            <TextField
              label="Points per sale"
              type="number"
              min={0}
              value={draft.pointsPerSale}
              onValue={(v) => set('pointsPerSale', v)}
              error={err('pointsPerSale')}
            />
            <TextField
              label="Points per recruit"
              type="number"
              min={0}
              hint="Once, when someone who applied through their invite link is approved."
              value={draft.pointsPerRecruit}
              onValue={(v) => set('pointsPerRecruit', v)}
              error={err('pointsPerRecruit')}
            />
          </div>
        </Card>

        <Card title="Terms">
          <div class="grid-2">
            <TextField
              label="Terms version"
              hint="Raise it when the terms change: applicants consent to this version."
              value={draft.termsVersion}
              maxLength={40}
              onValue={(v) => set('termsVersion', v)}
              error={err('termsVersion')}
            />
            <TextField
              label="Terms URL"
              type="url"
              hint="Optional"
              value={draft.termsUrl}
              onValue={(v) => set('termsUrl', v)}
              error={err('termsUrl')}
            />
          </div>
        </Card>

        <div class="m-save-bar" aria-live="polite">
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {unchanged ? <p class="muted">Nothing changed yet.</p> : null}
          <div class="actions">
            <Button type="submit" variant="primary" busy={save.busy}>
              Save settings
            </Button>
            <Button
              variant="ghost"
              disabled={save.busy}
              onClick={() => {
                save.clearError();
                setUnchanged(false);
                setDraft(toDraft(program));
              }}
            >
              Undo changes
            </Button>
          </div>
        </div>
      </form>
      <TeamCard ctx={ctx} />
    </div>
  );
}

function RateFields({
  legend,
  currency,
  rate,
  onRate,
  optional = false,
  error,
}: {
  legend: string;
  currency: string;
  rate: RateDraft;
  onRate: (rate: RateDraft) => void;
  optional?: boolean;
  error: string | undefined;
}) {
  return (
    <div class="grid-2 m-rate-fields">
      <SelectField
        label={optional ? `${legend}: rate` : legend}
        value={rate.kind}
        onValue={(kind) =>
          onRate({ kind: kind as RateDraft['kind'], value: kind === rate.kind ? rate.value : '' })
        }
        options={[
          ...(optional ? [{ value: '', label: 'Same as above' }] : []),
          { value: 'percent', label: 'Percent of the order' },
          { value: 'flat', label: 'Fixed amount per order' },
        ]}
      />
      {rate.kind === '' ? null : (
        <TextField
          label={
            rate.kind === 'percent'
              ? `${optional ? `${legend}: ` : ''}Percent`
              : `${optional ? `${legend}: ` : ''}Amount (${currency})`
          }
          type="number"
          min={0}
          step="0.01"
          {...(rate.kind === 'percent' ? { max: 100 } : {})}
          value={rate.value}
          onValue={(value) => onRate({ ...rate, value })}
          error={error}
        />
      )}
    </div>
  );
}

function TeamCard({ ctx }: { ctx: ProgramContext }) {
  const { programId } = ctx;
  const isOwner = ctx.membership.role === 'owner';
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'manager' | 'brand'>('manager');
  const [sent, setSent] = useState<string | undefined>();
  const invite = useAction(async () => {
    const body: InferRequestType<typeof programApi.invitations.$post>['json'] = { email: email.trim(), role };
    const invitation = await ok(programApi.invitations.$post({ param: { programId }, json: body }));
    setSent(
      `Invited ${invitation.email} as ${invitation.role}. They accept after signing in with that email, until ${formatDate(new Date(invitation.expiresAt * 1000).toISOString())}.`,
    );
    setEmail('');
    toast('Invitation sent');
  });
  const errors = fieldErrors(invite.error);
  return (
    <Card title="Team">
      {isOwner ? (
        <form
          class="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSent(undefined);
            void invite.run();
          }}
        >
          <p class="muted">
            Invite a manager (runs the program with you) or a brand user (sees sales and reports).
          </p>
          <div class="grid-2">
            <TextField
              label="Email"
              type="email"
              autocomplete="off"
              value={email}
              onValue={setEmail}
              error={errors.email}
            />
            <SelectField
              label="Role"
              value={role}
              onValue={(v) => setRole(v as 'manager' | 'brand')}
              options={[
                { value: 'manager', label: 'Manager' },
                { value: 'brand', label: 'Brand' },
              ]}
            />
          </div>
          {invite.error ? <ErrorNotice error={invite.error} /> : null}
          <div aria-live="polite">{sent ? <Notice kind="success">{sent}</Notice> : null}</div>
          <div class="actions">
            <Button type="submit" variant="primary" busy={invite.busy} disabled={!email.trim()}>
              Send invitation
            </Button>
          </div>
        </form>
      ) : (
        <p class="muted">
          Only the program's owner invites managers and brand users. Ask them to add someone.
        </p>
      )}
    </Card>
  );
}

import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import type { Program } from '../../../program-context.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import { addMonths, currentMonth, monthName } from '../../../ui/format.ts';
import { Field, TextField } from '../../../ui/kit.tsx';
import type { DraftState } from '../../../ui/use-draft.ts';
import { useRequest } from '../../../use-request.ts';
import { challengesApi } from '../challenges/challenges-api.ts';
import type { RewardDraft } from './reward-draft.ts';

/** What each part of the reward form is given. */
export type RewardSection = {
  form: DraftState<RewardDraft>;
  errorFor: (path: string) => string | undefined;
};

/** A select wired like the kit's fields, with its error (SelectField has none). */
function Select({
  label,
  hint,
  error,
  value,
  onValue,
  options,
}: {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onValue((e.target as HTMLSelectElement).value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** How many there are, how many one ambassador may hold, and from which tier. */
export function LimitFields({
  form: { draft, bind, set },
  errorFor,
  tiers,
}: RewardSection & { tiers: Program['tiers'] }) {
  const count = { type: 'number', inputMode: 'numeric', min: 1 } as const;
  return (
    <fieldset>
      <legend>Who and how many</legend>
      <div class="grid-2">
        {draft.kind === 'code' ? (
          <p class="small muted">The stock of a code reward is its codes: upload them once it is saved.</p>
        ) : (
          <TextField
            label="Stock"
            {...count}
            min={0}
            {...bind('stock')}
            hint="Optional. Empty means unlimited."
            error={errorFor('stock')}
          />
        )}
        <TextField
          label="Per ambassador"
          {...count}
          {...bind('perMemberLimit')}
          hint="Optional. How many one ambassador may hold; rejected and cancelled ones do not count."
          error={errorFor('perMemberLimit')}
        />
        <Select
          label="Minimum tier"
          value={draft.minTier}
          onValue={(value) => set('minTier', value)}
          error={errorFor('minTier')}
          options={[
            { value: '', label: 'Any tier' },
            ...tiers.map((t) => ({ value: t.id, label: `${t.name} (${t.minPoints}+ lifetime points)` })),
          ]}
        />
      </div>
    </fieldset>
  );
}

/** When it is offered: from and until, on the program's clock. */
export function WindowFields({ form: { bind }, errorFor, timeZone }: RewardSection & { timeZone: string }) {
  return (
    <fieldset>
      <legend>When</legend>
      <div class="grid-2">
        <TextField
          label="Available from"
          type="datetime-local"
          {...bind('availableFrom')}
          hint={`Optional. In the program's time zone, ${timeZone}.`}
          error={errorFor('availableFrom')}
        />
        <TextField
          label="Available until"
          type="datetime-local"
          {...bind('availableUntil')}
          hint={`Optional. In ${timeZone}; it ends at this moment.`}
          error={errorFor('availableUntil')}
        />
      </div>
    </fieldset>
  );
}

/**
 * Product seeding: the challenge the ambassador is asked to post in once the gift arrives, and
 * how many days they have. Offers this month's challenges and the next two months'.
 */
export function FollowUpFields({
  form: { draft, bind, set },
  errorFor,
  programId,
  timeZone,
}: RewardSection & { programId: string; timeZone: string }) {
  const month = currentMonth(timeZone);
  const challenges = useRequest(async () => {
    const months = [month, addMonths(month, 1), addMonths(month, 2)];
    const lists = await Promise.all(
      months.map((m) =>
        ok(challengesApi.$get({ param: { programId }, query: { month: m } })).catch(() => undefined),
      ),
    );
    const seen = new Set<string>();
    return lists.flatMap((list) =>
      (list?.items ?? []).filter((c) => !seen.has(c.challengeId) && seen.add(c.challengeId)),
    );
  }, [programId, month]);
  const chosen = draft.followUpChallengeId;
  const listed = challenges.data ?? [];
  // A challenge chosen earlier that has left the months offered still shows, by its title.
  const titles = useChallengeTitles(
    programId,
    chosen && !listed.some((c) => c.challengeId === chosen) ? [chosen] : [],
  );
  const options = [
    { value: '', label: challenges.status === 'loading' ? 'Loading challenges…' : 'None' },
    ...listed.map((c) => ({
      value: c.challengeId,
      label: `${c.title}${c.month ? ` (${monthName(c.month)})` : ''}${c.published ? '' : ' – draft'}`,
    })),
    ...(chosen && !listed.some((c) => c.challengeId === chosen)
      ? [{ value: chosen, label: titles[chosen] ?? 'The challenge chosen before' }]
      : []),
  ];
  return (
    <fieldset>
      <legend>A post in return</legend>
      <div class="grid-2">
        <Select
          label="Follow-up challenge"
          hint="Optional, for gifts: the ambassador is asked to post in it once theirs is fulfilled."
          value={chosen}
          onValue={(value) => set('followUpChallengeId', value)}
          error={errorFor('followUpChallengeId') ?? (challenges.error ? challenges.error.message : undefined)}
          options={options}
        />
        {chosen ? (
          <TextField
            label="Days to post"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            placeholder="14"
            {...bind('postWithinDays')}
            hint="After fulfilment. Empty means 14. A gift whose post is late is flagged in the queue."
            error={errorFor('postWithinDays')}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

/** Whether a manager decides each redemption, and whether ambassadors see the reward at all. */
export function SwitchFields({ form: { draft, set } }: RewardSection) {
  return (
    <div class="stack">
      <CheckBox checked={draft.requiresApproval} onChecked={(on) => set('requiresApproval', on)}>
        Each redemption needs a manager’s approval
        <span class="small muted">
          {' '}
          ({draft.kind === 'code' ? 'without it, the code goes out at once' : 'usual for products and perks'})
        </span>
      </CheckBox>
      <CheckBox checked={draft.active} onChecked={(on) => set('active', on)}>
        Offered to ambassadors (active)
      </CheckBox>
    </div>
  );
}

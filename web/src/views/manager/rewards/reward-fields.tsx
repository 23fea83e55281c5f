import { useChallengeTitles } from '../../../api/challenge-titles.ts';
import { ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
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
      <legend>{t('rewardsAdmin.limits.title')}</legend>
      <div class="grid-2">
        {draft.kind === 'code' ? (
          <p class="small muted">{t('rewardsAdmin.limits.codeStock')}</p>
        ) : (
          <TextField
            label={t('rewardsAdmin.limits.stock')}
            {...count}
            min={0}
            {...bind('stock')}
            hint={t('rewardsAdmin.limits.stock.hint')}
            error={errorFor('stock')}
          />
        )}
        <TextField
          label={t('rewardsAdmin.limits.perMember')}
          {...count}
          {...bind('perMemberLimit')}
          hint={t('rewardsAdmin.limits.perMember.hint')}
          error={errorFor('perMemberLimit')}
        />
        <Select
          label={t('rewardsAdmin.limits.minTier')}
          value={draft.minTier}
          onValue={(value) => set('minTier', value)}
          error={errorFor('minTier')}
          options={[
            { value: '', label: t('rewardsAdmin.limits.anyTier') },
            ...tiers.map((tier) => ({
              value: tier.id,
              label: t('rewardsAdmin.limits.tier', { name: tier.name, points: tier.minPoints }),
            })),
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
      <legend>{t('rewardsAdmin.window.title')}</legend>
      <div class="grid-2">
        <TextField
          label={t('rewardsAdmin.window.availableFrom')}
          type="datetime-local"
          {...bind('availableFrom')}
          hint={t('rewardsAdmin.window.availableFrom.hint', { timeZone })}
          error={errorFor('availableFrom')}
        />
        <TextField
          label={t('rewardsAdmin.window.availableUntil')}
          type="datetime-local"
          {...bind('availableUntil')}
          hint={t('rewardsAdmin.window.availableUntil.hint', { timeZone })}
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
    {
      value: '',
      label: t(
        challenges.status === 'loading' ? 'rewardsAdmin.followUp.loading' : 'rewardsAdmin.followUp.none',
      ),
    },
    ...listed.map((c) => ({
      value: c.challengeId,
      label: c.month
        ? c.published
          ? `${c.title} (${monthName(c.month)})`
          : t('rewardsAdmin.followUp.optionMonthDraft', { title: c.title, month: monthName(c.month) })
        : c.published
          ? c.title
          : t('rewardsAdmin.followUp.optionDraft', { title: c.title }),
    })),
    ...(chosen && !listed.some((c) => c.challengeId === chosen)
      ? [{ value: chosen, label: titles[chosen] ?? t('rewardsAdmin.followUp.chosenBefore') }]
      : []),
  ];
  return (
    <fieldset>
      <legend>{t('rewardsAdmin.followUp.title')}</legend>
      <div class="grid-2">
        <Select
          label={t('rewardsAdmin.followUp.challenge')}
          hint={t('rewardsAdmin.followUp.challenge.hint')}
          value={chosen}
          onValue={(value) => set('followUpChallengeId', value)}
          error={errorFor('followUpChallengeId') ?? (challenges.error ? challenges.error.message : undefined)}
          options={options}
        />
        {chosen ? (
          <TextField
            label={t('rewardsAdmin.followUp.days')}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            placeholder="14"
            {...bind('postWithinDays')}
            hint={t('rewardsAdmin.followUp.days.hint')}
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
        {t('rewardsAdmin.switch.approval')}
        <span class="small muted">
          {' '}
          {t(
            draft.kind === 'code'
              ? 'rewardsAdmin.switch.approval.code'
              : 'rewardsAdmin.switch.approval.other',
          )}
        </span>
      </CheckBox>
      <CheckBox checked={draft.active} onChecked={(on) => set('active', on)}>
        {t('rewardsAdmin.switch.active')}
      </CheckBox>
    </div>
  );
}

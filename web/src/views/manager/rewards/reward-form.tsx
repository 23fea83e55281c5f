import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { type Reward, type RewardKind, rewardsApi } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice, SelectField, TextArea, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { ImageField } from './image-field.tsx';
import { approvalByDefault, createBody, rewardDraft, updateBody } from './reward-draft.ts';
import { FollowUpFields, LimitFields, SwitchFields, WindowFields } from './reward-fields.tsx';
import { KIND } from './reward-words.ts';

const KINDS: { value: RewardKind; key: MessageKey }[] = [
  { value: 'code', key: 'rewardsAdmin.form.kind.code' },
  { value: 'product', key: 'rewardsAdmin.form.kind.product' },
  { value: 'perk', key: 'rewardsAdmin.form.kind.perk' },
];

/** A new reward's form, or an existing one's; the kind is chosen once. */
export function RewardForm({
  ctx,
  reward,
  onCancel,
  onSaved,
}: {
  ctx: ProgramContext;
  reward?: Reward;
  onCancel: () => void;
  onSaved: (saved: Reward) => void;
}) {
  const { programId, program } = ctx;
  const form = useDraft(() => rewardDraft(reward, program.timeZone));
  const { draft, bind, set } = form;
  const element = useRef<HTMLFormElement>(null);
  const focusFirstField = () => element.current?.querySelector<HTMLInputElement>('input')?.focus();
  useEffect(() => {
    focusFirstField();
  }, []);

  const [titleMissing, setTitleMissing] = useState(false);
  const save = useAction(async () => {
    setTitleMissing(!draft.title.trim());
    if (!draft.title.trim()) {
      focusFirstField();
      return;
    }
    if (!reward) {
      onSaved(await ok(rewardsApi.$post({ param: { programId }, json: createBody(draft) })));
      return;
    }
    const changes = updateBody(draft, reward, program.timeZone);
    if (Object.keys(changes).length === 0) return onSaved(reward);
    onSaved(
      await ok(
        rewardsApi[':rewardId'].$patch({ param: { programId, rewardId: reward.rewardId }, json: changes }),
      ),
    );
  });
  const errors = fieldErrors(save.error);
  const section = { form, errorFor: (path: string) => errorAt(errors, path) };

  return (
    <section class="card f-form" aria-labelledby="reward-form-heading">
      <h2 id="reward-form-heading">
        {reward ? t('rewardsAdmin.form.edit', { title: reward.title }) : t('rewardsAdmin.form.new')}
      </h2>
      <SubmitForm formRef={element} class="stack" noValidate onSubmit={() => void save.run()}>
        <TextField
          label={t('rewardsAdmin.form.title')}
          {...bind('title')}
          maxLength={120}
          required
          error={titleMissing ? t('rewardsAdmin.form.titleMissing') : section.errorFor('title')}
        />
        <TextArea
          label={t('rewardsAdmin.form.description')}
          hint={t('rewardsAdmin.form.description.hint')}
          {...bind('description')}
          maxLength={2000}
          rows={3}
          error={section.errorFor('description')}
        />
        <div class="grid-2">
          {reward ? (
            <p>
              {tx('rewardsAdmin.form.kindFixed', {
                strong: (words: ComponentChildren[]) => <strong>{words}</strong>,
                muted: (words: ComponentChildren[]) => <span class="small muted">{words}</span>,
                kind: t(KIND[reward.kind]),
              })}
            </p>
          ) : (
            <SelectField
              label={t('rewardsAdmin.form.kind')}
              value={draft.kind}
              onValue={(value) => {
                const kind = value as RewardKind;
                set('kind', kind);
                // Follows the kind's default until someone decides otherwise for this reward.
                if (draft.requiresApproval === approvalByDefault(draft.kind))
                  set('requiresApproval', approvalByDefault(kind));
              }}
              options={KINDS.map(({ value, key }) => ({ value, label: t(key) }))}
            />
          )}
          <TextField
            label={t('rewardsAdmin.form.cost')}
            type="number"
            inputMode="numeric"
            min={1}
            {...bind('costPoints')}
            hint={t('rewardsAdmin.form.cost.hint')}
            error={section.errorFor('costPoints')}
          />
        </div>
        <ImageField
          programId={programId}
          imageKey={draft.imageKey}
          imageUrl={reward?.imageKey === draft.imageKey ? reward.imageUrl : undefined}
          error={section.errorFor('imageKey')}
          onKey={(key) => set('imageKey', key)}
        />
        <LimitFields {...section} tiers={program.tiers} />
        <WindowFields {...section} timeZone={program.timeZone} />
        <FollowUpFields {...section} programId={programId} timeZone={program.timeZone} />
        <SwitchFields {...section} />
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy}>
            {t(reward ? 'rewardsAdmin.form.saveChanges' : 'rewardsAdmin.form.add')}
          </Button>
          <Button variant="ghost" disabled={save.busy} onClick={onCancel}>
            {t('rewardsAdmin.cancel')}
          </Button>
        </div>
      </SubmitForm>
    </section>
  );
}

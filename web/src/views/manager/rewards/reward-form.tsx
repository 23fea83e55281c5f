import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { KIND_LABELS, type Reward, type RewardKind, rewardsApi } from '../../../api/rewards.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice, SelectField, TextArea, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { ImageField } from './image-field.tsx';
import { approvalByDefault, createBody, rewardDraft, updateBody } from './reward-draft.ts';
import { FollowUpFields, LimitFields, SwitchFields, WindowFields } from './reward-fields.tsx';

const KINDS: { value: RewardKind; label: string }[] = [
  { value: 'code', label: `${KIND_LABELS.code}: one from a pool you upload` },
  { value: 'product', label: `${KIND_LABELS.product}: shipped to the address the ambassador gives` },
  { value: 'perk', label: `${KIND_LABELS.perk}: fulfilled by hand` },
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
      <h2 id="reward-form-heading">{reward ? `Edit “${reward.title}”` : 'New reward'}</h2>
      <SubmitForm formRef={element} class="stack" noValidate onSubmit={() => void save.run()}>
        <TextField
          label="Title"
          {...bind('title')}
          maxLength={120}
          required
          error={titleMissing ? 'Give the reward a title' : section.errorFor('title')}
        />
        <TextArea
          label="Description"
          hint="What it is and how it reaches the ambassador."
          {...bind('description')}
          maxLength={2000}
          rows={3}
          error={section.errorFor('description')}
        />
        <div class="grid-2">
          {reward ? (
            <p>
              <strong>Kind:</strong> {KIND_LABELS[reward.kind]}
              <span class="small muted"> (it cannot change)</span>
            </p>
          ) : (
            <SelectField
              label="Kind"
              value={draft.kind}
              onValue={(value) => {
                const kind = value as RewardKind;
                set('kind', kind);
                // Follows the kind's default until someone decides otherwise for this reward.
                if (draft.requiresApproval === approvalByDefault(draft.kind))
                  set('requiresApproval', approvalByDefault(kind));
              }}
              options={KINDS}
            />
          )}
          <TextField
            label="Cost in points"
            type="number"
            inputMode="numeric"
            min={1}
            {...bind('costPoints')}
            hint="Spending lowers the balance, never lifetime points or tiers."
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
            {reward ? 'Save changes' : 'Add to the catalogue'}
          </Button>
          <Button variant="ghost" disabled={save.busy} onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </SubmitForm>
    </section>
  );
}

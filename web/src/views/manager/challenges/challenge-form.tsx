import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldErrors, ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { errorAt } from '../../../ui/field-error.ts';
import { Button, ErrorNotice, TextArea, TextField } from '../../../ui/kit.tsx';
import { SubmitForm } from '../../../ui/submit-form.tsx';
import { useDraft } from '../../../ui/use-draft.ts';
import { useAction } from '../../../use-request.ts';
import { challengeDraft, createBody, isOpen, updateBody } from './challenge-draft.ts';
import { type Challenge, challengesApi } from './challenges-api.ts';
import { LimitFields } from './limit-fields.tsx';
import { PrerequisiteFields } from './prerequisite-fields.tsx';
import { ReachBonusFields } from './reach-bonus-fields.tsx';
import { RequirementFields } from './requirement-fields.tsx';
import { ScheduleFields } from './schedule-fields.tsx';

/** A new challenge's form, or an existing one's: saved as a draft until published. */
export function ChallengeForm({
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
  const form = useDraft(() => challengeDraft(challenge, program.timeZone));
  const { draft, bind } = form;
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
    const place = { month, timeZone: program.timeZone };
    if (!challenge) {
      const created = await ok(challengesApi.$post({ param: { programId }, json: createBody(draft, place) }));
      return onSaved({ ...created, locked: false, unlocks: [] });
    }
    const saved = await ok(
      challengesApi[':challengeId'].$patch({
        param: { programId, challengeId: challenge.challengeId },
        json: updateBody(draft, challenge, place),
      }),
    );
    onSaved({ ...challenge, ...saved });
  });
  const errors = fieldErrors(save.error);
  const sections = { form, errorFor: (path: string) => errorAt(errors, path), locked: isOpen(challenge) };

  return (
    <section class="card m-challenge-form" aria-labelledby="challenge-form-heading">
      <h2 id="challenge-form-heading">
        {challenge
          ? t('challengesAdmin.form.edit', { title: challenge.title })
          : t('challengesAdmin.form.new')}
      </h2>
      {sections.locked ? <p class="notice info">{t('challengesAdmin.form.locked')}</p> : null}
      <SubmitForm formRef={element} class="stack" noValidate onSubmit={() => void save.run()}>
        <TextField
          label={t('challengesAdmin.form.title')}
          {...bind('title')}
          maxLength={120}
          required
          error={titleMissing ? t('challengesAdmin.form.titleMissing') : sections.errorFor('title')}
        />
        <TextArea
          label={t('challengesAdmin.form.description')}
          hint={t('challengesAdmin.form.description.hint')}
          {...bind('brief')}
          maxLength={5000}
          rows={4}
          error={sections.errorFor('brief')}
        />
        <ScheduleFields
          {...sections}
          month={challenge?.month ?? month}
          isNew={!challenge}
          timeZone={program.timeZone}
        />
        <LimitFields {...sections} tiers={program.tiers} />
        <PrerequisiteFields
          {...sections}
          options={options.filter((c) => c.challengeId !== challenge?.challengeId)}
          timeZone={program.timeZone}
        />
        <RequirementFields {...sections} />
        <ReachBonusFields {...sections} />
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy}>
            {t(challenge?.published ? 'challengesAdmin.form.saveChanges' : 'challengesAdmin.form.saveDraft')}
          </Button>
          <Button variant="ghost" disabled={save.busy} onClick={onCancel}>
            {t('challengesAdmin.form.cancel')}
          </Button>
        </div>
      </SubmitForm>
    </section>
  );
}

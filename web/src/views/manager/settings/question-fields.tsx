import { t } from '../../../i18n/i18n.ts';
import { CheckBox } from '../../../ui/check-box.tsx';
import type { TextKey } from '../../../ui/draft.ts';
import { SelectField, TextArea, TextField } from '../../../ui/kit.tsx';
import type { ListEditor } from '../../../ui/use-list-editor.ts';
import type { QuestionDraft, QuestionType } from './question-draft.ts';

/** One question's fields: those every question has, and those of its answer type. */
export function QuestionFields({
  question: q,
  editor,
  err,
}: {
  question: QuestionDraft;
  editor: ListEditor<QuestionDraft>;
  err: (field: string) => string | undefined;
}) {
  const onChange = (change: Partial<QuestionDraft>) => editor.update(q.key, change);
  const bind = (key: TextKey<QuestionDraft>) => editor.bind(q, key);
  return (
    <>
      <TextField
        label={t('managerSettings.question.label')}
        {...bind('label')}
        maxLength={300}
        error={err('label')}
      />
      <div class="grid-2">
        <SelectField
          label={t('managerSettings.question.type')}
          value={q.type}
          onValue={(v) => onChange({ type: v as QuestionType })}
          options={[
            { value: 'text', label: t('managerSettings.question.type.text') },
            { value: 'choice', label: t('managerSettings.question.type.choice') },
            { value: 'url', label: t('managerSettings.question.type.url') },
            { value: 'number', label: t('managerSettings.question.type.number') },
          ]}
        />
        <TextField
          label={t('managerSettings.question.id')}
          hint={q.isNew ? t('managerSettings.question.id.new') : t('managerSettings.question.id.fixed')}
          {...bind('id')}
          readOnly={!q.isNew}
          error={err('id')}
        />
      </div>
      <TextField
        label={t('managerSettings.question.help')}
        hint={t('managerSettings.optional')}
        {...bind('help')}
        maxLength={1000}
        error={err('help')}
      />
      {q.type === 'text' ? (
        <TextField
          label={t('managerSettings.question.maxLength')}
          type="number"
          min={1}
          max={5000}
          {...bind('maxLength')}
          error={err('maxLength')}
        />
      ) : null}
      {q.type === 'choice' ? (
        <>
          <TextArea
            label={t('managerSettings.question.options')}
            hint={t('managerSettings.question.options.hint')}
            {...bind('options')}
            rows={4}
            error={err('options')}
          />
          <CheckBox checked={q.multiple} onChecked={(multiple) => onChange({ multiple })}>
            {t('managerSettings.question.multiple')}
          </CheckBox>
        </>
      ) : null}
      {q.type === 'number' ? (
        <div class="grid-2">
          <TextField
            label={t('managerSettings.question.min')}
            type="number"
            hint={t('managerSettings.optional')}
            {...bind('min')}
            error={err('min')}
          />
          <TextField
            label={t('managerSettings.question.max')}
            type="number"
            hint={t('managerSettings.optional')}
            {...bind('max')}
            error={err('max')}
          />
        </div>
      ) : null}
      <CheckBox checked={q.required} onChecked={(required) => onChange({ required })}>
        {t('managerSettings.question.required')}
      </CheckBox>
    </>
  );
}

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
      <TextField label="Question" {...bind('label')} maxLength={300} error={err('label')} />
      <div class="grid-2">
        <SelectField
          label="Answer type"
          value={q.type}
          onValue={(v) => onChange({ type: v as QuestionType })}
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
          {...bind('id')}
          readOnly={!q.isNew}
          error={err('id')}
        />
      </div>
      <TextField label="Help text" hint="Optional" {...bind('help')} maxLength={1000} error={err('help')} />
      {q.type === 'text' ? (
        <TextField
          label="Longest answer (characters)"
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
            label="Options"
            hint="One per line"
            {...bind('options')}
            rows={4}
            error={err('options')}
          />
          <CheckBox checked={q.multiple} onChecked={(multiple) => onChange({ multiple })}>
            Allow several answers
          </CheckBox>
        </>
      ) : null}
      {q.type === 'number' ? (
        <div class="grid-2">
          <TextField label="Lowest" type="number" hint="Optional" {...bind('min')} error={err('min')} />
          <TextField label="Highest" type="number" hint="Optional" {...bind('max')} error={err('max')} />
        </div>
      ) : null}
      <CheckBox checked={q.required} onChecked={(required) => onChange({ required })}>
        Required
      </CheckBox>
    </>
  );
}

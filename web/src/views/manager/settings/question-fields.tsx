import { CheckBox } from '../../../ui/check-box.tsx';
import { SelectField, TextArea, TextField } from '../../../ui/kit.tsx';
import type { QuestionDraft, QuestionType } from './question-draft.ts';

/** One question's fields: those every question has, and those of its answer type. */
export function QuestionFields({
  question: q,
  onChange,
  err,
}: {
  question: QuestionDraft;
  onChange: (change: Partial<QuestionDraft>) => void;
  err: (field: string) => string | undefined;
}) {
  return (
    <>
      <TextField
        label="Question"
        value={q.label}
        onValue={(v) => onChange({ label: v })}
        maxLength={300}
        error={err('label')}
      />
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
          value={q.id}
          readOnly={!q.isNew}
          onValue={(v) => onChange({ id: v })}
          error={err('id')}
        />
      </div>
      <TextField
        label="Help text"
        hint="Optional"
        value={q.help}
        onValue={(v) => onChange({ help: v })}
        maxLength={1000}
        error={err('help')}
      />
      {q.type === 'text' ? (
        <TextField
          label="Longest answer (characters)"
          type="number"
          min={1}
          max={5000}
          value={q.maxLength}
          onValue={(v) => onChange({ maxLength: v })}
          error={err('maxLength')}
        />
      ) : null}
      {q.type === 'choice' ? (
        <>
          <TextArea
            label="Options"
            hint="One per line"
            value={q.options}
            onValue={(v) => onChange({ options: v })}
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
          <TextField
            label="Lowest"
            type="number"
            hint="Optional"
            value={q.min}
            onValue={(v) => onChange({ min: v })}
            error={err('min')}
          />
          <TextField
            label="Highest"
            type="number"
            hint="Optional"
            value={q.max}
            onValue={(v) => onChange({ max: v })}
            error={err('max')}
          />
        </div>
      ) : null}
      <CheckBox checked={q.required} onChecked={(required) => onChange({ required })}>
        Required
      </CheckBox>
    </>
  );
}

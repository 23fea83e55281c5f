import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { TextArea, TextField } from '../../ui/kit.tsx';

type PublicProgram = InferResponseType<
  (typeof api.programs.api.public.programs)[':slug']['$get'],
  200
>['program'];
type Question = PublicProgram['questions'][number];
type Answer = string | number | string[];

export function QuestionField({
  question,
  value,
  error,
  onValue,
}: {
  question: Question;
  value: Answer | undefined;
  error: string | undefined;
  onValue: (value: Answer) => void;
}) {
  const label = question.required ? question.label : t('public.apply.optional', { label: question.label });
  if (question.type === 'text')
    return (
      <TextArea
        label={label}
        required={question.required}
        maxLength={question.maxLength}
        error={error}
        value={typeof value === 'string' ? value : ''}
        onValue={onValue}
      />
    );
  if (question.type === 'url')
    return (
      <TextField
        label={label}
        type="url"
        required={question.required}
        error={error}
        value={typeof value === 'string' ? value : ''}
        onValue={onValue}
      />
    );
  if (question.type === 'number')
    return (
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        required={question.required}
        error={error}
        value={typeof value === 'number' ? String(value) : ''}
        onValue={(text) => onValue(text === '' ? '' : Number(text))}
      />
    );
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  return (
    <fieldset class={`choices${error ? ' invalid' : ''}`}>
      <legend>{label}</legend>
      {question.options.map((option) => (
        <label key={option} class="check">
          <input
            type={question.multiple ? 'checkbox' : 'radio'}
            name={question.id}
            checked={chosen.includes(option)}
            onChange={() =>
              onValue(
                question.multiple
                  ? chosen.includes(option)
                    ? chosen.filter((o) => o !== option)
                    : [...chosen, option]
                  : option,
              )
            }
          />
          <span>{option}</span>
        </label>
      ))}
      {error ? <p class="field-error">{error}</p> : null}
    </fieldset>
  );
}

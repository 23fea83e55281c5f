import type { Program } from '../../../program-context.ts';
import { linesOf, numberOf, optionalNumberOf, textOf } from '../../../ui/field-text.ts';
import { type Keyed, newKey } from '../../../ui/list-edits.ts';
import { QUESTION_ID, readableId } from './readable-id.ts';

export type Question = Program['questions'][number];
export type QuestionType = Question['type'];

/** An application question as typed, with every type's fields, so switching type loses nothing. */
export type QuestionDraft = Keyed & {
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

export function questionDraft(q: Question): QuestionDraft {
  return {
    key: newKey(),
    isNew: false,
    id: q.id,
    label: q.label,
    help: q.help ?? '',
    required: q.required,
    type: q.type,
    maxLength: q.type === 'text' ? String(q.maxLength) : '1000',
    options: q.type === 'choice' ? q.options.join('\n') : '',
    multiple: q.type === 'choice' ? q.multiple : false,
    min: q.type === 'number' ? textOf(q.min) : '',
    max: q.type === 'number' ? textOf(q.max) : '',
  };
}

export function newQuestion(others: readonly QuestionDraft[]): QuestionDraft {
  return {
    key: newKey(),
    isNew: true,
    id: readableId(
      '',
      QUESTION_ID,
      others.map((q) => q.id),
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
  };
}

/** The question as the API takes it: only its type's fields. */
export function buildQuestion(q: QuestionDraft): Question {
  const base = {
    id: q.id,
    label: q.label,
    required: q.required,
    ...(q.help.trim() ? { help: q.help.trim() } : {}),
  };
  switch (q.type) {
    case 'text':
      return { ...base, type: 'text', maxLength: numberOf(q.maxLength) };
    case 'choice':
      return { ...base, type: 'choice', options: linesOf(q.options), multiple: q.multiple };
    case 'number': {
      const min = optionalNumberOf(q.min);
      const max = optionalNumberOf(q.max);
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

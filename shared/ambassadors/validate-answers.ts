import { isStorableNumber } from '../common.schema.ts';
import { validationFailed } from '../errors.ts';
import { HTTPS_ONLY } from '../https-link.ts';
import type { Question } from '../programs/program.schema.ts';

type AnswerValue = string | number | string[];

/**
 * Checks application answers against the program's questions and returns them normalised
 * (trimmed text, numbers as numbers). Unknown question ids are refused, not silently dropped.
 * @throws AppError `validation_failed` listing every problem, keyed by question id.
 */
export function validateAnswers(
  questions: readonly Question[],
  answers: Record<string, AnswerValue>,
): Record<string, AnswerValue> {
  const problems: Record<string, string> = {};
  const known = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems[id] = 'There is no such question';
  }
  const normalised: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const raw = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const empty =
      raw === undefined ||
      (typeof raw === 'string' && raw.trim() === '') ||
      (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (question.required) problems[question.id] = 'An answer is required';
      continue;
    }
    const result = checkAnswer(question, raw);
    if (typeof result === 'string') problems[question.id] = result;
    else normalised[question.id] = result.value;
  }
  if (Object.keys(problems).length > 0) {
    throw validationFailed('Some answers are not valid', { answers: problems });
  }
  return normalised;
}

function checkAnswer(question: Question, raw: AnswerValue): { value: AnswerValue } | string {
  switch (question.type) {
    case 'text': {
      if (typeof raw !== 'string') return 'Expected text';
      const value = raw.trim();
      return value.length > question.maxLength ? `At most ${question.maxLength} characters` : { value };
    }
    case 'choice': {
      const picked = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : undefined;
      if (!picked) return 'Expected one of the options';
      if (!question.multiple && picked.length > 1) return 'Pick one option';
      const unknown = picked.filter((p) => !question.options.includes(p));
      if (unknown.length > 0) return `Not an option: ${unknown.join(', ')}`;
      return { value: question.multiple ? [...new Set(picked)] : (picked[0] as string) };
    }
    case 'url': {
      if (typeof raw !== 'string') return 'Expected a URL';
      let url: URL;
      try {
        url = new URL(raw.trim());
      } catch {
        return 'Expected a full URL, such as https://example.com/me';
      }
      // Links the team opens are https only, one rule for every link (shared/https-link.ts).
      if (url.protocol !== 'https:') return HTTPS_ONLY;
      if (url.username || url.password) return 'A URL must not carry credentials';
      return { value: url.toString() };
    }
    case 'number': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
      if (!Number.isFinite(value)) return 'Expected a number';
      if (!isStorableNumber(value)) return 'Out of range: 0, or between 10^-9 and 10^15 in size';
      if (question.min !== undefined && value < question.min) return `At least ${question.min}`;
      if (question.max !== undefined && value > question.max) return `At most ${question.max}`;
      return { value };
    }
  }
}

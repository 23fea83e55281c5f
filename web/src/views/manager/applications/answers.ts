type Question = { id: string; label: string; type: string };

/** Where a question stands in the program's form; answers to since-removed questions go last. */
const rank = (questions: readonly Question[], id: string) =>
  questions.findIndex((q) => q.id === id) + 1 || 1000;

/** An application's answers in the order the program asks its questions. */
export function orderedAnswers<V>(answers: Record<string, V>, questions: readonly Question[]): [string, V][] {
  return Object.entries(answers).sort(([a], [b]) => rank(questions, a) - rank(questions, b));
}

/** An answer as text: a list of choices joined by commas. */
export const answerText = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : String(value);

/** Whether an answer is a link to show as one: a URL question answered with an http(s) address. */
export const isLinkAnswer = (question: Question | undefined, text: string): boolean =>
  question?.type === 'url' && /^https?:\/\//.test(text);

import { describe, expect, it } from 'vitest';
import { buildQuestion, newQuestion, type Question, questionDraft } from './question-draft.ts';

describe('a question as typed', () => {
  it('reads back to the question it came from', () => {
    const questions: Question[] = [
      { id: 'why', label: 'Why?', required: true, type: 'text', maxLength: 500, help: 'Be brief' },
      {
        id: 'car',
        label: 'Car',
        required: false,
        type: 'choice',
        options: ['Small', 'Big car'],
        multiple: true,
      },
      { id: 'age', label: 'Age', required: false, type: 'number', min: 18 },
      { id: 'site', label: 'Site', required: false, type: 'url' },
    ];

    for (const q of questions) expect(buildQuestion(questionDraft(q))).toEqual(q);
  });

  it("sends only its type's fields, after a change of type", () => {
    const draft = {
      ...questionDraft({
        id: 'car',
        label: 'Car',
        required: false,
        type: 'choice',
        options: ['A'],
        multiple: true,
      }),
    };

    expect(buildQuestion({ ...draft, type: 'url', help: '  ' })).toEqual({
      id: 'car',
      label: 'Car',
      required: false,
      type: 'url',
    });
  });

  it('starts a new one as optional text, with an id not taken', () => {
    const first = newQuestion([]);

    expect(first).toMatchObject({ isNew: true, id: 'question', type: 'text', maxLength: '1000' });
    expect(newQuestion([first]).id).toBe('question_2');
  });
});

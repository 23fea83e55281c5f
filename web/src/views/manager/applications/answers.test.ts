import { describe, expect, it } from 'vitest';
import { answerText, isLinkAnswer, orderedAnswers } from './answers.ts';

const questions = [
  { id: 'why', label: 'Why?', type: 'text' },
  { id: 'site', label: 'Your site', type: 'url' },
];

describe('orderedAnswers', () => {
  it('follows the order of the program’s questions, answers to removed ones last', () => {
    // Prepare
    const answers = { gone: 'old', site: 'https://dana.example', why: 'I drive a lot' };

    // Act
    const ordered = orderedAnswers(answers, questions);

    // Assess
    expect(ordered.map(([id]) => id)).toEqual(['why', 'site', 'gone']);
  });
});

describe('answerText and isLinkAnswer', () => {
  it('joins choices with commas, and shows only http(s) answers to URL questions as links', () => {
    expect(answerText(['YouTube', 'TikTok'])).toBe('YouTube, TikTok');
    expect(answerText(12000)).toBe('12000');
    expect(isLinkAnswer(questions[1], 'https://dana.example')).toBe(true);
    expect(isLinkAnswer(questions[1], 'javascript:alert(1)')).toBe(false);
    expect(isLinkAnswer(questions[0], 'https://dana.example')).toBe(false);
    expect(isLinkAnswer(undefined, 'https://dana.example')).toBe(false);
  });
});

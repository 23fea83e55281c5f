import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import type { Question } from '../programs/program.schema.ts';
import { validateAnswers } from './validate-answers.ts';

const questions: Question[] = [
  { id: 'why', label: 'Why?', type: 'text', required: true, maxLength: 20 },
  {
    id: 'channels',
    label: 'Channels',
    type: 'choice',
    options: ['YouTube', 'Blog'],
    multiple: true,
    required: false,
  },
  {
    id: 'main',
    label: 'Main',
    type: 'choice',
    options: ['YouTube', 'Blog'],
    multiple: false,
    required: false,
  },
  { id: 'site', label: 'Site', type: 'url', required: false },
  { id: 'age', label: 'Age', type: 'number', min: 16, max: 120, required: false },
];

const problemsOf = (answers: Record<string, string | number | string[]>) => {
  try {
    validateAnswers(questions, answers);
    return {};
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (error.details as { answers: Record<string, string> }).answers;
  }
};

describe('validateAnswers', () => {
  it('normalises valid answers', () => {
    expect(
      validateAnswers(questions, {
        why: '  Because  ',
        channels: ['Blog', 'Blog'],
        main: 'YouTube',
        site: 'https://a.example/x',
        age: '30',
      }),
    ).toEqual({ why: 'Because', channels: ['Blog'], main: 'YouTube', site: 'https://a.example/x', age: 30 });
  });

  it('names every problem by question id', () => {
    expect(
      problemsOf({ why: ' ', main: ['YouTube', 'Blog'], site: 'javascript:alert(1)', age: 12, extra: 'x' }),
    ).toEqual({
      why: 'An answer is required',
      main: 'Pick one option',
      site: 'Use a link that starts with https://',
      age: 'At least 16',
      extra: 'There is no such question',
    });
    expect(problemsOf({ why: 'x'.repeat(21) })).toEqual({ why: 'At most 20 characters' });
    expect(problemsOf({ why: 'ok', site: 'https://u:p@a.example' })).toEqual({
      site: 'A URL must not carry credentials',
    });
  });

  it('keeps URL answers https: http and every other scheme refused in one plain sentence', () => {
    expect(validateAnswers(questions, { why: 'ok', site: 'https://a.example/x' })).toMatchObject({
      site: 'https://a.example/x',
    });
    for (const site of [
      'http://a.example/x',
      'data:text/html,hi',
      'vbscript:msgbox(1)',
      'ftp://a.example/',
      'JAVASCRIPT:alert(1)',
    ])
      expect(problemsOf({ why: 'ok', site })).toEqual({ site: 'Use a link that starts with https://' });
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (site) => {
        let stored: unknown;
        try {
          stored = validateAnswers(questions, { why: 'ok', site }).site;
        } catch (error) {
          expect(isAppError(error)).toBe(true);
          return;
        }
        if (stored === undefined) return; // a blank answer to an optional question
        const url = new URL(String(stored));
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('refuses numbers DynamoDB cannot store (they were a 500), written as numbers or text', () => {
    for (const age of [1e300, '1e300', 5e-324, '-1e-200', 1e16])
      expect(problemsOf({ why: 'ok', age }), String(age)).toEqual({
        age: 'Out of range: 0, or between 10^-9 and 10^15 in size',
      });
    expect(validateAnswers(questions, { why: 'ok', age: '1e2' })).toMatchObject({ age: 100 });
  });

  it('never throws anything but a validation error, whatever the input', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.array(fc.string(), { maxLength: 5 }));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom('why', 'channels', 'main', 'site', 'age', '__proto__'), fc.string()),
          value,
        ),
        (answers) => {
          try {
            validateAnswers(questions, answers);
          } catch (error) {
            expect(isAppError(error) && error.code === 'validation_failed').toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

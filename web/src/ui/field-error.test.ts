import { describe, expect, it } from 'vitest';
import { errorAt } from './field-error.ts';

describe("a form field's error", () => {
  it('is the problem at its path before any inside it', () => {
    const errors = { 'commission.rate.kind': 'Pick one', 'commission.rate': 'Required' };

    expect(errorAt(errors, 'commission.rate')).toBe('Required');
  });

  it('is a problem inside the field when there is none at it', () => {
    expect(errorAt({ 'commission.rate.basisPoints': 'Too big' }, 'commission.rate')).toBe('Too big');
    expect(errorAt({ 'requirements.platforms.0': 'Unknown' }, 'requirements.platforms')).toBe('Unknown');
  });

  it("leaves a list row's problem to that row's own field", () => {
    const errors = { 'questions.0.label': 'Too long' };

    expect(errorAt(errors, 'questions')).toBeUndefined();
    expect(errorAt(errors, 'questions.0.label')).toBe('Too long');
  });

  it('does not take a field whose name merely starts the same', () => {
    expect(errorAt({ termsUrl: 'Not a URL' }, 'terms')).toBeUndefined();
  });
});

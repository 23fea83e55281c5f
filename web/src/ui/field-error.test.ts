import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../../shared/platform/http/field-labels.ts';
import { FIELD_LABELS_DE } from '../../../shared/platform/http/field-labels-de.ts';
import { setLanguage } from '../i18n/i18n.ts';
import { errorAt, fieldName, withoutFieldPrefix } from './field-error.ts';

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

describe("a field's name in an error", () => {
  it('comes from the names shared with the server, with the position counted from 1', () => {
    expect(fieldName('requirements.hashtags.2')).toBe('Hashtag 3');
    expect(fieldName('postUrl')).toBe('Post link');
    expect(fieldName('questions.0.label')).toBe('Question 1');
    expect(fieldName('commission.byTier.gold.basisPoints')).toBe('Commission rate for tier gold');
  });

  it('is spelled out from the path when no name is shared', () => {
    expect(fieldName('somethingNew.0')).toBe('Something new 1');
  });
});

describe("the API's message about a field", () => {
  it('loses the code name of the field it starts with', () => {
    expect(withoutFieldPrefix('postUrl: this is not an Instagram post link', 'postUrl')).toBe(
      'This is not an Instagram post link',
    );
    expect(withoutFieldPrefix('Accept the terms', 'consent')).toBe('Accept the terms');
  });
});

describe("a field's name in German", () => {
  afterEach(() => setLanguage('en'));

  it('comes from the German table of the same fields once German is chosen', async () => {
    expect(fieldName('accountHolder')).toBe('Account holder');
    await setLanguage('de');
    expect(fieldName('accountHolder')).toBe(FIELD_LABELS_DE.accountHolder);
    expect(fieldName('requirements.hashtags.2')).toBe(
      (FIELD_LABELS_DE['requirements.hashtags.*'] ?? '').replace('{n}', '3'),
    );
  });

  it('is there for every field the server names, with the same placeholders, and in German', () => {
    expect(Object.keys(FIELD_LABELS_DE)).toEqual(Object.keys(FIELD_LABELS));
    for (const [pattern, english] of Object.entries(FIELD_LABELS)) {
      const german = FIELD_LABELS_DE[pattern] ?? '';
      expect(german.match(/\{\w+\}/g) ?? [], pattern).toEqual(english.match(/\{\w+\}/g) ?? []);
    }
    const same = Object.entries(FIELD_LABELS).filter(
      ([pattern, english]) => FIELD_LABELS_DE[pattern] === english,
    );
    // Names that are the same in German: product names and loanwords.
    expect(same.length, same.map(([p]) => p).join(', ')).toBeLessThan(Object.keys(FIELD_LABELS).length / 4);
  });
});

import { describe, expect, it } from 'vitest';
import { messageShape } from './message-shape.ts';
import { NOTICE_TYPES } from './notice-text.ts';
import { de } from './notices/de.ts';
import { en } from './notices/en.ts';

/** The notices' catalogues hold: German keeps each English message's values and forms, translated. */
describe('the notices catalogues', () => {
  it('have the same keys in both languages, and a title and a body for every catalogued type', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const type of NOTICE_TYPES)
      expect(Object.keys(en)).toEqual(expect.arrayContaining([`${type}.title`, `${type}.body`]));
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: German takes the same values', (key) => {
    const english = messageShape(en[key]);
    expect(english.join(' ')).not.toContain('NO OTHER FORM');
    expect(messageShape(de[key])).toEqual(english);
    if (key !== 'email.signature') expect(de[key]).not.toBe(en[key]);
  });
});

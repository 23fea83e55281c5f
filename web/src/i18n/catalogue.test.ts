import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { de } from './messages/de/index.ts';
import { en } from './messages/en/index.ts';
import { NOT_YET_TRANSLATED } from './not-yet-translated.ts';
import { sourceFiles, untranslated } from './source-words.ts';

/**
 * The catalogues hold: every English message has a German one with the same placeholders, tags
 * and plural forms, actually translated; and no dashboard source shows words a catalogue does not
 * hold.
 */
/** Words that are the same in German (names, and words German uses as they are). */
const SAME_IN_GERMAN = new Set<string>([
  'Challenge',
  'Challenges',
  'Enter',
  'Esc',
  'Feedback',
  'Hashtags',
  'Likes',
  'Manager',
]);

describe('the message catalogues', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s parses, and German has its placeholders, tags and plural forms', (key) => {
    const english = shape(parse(en[key as keyof typeof en]));
    const german = shape(parse(de[key as keyof typeof de]));
    expect(german).toEqual(english);
  });

  it('translate every message into German', () => {
    const same = Object.keys(en).filter(
      (key) =>
        en[key as keyof typeof en] === de[key as keyof typeof de] &&
        !SAME_IN_GERMAN.has(en[key as keyof typeof en]),
    );
    expect(same, 'messages whose German is the English').toEqual([]);
  });
});

describe('the dashboard source', () => {
  const files = sourceFiles();

  it('shows no words outside the catalogues (but in the files still to be translated)', () => {
    const found = files
      .filter((file) => !NOT_YET_TRANSLATED.includes(file))
      .flatMap((file) => untranslated(file).map((words) => `${file}: ${words}`));
    expect(found).toEqual([]);
  });

  it('lists as still to be translated only files that still have words to translate', () => {
    const done = NOT_YET_TRANSLATED.filter(
      (file) => !files.includes(file) || untranslated(file).length === 0,
    );
    expect(done, 'translated (or gone): take them off not-yet-translated.ts').toEqual([]);
  });
});

/** What a translation must keep of a message: its arguments with their kinds, its tags, plural forms. */
function shape(elements: MessageFormatElement[]): string[] {
  const found: string[] = [];
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.argument) found.push(`{${element.value}}`);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
        found.push(`{${element.value}, ${TYPE[element.type]}}`);
      else if (element.type === TYPE.plural || element.type === TYPE.select) {
        const options = Object.keys(element.options);
        // Every plural needs `other`; `one` is where English and German differ from it.
        found.push(
          `{${element.value}, ${TYPE[element.type]}: ${element.type === TYPE.plural ? 'other' : options.sort().join(' ')}}`,
        );
        if (element.type === TYPE.plural)
          expect(options, `${element.value}: plural forms`).toContain('other');
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        found.push(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(elements);
  return [...new Set(found)].sort();
}

import { describe, expect, it } from 'vitest';
import { messageShape } from '../../../shared/i18n/message-shape.ts';
import { de } from './messages/de/index.ts';
import { en } from './messages/en/index.ts';
import { sourceFiles, untranslated } from './source-words.ts';

/**
 * The catalogues hold: every English message has a German one with the same placeholders, tags
 * and plural forms, actually translated; and no dashboard source shows words a catalogue does not
 * hold.
 */
/** Words that are the same in German (names, and words German uses as they are). */
const SAME_IN_GERMAN = new Set<string>([
  'BIC (optional)',
  'Challenge',
  'Challenges',
  'Enter',
  'Esc',
  'Feedback',
  'Hashtags',
  'Hashtags: {hashtags}',
  'https://…',
  'Link: {problem}.',
  'Likes',
  'Manager',
  'Optional',
  'Team',
  'Status',
  'Status:',
  'IBAN',
  'PayPal',
  'Status: ',
  'Shopify',
  'Webhooks',
  '{reason}.',
]);

describe('the message catalogues', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s parses, and German has its placeholders, tags and plural forms', (key) => {
    const english = messageShape(en[key as keyof typeof en]);
    expect(english.join(' '), 'every plural has an other form').not.toContain('NO OTHER FORM');
    expect(messageShape(de[key as keyof typeof de])).toEqual(english);
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

  it('shows no words outside the catalogues', () => {
    const found = files.flatMap((file) => untranslated(file).map((words) => `${file}: ${words}`));
    expect(found).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { RequirementsSchema } from './challenge.schema.ts';

describe('challenge hashtags and mentions', () => {
  it('are checked as sent: the spaces around a tag are refused, as the document’s pattern says', () => {
    for (const tag of [' #fiesta', '#fiesta ', '\tfiesta', 'fiesta\n'])
      expect(RequirementsSchema.safeParse({ hashtags: [tag] }).success, JSON.stringify(tag)).toBe(false);
    expect(
      RequirementsSchema.parse({ hashtags: ['fiesta', '#Ünïcode_2'], mentions: ['@brand'] }),
    ).toMatchObject({
      hashtags: ['#fiesta', '#Ünïcode_2'],
      mentions: ['@brand'],
    });
  });
});

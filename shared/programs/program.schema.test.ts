import { describe, expect, it } from 'vitest';
import { QuestionSchema } from './program.schema.ts';

describe('QuestionSchema', () => {
  it('refuses number bounds DynamoDB cannot store (creating the program was a 500)', () => {
    const question = { id: 'followers', label: 'Followers', type: 'number' };
    for (const bound of [1e300, -1e200, 5e-324])
      expect(QuestionSchema.safeParse({ ...question, min: bound }).success, String(bound)).toBe(false);
    expect(QuestionSchema.safeParse({ ...question, min: 0, max: 1e12 }).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { changedFields, withField } from './draft.ts';

describe('a draft', () => {
  it('changes one field in a new object and leaves the old one as it was', () => {
    const before = { name: 'Fiesta', days: '30' };

    const after = withField(before, 'days', '45');

    expect(after).toEqual({ name: 'Fiesta', days: '45' });
    expect(before).toEqual({ name: 'Fiesta', days: '30' });
  });

  it('is a new object even when the value is the same, so any edit counts as one', () => {
    const before = { name: 'Fiesta' };

    expect(withField(before, 'name', 'Fiesta')).not.toBe(before);
  });

  it('keeps only the fields that differ from the current values, nested ones compared whole', () => {
    // Prepare: what was loaded, and the form's values with a name and one tier's points changed.
    const current = { name: 'Fiesta', tiers: [{ id: 'a', minPoints: 0 }], termsUrl: null, extra: 1 };
    const next = { name: 'Fiesta 2', tiers: [{ id: 'a', minPoints: 10 }], termsUrl: null };

    // Act
    const patch = changedFields(next, current);

    // Assess: what the loaded item has besides the form's fields is not the form's to send.
    expect(patch).toEqual({ name: 'Fiesta 2', tiers: [{ id: 'a', minPoints: 10 }] });
  });

  it('finds nothing changed when the values are the same', () => {
    expect(changedFields({ a: [1, 2], b: { c: 'd' } }, { a: [1, 2], b: { c: 'd' } })).toEqual({});
  });
});

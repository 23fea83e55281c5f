import { describe, expect, it } from 'vitest';
import { SETTINGS_SECTIONS, sectionAt } from './sections.ts';

describe('sectionAt', () => {
  it('finds the section an address names, and none for the bare address or an unknown name', () => {
    expect(sectionAt(['commission'])?.label).toBe('Commission');
    expect(sectionAt(['content-terms'])?.label).toBe('Content rights');
    expect(sectionAt([])).toBeUndefined();
    expect(sectionAt(['nothing-here'])).toBeUndefined();
  });

  it('gives every section an address of its own', () => {
    const ids = SETTINGS_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+$/);
  });
});

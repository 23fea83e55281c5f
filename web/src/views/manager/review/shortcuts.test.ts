import { describe, expect, it } from 'vitest';
import { readShortcutsOn, shortcutFor, storeShortcutsOn } from './shortcuts.ts';

describe('shortcutFor', () => {
  it('moves with j and k anywhere, with the arrows only on a post', () => {
    expect(shortcutFor('j', { onPost: false, pending: false })).toBe('next');
    expect(shortcutFor('k', { onPost: false, pending: false })).toBe('previous');
    expect(shortcutFor('ArrowDown', { onPost: true, pending: false })).toBe('next');
    expect(shortcutFor('ArrowUp', { onPost: true, pending: false })).toBe('previous');
    // Elsewhere the arrows scroll the page.
    expect(shortcutFor('ArrowDown', { onPost: false, pending: true })).toBeUndefined();
  });

  it('decides only on a post that still waits', () => {
    expect(shortcutFor('a', { onPost: false, pending: true })).toBe('approve');
    expect(shortcutFor('c', { onPost: false, pending: true })).toBe('request_changes');
    expect(shortcutFor('r', { onPost: false, pending: true })).toBe('reject');
    for (const key of ['a', 'c', 'r'])
      expect(shortcutFor(key, { onPost: true, pending: false })).toBeUndefined();
  });

  it('shows and hides the help, and leaves other keys alone', () => {
    expect(shortcutFor('?', { onPost: false, pending: false })).toBe('toggle_help');
    expect(shortcutFor('Escape', { onPost: false, pending: false })).toBe('close_help');
    expect(shortcutFor('x', { onPost: true, pending: true })).toBeUndefined();
  });
});

describe('the shortcuts setting', () => {
  it('is on where there is no storage to read, and storing it there does not throw', () => {
    // Node has no localStorage: as in a browser that refuses it.
    expect(readShortcutsOn()).toBe(true);
    expect(() => storeShortcutsOn(false)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { fulfilmentShortcutFor } from './fulfilment-shortcuts.ts';

describe('the fulfilment queue’s keys', () => {
  it('move like the review queue’s', () => {
    expect(fulfilmentShortcutFor('j', { onItem: false, status: undefined })).toBe('next');
    expect(fulfilmentShortcutFor('k', { onItem: false, status: 'fulfilled' })).toBe('previous');
    expect(fulfilmentShortcutFor('ArrowDown', { onItem: true, status: 'requested' })).toBe('next');
    expect(fulfilmentShortcutFor('ArrowDown', { onItem: false, status: 'requested' })).toBeUndefined();
    expect(fulfilmentShortcutFor('?', { onItem: false, status: undefined })).toBe('toggle_help');
    expect(fulfilmentShortcutFor('Escape', { onItem: false, status: undefined })).toBe('close_help');
  });

  it('approve and reject a request that waits, and fulfil an approved one', () => {
    expect(fulfilmentShortcutFor('a', { onItem: true, status: 'requested' })).toBe('approve');
    expect(fulfilmentShortcutFor('r', { onItem: true, status: 'requested' })).toBe('reject');
    expect(fulfilmentShortcutFor('f', { onItem: true, status: 'approved' })).toBe('fulfil');
    expect(fulfilmentShortcutFor('a', { onItem: true, status: 'approved' })).toBeUndefined();
    expect(fulfilmentShortcutFor('f', { onItem: true, status: 'requested' })).toBeUndefined();
    expect(fulfilmentShortcutFor('r', { onItem: true, status: 'fulfilled' })).toBeUndefined();
  });

  it('leaves c alone: nothing here asks for changes', () => {
    expect(fulfilmentShortcutFor('c', { onItem: true, status: 'requested' })).toBeUndefined();
  });
});

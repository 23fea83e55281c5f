import { describe, expect, it } from 'vitest';
import { chainText, count, monthSeconds, topTransitions } from './analytics-format.ts';

describe('the analytics formats', () => {
  it('places a month at its first second, UTC', () => {
    expect(monthSeconds('2026-02')).toBe(Date.UTC(2026, 1, 1) / 1000);
  });

  it('shows a count, or a dash for none yet (zero is a count)', () => {
    expect(count(0)).toBe('0');
    expect(count(12)).toBe('12');
    expect(count(null)).toBe('–');
    expect(count(undefined)).toBe('–');
  });

  it('reads a chain as words joined by arrows', () => {
    expect(chainText(['post_submitted', 'post_approved', 'order'])).toBe(
      'post submitted → post approved → order',
    );
  });
});

describe('topTransitions', () => {
  it('keeps the most frequent first, up to the limit, leaving its input alone', () => {
    // Prepare
    const transitions = [
      { from: 'a', count: 1 },
      { from: 'b', count: 5 },
      { from: 'c', count: 3 },
    ];

    // Act
    const top = topTransitions(transitions, 2);

    // Assess
    expect(top.map((t) => t.from)).toEqual(['b', 'c']);
    expect(transitions.map((t) => t.from)).toEqual(['a', 'b', 'c']);
  });
});

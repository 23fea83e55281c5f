import { describe, expect, it } from 'vitest';
import { shareOf } from './mail-transport.ts';
import { SendPacer } from './send-pacer.ts';

describe('SendPacer', () => {
  it('spaces sends one interval apart, from the first', async () => {
    // Prepare: a clock that moves only when the pacer waits.
    let now = 1_000;
    const waits: number[] = [];
    const pacer = new SendPacer(4, {
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });

    // Act
    for (let i = 0; i < 4; i++) await pacer.turn();

    // Assess: 4 a second is one every 250 ms; the first goes at once.
    expect(waits).toEqual([250, 250, 250]);
    expect(now).toBe(1_750);
  });

  it('does not wait when the sends are slower than the rate', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new SendPacer(2, { now: () => now, sleep: async (ms) => void waits.push(ms) });
    await pacer.turn();
    now += 800;
    await pacer.turn();
    expect(waits).toEqual([]);
  });
});

describe('shareOf', () => {
  it('shares the account’s rate among the senders, but gives each at least one a second (or the account’s rate)', () => {
    expect(shareOf(14)).toBe(3.5);
    expect(shareOf(1)).toBe(1);
    expect(shareOf(0.5)).toBe(0.5);
    expect(shareOf(200)).toBe(50);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionLine } from './commission-fixture.ts';
import { BATCH, batchesOf, owingAmbassadors, totalOf } from './payout-batches.ts';

describe('batchesOf', () => {
  it('sends a small payout as one batch', () => {
    // Prepare
    const lines = [commissionLine('a', 500), commissionLine('b', 300), commissionLine('a', -100)];

    // Act
    const batches = batchesOf(lines);

    // Assess
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((l) => l.commissionId).sort()).toEqual(lines.map((l) => l.commissionId).sort());
  });

  it('keeps an ambassador’s lines in one batch when they fit', () => {
    // Prepare: 60 lines for a, 60 for b: 120 in all, more than one call holds.
    const lines = [
      ...Array.from({ length: 60 }, () => commissionLine('a', 100)),
      ...Array.from({ length: 60 }, () => commissionLine('b', 100)),
    ];

    // Act
    const batches = batchesOf(lines);

    // Assess
    expect(batches).toHaveLength(2);
    for (const batch of batches) expect(new Set(batch.map((l) => l.ambassadorId)).size).toBe(1);
  });

  it('puts the clawbacks of a long list with commissions that cover them', () => {
    // Prepare: 150 lines of one ambassador, two of them clawbacks.
    const lines = [
      ...Array.from({ length: 148 }, () => commissionLine('a', 100)),
      commissionLine('a', -3_000),
      commissionLine('a', -1_000),
    ];

    // Act
    const batches = batchesOf(lines);

    // Assess
    for (const batch of batches) expect(totalOf(batch)).toBeGreaterThanOrEqual(0);
  });

  it('sends every line exactly once, in batches the API accepts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: -2_000, max: 10_000 })), {
          maxLength: 400,
        }),
        (specs) => {
          const lines = specs.map(([ambassador, amount]) => commissionLine(ambassador, amount));
          const batches = batchesOf(lines);
          const sent = batches.flat().map((l) => l.commissionId);
          expect(sent.sort()).toEqual(lines.map((l) => l.commissionId).sort());
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(BATCH);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('owingAmbassadors', () => {
  it('names the ambassadors whose chosen clawbacks outweigh their chosen commissions', () => {
    // Prepare
    const chosen = [
      commissionLine('a', 500),
      commissionLine('a', -200),
      commissionLine('b', 100),
      commissionLine('b', -300),
    ];

    // Act and assess
    expect(owingAmbassadors(chosen)).toEqual(['b']);
    expect(owingAmbassadors([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bulkSummary } from './bulk-summary.ts';

describe('bulkSummary', () => {
  it('says how many went through when all did', () => {
    expect(bulkSummary('approve', 3, { decided: 3, conflicts: 0, failed: 0 })).toEqual({
      kind: 'success',
      text: 'Approved 3 applications.',
    });
    expect(bulkSummary('reject', 1, { decided: 1, conflicts: 0, failed: 0 }).text).toBe(
      'Rejected 1 application.',
    );
  });

  it('names the conflicts and the failures, and warns', () => {
    // Act
    const summary = bulkSummary('approve', 5, { decided: 2, conflicts: 1, failed: 2 });

    // Assess
    expect(summary.kind).toBe('warning');
    expect(summary.text).toBe(
      'Approved 2 of 5. 1 was already decided by someone else: its row shows the decision. ' +
        '2 failed: the reason is on each row, still selected.',
    );
  });

  it('speaks of several conflicts and one failure in their own words', () => {
    expect(bulkSummary('reject', 4, { decided: 1, conflicts: 2, failed: 1 }).text).toBe(
      'Rejected 1 of 4. 2 were already decided by someone else: their rows show the decision. ' +
        '1 failed: the reason is on its row, still selected.',
    );
  });
});

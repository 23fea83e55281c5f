import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n/i18n.ts';
import { changedField, changedValue, summaryWords } from './audit-words.ts';
import type { AuditEntry } from './team-api.ts';

const entry = (fields: Pick<AuditEntry, 'type' | 'summary'> & Partial<AuditEntry>): AuditEntry => ({
  auditId: 'a1',
  programId: 'p1',
  at: '2026-12-07T10:00:00.000Z',
  actorId: 'u1',
  actorRole: 'owner',
  target: { kind: 'member', id: 'u2' },
  ...fields,
});

describe("an audit entry's words", () => {
  afterEach(() => setLanguage('en'));

  it('are, in English, the sentence the server stored', () => {
    const entries = [
      entry({
        type: 'member.role_changed',
        summary: 'Changed a manager to brand',
        values: { from: 'manager', to: 'brand' },
      }),
      entry({
        type: 'points.adjusted',
        summary: 'Deducted 40 points',
        values: { change: 'deducted', points: 40 },
      }),
      entry({
        type: 'ownership.transferred',
        summary: 'Made a team member owner',
        values: { handedOver: 'no' },
      }),
      entry({ type: 'program.updated', summary: 'Saved the settings unchanged', values: {} }),
      entry({
        type: 'submission.changes_requested',
        summary: 'Asked for changes to a post for "Road trip"',
        values: { challenge: 'Road trip' },
      }),
    ];
    for (const e of entries) expect(summaryWords(e)).toBe(e.summary);
  });

  it('are the stored summary for an entry written before values existed', async () => {
    await setLanguage('de');
    expect(summaryWords(entry({ type: 'points.adjusted', summary: 'Gave 5 points' }))).toBe('Gave 5 points');
  });

  it('name the changed fields, roles and channels in German once German is chosen', async () => {
    await setLanguage('de');
    const updated = entry({
      type: 'program.updated',
      summary: 'Changed name',
      values: {},
      changes: [{ field: 'name', before: 'A', after: 'B' }],
    });
    expect(summaryWords(updated)).toBe(`Geändert: ${changedField(updated, 'name')}`);
    expect(changedField(updated, 'name')).not.toBe('Name of the program');
    const notices = entry({
      type: 'notifications.changed',
      summary: 'A member changed how they get badge_earned',
      values: {},
    });
    expect(changedField(notices, 'badge_earned')).not.toBe('Badge_earned');
    expect(changedValue('manager')).toBe('Manager');
    expect(changedValue('in_app')).not.toBe('in_app');
    expect(changedValue('Road trip')).toBe('Road trip');
    expect(changedValue(undefined)).toBe('…');
    // A commission rate as the settings read it, not its kind and basis points.
    const commission = changedValue(
      { rate: { kind: 'percent', basisPoints: 1000 }, holdingDays: 30 },
      'commission',
      'EUR',
    );
    expect(commission).toMatch(/: 10\s%; /);
    expect(commission).not.toMatch(/percent|1\.000/);
    expect(changedValue({ kind: 'flat', amount: 250 }, 'commission.rate', 'EUR')).toMatch(/2,50\s€$/);
  });
});

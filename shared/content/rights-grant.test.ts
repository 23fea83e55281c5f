import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import type { ContentTerms } from './content-terms.schema.ts';
import { addMonths, planRightsGrant } from './rights-grant.ts';

const TERMS: ContentTerms = {
  version: '3',
  text: 'Reuse it.',
  scopes: ['organic', 'website'],
  durationMonths: 6,
};

/** The code a call refuses with, or `ok`. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe('addMonths', () => {
  it('moves by calendar months, onto the last day of a shorter month', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths('2026-08-31T23:59:59.999Z', 6)).toBe('2027-02-28T23:59:59.999Z');
    expect(addMonths('2026-03-15T00:00:00.000Z', 12)).toBe('2027-03-15T00:00:00.000Z');
    expect(addMonths('2026-11-30T08:00:00.000Z', 3)).toBe('2027-02-28T08:00:00.000Z');
  });
});

describe('planRightsGrant', () => {
  const at = '2026-05-01T12:00:00.000Z';

  it('records the version, the text’s SHA-256 in hex, the scopes and the expiry', () => {
    expect(planRightsGrant(TERMS, false, { termsVersion: '3', scopes: ['website'] }, at)).toEqual({
      termsVersion: '3',
      termsSha256: createHash('sha256').update('Reuse it.').digest('hex'),
      scopes: ['website'],
      grantedAt: at,
      expiresAt: '2026-11-01T12:00:00.000Z',
      endsAt: '2026-11-01T12:00:00.000Z',
    });
  });

  it('lets an ambassador decline where no grant is required, and not where one is', () => {
    expect(planRightsGrant(TERMS, false, undefined, at)).toBeUndefined();
    expect(planRightsGrant(undefined, undefined, undefined, at)).toBeUndefined();
    expect(outcome(() => planRightsGrant(TERMS, true, undefined, at))).toBe('validation_failed');
  });

  it('refuses stale versions (conflict), scopes outside the terms, and grants without terms', () => {
    expect(outcome(() => planRightsGrant(TERMS, false, { termsVersion: '2', scopes: ['organic'] }, at))).toBe(
      'conflict',
    );
    expect(
      outcome(() =>
        planRightsGrant(TERMS, false, { termsVersion: '3', scopes: ['organic', 'paid_ads'] }, at),
      ),
    ).toBe('validation_failed');
    expect(
      outcome(() => planRightsGrant(undefined, false, { termsVersion: '3', scopes: ['organic'] }, at)),
    ).toBe('validation_failed');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../i18n/notices/en.ts';
import { defaultLadder } from './default-ladder.ts';
import { DEFAULT_BADGES, DEFAULT_TIERS } from './program.schema.ts';

describe('defaultLadder', () => {
  it('is the stored defaults in English, and the catalogue says the same words', async () => {
    expect(await defaultLadder('en')).toEqual({ tiers: DEFAULT_TIERS, badges: DEFAULT_BADGES });
    const catalogue: Record<string, string> = en;
    for (const tier of DEFAULT_TIERS) expect(catalogue[`defaults.tier.${tier.id}`]).toBe(tier.name);
    for (const badge of DEFAULT_BADGES) {
      expect(catalogue[`defaults.badge.${badge.id}.name`]).toBe(badge.name);
      expect(catalogue[`defaults.badge.${badge.id}.description`]).toBe(badge.description);
    }
  });

  it('names every tier and badge in German, keeping their ids, thresholds and rules', async () => {
    const { tiers, badges } = await defaultLadder('de');
    expect(tiers.map((t) => [t.id, t.name, t.minPoints])).toEqual([
      ['member', 'Mitglied', 0],
      ['insider', 'Insider', 500],
      ['expert', 'Profi', 2000],
    ]);
    expect(badges.map((b) => b.id)).toEqual(DEFAULT_BADGES.map((b) => b.id));
    expect(badges.map((b) => b.rule)).toEqual(DEFAULT_BADGES.map((b) => b.rule));
    expect(badges[0]).toMatchObject({
      name: 'Erster Beitrag',
      description: 'Ihr erster angenommener Beitrag',
    });
    for (const badge of badges) expect(badge.name).not.toMatch(/^defaults\./);
  });
});

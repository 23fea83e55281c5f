import { describe, expect, it } from 'vitest';
import { ProgramSchema } from '../../../../../shared/programs/program.schema.ts';
import type { Program } from '../../../program-context.ts';
import { buildPatch, toDraft } from './settings-draft.ts';
import { newTier } from './tier-draft.ts';

/** A program as the API sends it, with the schema's default tiers, badges and commission. */
const program: Program = ProgramSchema.parse({
  programId: 'p1',
  name: 'Fiesta Agents',
  brandName: 'Fiesta',
  slug: 'fiesta-agents',
  description: 'Drive and film.',
  landingUrl: 'https://shop.example.com/spring',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  questions: [{ id: 'why', label: 'Why?', required: true, type: 'text', maxLength: 500 }],
  reapplyCooldownDays: 30,
  termsVersion: '1',
  commission: {
    rate: { kind: 'percent', basisPoints: 1000 },
    byTier: { expert: { kind: 'flat', amount: 700 } },
    firstOrderOnly: false,
    holdingDays: 30,
  },
  createdBy: 'u1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('the settings draft', () => {
  it('sends nothing when nothing was edited', () => {
    expect(buildPatch(toDraft(program), program)).toEqual({});
  });

  it('sends only the fields that were edited, read from their text', () => {
    // Prepare
    const draft = toDraft(program);
    draft.name = 'Fiesta Drivers';
    draft.allowedDomains = 'a.example.com, b.example.com\nc.example.com';
    draft.termsUrl = '  ';
    draft.holdingDays = '14';

    // Act
    const patch = buildPatch(draft, program);

    // Assess: an empty terms URL is "none" (null), which is what the program has already.
    expect(patch).toEqual({
      name: 'Fiesta Drivers',
      allowedDomains: ['a.example.com', 'b.example.com', 'c.example.com'],
      commission: { ...program.commission, holdingDays: 14 },
    });
  });

  it('sends content terms once they are typed, unchanged ones not at all, and none as null', () => {
    // Prepare
    const draft = toDraft(program);
    draft.contentVersion = ' 2026-1 ';
    draft.contentText = 'Reuse my post.\n';
    draft.contentScopes = ['paid_ads', 'organic'];
    draft.contentMonths = '12';
    const terms = {
      version: '2026-1',
      text: 'Reuse my post.',
      scopes: ['paid_ads', 'organic'],
      durationMonths: 12,
    };

    // Act, Assess
    expect(buildPatch(draft, program)).toEqual({ contentTerms: terms });
    const withTerms = { ...program, contentTerms: terms } as Program;
    expect(buildPatch(toDraft(withTerms), withTerms)).toEqual({});
    const cleared = {
      ...toDraft(withTerms),
      contentVersion: '',
      contentText: '',
      contentScopes: [],
      contentMonths: '',
    };
    expect(buildPatch(cleared, withTerms)).toEqual({ contentTerms: null });
  });

  it("keeps a tier's rate by the tier's row, so it follows a new tier's id and goes with a removed tier", () => {
    // Prepare: a new tier named after the draft was made, with a rate; the expert tier removed.
    const draft = toDraft(program);
    const added = { ...newTier(draft.tiers), name: 'Legend', id: 'legend' };
    draft.tiers = [...draft.tiers.filter((t) => t.id !== 'expert'), added];
    draft.byTier = { ...draft.byTier, [added.key]: { kind: 'percent', value: '15' } };

    // Act
    const patch = buildPatch(draft, program);

    // Assess
    expect(patch.commission?.byTier).toEqual({ legend: { kind: 'percent', basisPoints: 1500 } });
    expect(patch.tiers?.map((t) => t.id)).toEqual(['member', 'insider', 'legend']);
  });

  it('gives each row of each list its own key', () => {
    const draft = toDraft(program);
    const keys = [...draft.questions, ...draft.tiers, ...draft.badges].map((row) => row.key);

    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(draft.byTier).map(Number)).toEqual(draft.tiers.map((t) => t.key));
  });
});

describe('the minimum payout', () => {
  it('is typed in major units and sent in minor units', () => {
    const draft = toDraft(program);
    expect(draft.minimumPayout).toBe('0');
    draft.minimumPayout = '25.5';
    expect(buildPatch(draft, program)).toEqual({ minimumPayout: 2_550 });
  });
});

import type { Program } from '../../../program-context.ts';
import { numberOf } from '../../../ui/field-text.ts';
import { type Keyed, newKey } from '../../../ui/list-edits.ts';
import { readableId, TIER_ID } from './readable-id.ts';

export type Tier = Program['tiers'][number];
export type TierDraft = Keyed & { isNew: boolean; id: string; name: string; minPoints: string };

export function tierDraft(t: Tier): TierDraft {
  return { key: newKey(), isNew: false, id: t.id, name: t.name, minPoints: String(t.minPoints) };
}

/** A tier after the last: 500 points above it, as a start to edit. */
export function newTier(others: readonly TierDraft[]): TierDraft {
  const last = others[others.length - 1];
  return {
    key: newKey(),
    isNew: true,
    id: readableId(
      '',
      TIER_ID,
      others.map((t) => t.id),
    ),
    name: '',
    minPoints: String((Number(last?.minPoints) || 0) + 500),
  };
}

export function buildTier(t: TierDraft): Tier {
  return { id: t.id, name: t.name, minPoints: numberOf(t.minPoints) };
}

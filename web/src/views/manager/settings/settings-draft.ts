import type { ContentScope } from '../../../api/content.ts';
import type { Program } from '../../../program-context.ts';
import { changedFields } from '../../../ui/draft.ts';
import { numberOf, wordsOf } from '../../../ui/field-text.ts';
import { minorDigits } from '../../../ui/format.ts';
import { withHttps } from '../../../ui/https-link.ts';
import type { DraftState } from '../../../ui/use-draft.ts';
import { type BadgeDraft, badgeDraft, buildBadge } from './badge-draft.ts';
import { buildQuestion, type QuestionDraft, questionDraft } from './question-draft.ts';
import { type RateDraft, rateDraft, rateOf } from './rate-draft.ts';
import type { Patch } from './settings-api.ts';
import { buildTier, type TierDraft, tierDraft } from './tier-draft.ts';

/** The program's settings as typed in the one settings form. */
export type SettingsDraft = {
  name: string;
  brandName: string;
  description: string;
  landingUrl: string;
  allowedDomains: string;
  questions: QuestionDraft[];
  reapplyCooldownDays: string;
  tiers: TierDraft[];
  badges: BadgeDraft[];
  rate: RateDraft;
  /** Per-tier rates by the tier's draft key: a new tier's id changes while its name is typed. */
  byTier: Record<number, RateDraft>;
  firstOrderOnly: boolean;
  holdingDays: string;
  /** In major units (25 for €25), as people think of a minimum. */
  minimumPayout: string;
  attributionWindowDays: string;
  attributionModel: Program['attributionModel'];
  challengeAnnouncements: Program['challengeAnnouncements'];
  pointsPerSale: string;
  pointsPerRecruit: string;
  /** Code-only orders from new customers per code per day that raise a leak alert; 0: off. */
  leakAlertPerDay: string;
  termsVersion: string;
  termsUrl: string;
  /** Content-usage terms: all empty when the program asks for no rights grants. */
  contentVersion: string;
  contentText: string;
  contentScopes: ContentScope[];
  contentMonths: string;
};

export function toDraft(program: Program): SettingsDraft {
  const tiers = program.tiers.map(tierDraft);
  return {
    name: program.name,
    brandName: program.brandName,
    description: program.description,
    landingUrl: program.landingUrl,
    allowedDomains: program.allowedDomains.join('\n'),
    questions: program.questions.map(questionDraft),
    reapplyCooldownDays: String(program.reapplyCooldownDays),
    tiers,
    badges: program.badges.map(badgeDraft),
    rate: rateDraft(program.commission.rate),
    byTier: Object.fromEntries(tiers.map((t) => [t.key, rateDraft(program.commission.byTier[t.id])])),
    firstOrderOnly: program.commission.firstOrderOnly,
    holdingDays: String(program.commission.holdingDays),
    minimumPayout: String(program.minimumPayout / 10 ** minorDigits(program.currency)),
    attributionWindowDays: String(program.attributionWindowDays),
    attributionModel: program.attributionModel,
    challengeAnnouncements: program.challengeAnnouncements,
    pointsPerSale: String(program.pointsPerSale),
    pointsPerRecruit: String(program.pointsPerRecruit),
    leakAlertPerDay: String(program.leakAlert.codeOnlyOrdersPerDay),
    termsVersion: program.termsVersion,
    termsUrl: program.termsUrl ?? '',
    contentVersion: program.contentTerms?.version ?? '',
    contentText: program.contentTerms?.text ?? '',
    contentScopes: program.contentTerms?.scopes ?? [],
    contentMonths: program.contentTerms ? String(program.contentTerms.durationMonths) : '',
  };
}

/** The content terms as the API takes them; null (none) when every field is empty. */
function contentTermsOf(draft: SettingsDraft): NonNullable<Patch['contentTerms']> | null {
  const empty =
    !draft.contentVersion.trim() &&
    !draft.contentText.trim() &&
    !draft.contentMonths.trim() &&
    draft.contentScopes.length === 0;
  if (empty) return null;
  return {
    version: draft.contentVersion.trim(),
    text: draft.contentText.trim(),
    scopes: draft.contentScopes,
    durationMonths: numberOf(draft.contentMonths),
  };
}

/** The settings as the API takes them: only what differs from the program as loaded. */
export function buildPatch(draft: SettingsDraft, program: Program): Patch {
  // Keyed by each tier's id as it is saved (a removed tier's rate goes with it).
  const byTier = Object.fromEntries(
    draft.tiers.flatMap((t) => {
      const rate = draft.byTier[t.key];
      const built = rate ? rateOf(rate) : undefined;
      return built ? [[t.id, built]] : [];
    }),
  );
  // The public page is not edited in this form yet: PATCH takes it whole, through the API.
  const full: Required<Omit<Patch, 'slug' | 'timeZone' | 'currency' | 'publicPage'>> = {
    name: draft.name,
    brandName: draft.brandName,
    description: draft.description,
    landingUrl: withHttps(draft.landingUrl),
    allowedDomains: wordsOf(draft.allowedDomains),
    questions: draft.questions.map(buildQuestion),
    reapplyCooldownDays: numberOf(draft.reapplyCooldownDays),
    tiers: draft.tiers.map(buildTier),
    badges: draft.badges.map(buildBadge),
    commission: {
      rate: rateOf(draft.rate) ?? program.commission.rate,
      byTier,
      firstOrderOnly: draft.firstOrderOnly,
      holdingDays: numberOf(draft.holdingDays),
    },
    minimumPayout: Math.round(numberOf(draft.minimumPayout) * 10 ** minorDigits(program.currency)),
    attributionWindowDays: numberOf(draft.attributionWindowDays),
    attributionModel: draft.attributionModel,
    challengeAnnouncements: draft.challengeAnnouncements,
    pointsPerSale: numberOf(draft.pointsPerSale),
    pointsPerRecruit: numberOf(draft.pointsPerRecruit),
    leakAlert: { codeOnlyOrdersPerDay: numberOf(draft.leakAlertPerDay) },
    termsVersion: draft.termsVersion,
    termsUrl: draft.termsUrl.trim() ? withHttps(draft.termsUrl) : null,
    contentTerms: contentTermsOf(draft),
  };
  return changedFields(full, {
    ...program,
    termsUrl: program.termsUrl ?? null,
    contentTerms: program.contentTerms ?? null,
  }) as Patch;
}

/** What each section of the settings form is given: the one draft, and the API's problem at a path. */
export type SectionProps = {
  form: DraftState<SettingsDraft>;
  err: (path: string) => string | undefined;
};

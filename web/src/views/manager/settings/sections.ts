import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';

/** A section: its id, and its name in the current language (read at render, so it follows a switch). */
function section<Id extends string>(id: Id, key: MessageKey) {
  return {
    id,
    get label() {
      return t(key);
    },
  };
}

/** The settings' sections, in the list's order; each has its own address, `settings/{id}`. */
export const SETTINGS_SECTIONS = [
  section('program', 'managerSettings.section.program'),
  section('questions', 'managerSettings.section.questions'),
  section('tiers', 'managerSettings.section.tiers'),
  section('badges', 'managerSettings.section.badges'),
  section('commission', 'managerSettings.section.commission'),
  section('attribution', 'managerSettings.section.attribution'),
  section('terms', 'managerSettings.section.terms'),
  section('content-terms', 'managerSettings.section.contentTerms'),
  section('team', 'managerSettings.section.team'),
  section('audit', 'managerSettings.section.audit'),
] as const;

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
export type SettingsSectionId = SettingsSection['id'];

/**
 * The section an address names (`settings/commission`), or none for the bare `settings` and
 * for a name that is no section's (that shows the list, like the bare address).
 */
export function sectionAt(rest: readonly string[]): SettingsSection | undefined {
  return SETTINGS_SECTIONS.find((s) => s.id === rest[0]);
}

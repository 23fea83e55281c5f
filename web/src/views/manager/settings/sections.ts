/** The settings' sections, in the list's order; each has its own address, `settings/{id}`. */
export const SETTINGS_SECTIONS = [
  { id: 'program', label: 'Program' },
  { id: 'questions', label: 'Application questions' },
  { id: 'tiers', label: 'Tiers' },
  { id: 'badges', label: 'Badges' },
  { id: 'commission', label: 'Commission' },
  { id: 'attribution', label: 'Attribution and points' },
  { id: 'terms', label: 'Terms' },
  { id: 'content-terms', label: 'Content rights' },
  { id: 'team', label: 'Team' },
  { id: 'audit', label: 'Audit log' },
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

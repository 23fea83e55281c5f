import type { managerTabs as en } from '../en/managerTabs.ts';

/** The manager's tabs: their names, what each says while it loads, and the counts on them. */
export const managerTabs: Record<keyof typeof en, string> = {
  'managerTabs.applications': 'Bewerbungen',
  'managerTabs.applications.loading': 'Bewerbungen werden geladen…',
  'managerTabs.review': 'Prüfung',
  'managerTabs.review.loading': 'Prüfliste wird geladen…',
  'managerTabs.figures': 'Kennzahlen',
  'managerTabs.figures.loading': 'Kennzahlen werden geladen…',
  'managerTabs.challenges': 'Challenges',
  'managerTabs.challenges.loading': 'Challenges werden geladen…',
  'managerTabs.rewards': 'Prämien',
  'managerTabs.rewards.loading': 'Prämien werden geladen…',
  'managerTabs.content': 'Inhalte',
  'managerTabs.content.loading': 'Die Bibliothek wird geladen…',
  'managerTabs.analytics': 'Auswertung',
  'managerTabs.analytics.loading': 'Auswertung wird geladen…',
  'managerTabs.settings': 'Einstellungen',
  'managerTabs.settings.loading': 'Einstellungen werden geladen…',
  'managerTabs.notifications': 'Benachrichtigungen',
  'managerTabs.notifications.loading': 'Benachrichtigungen werden geladen…',
  'managerTabs.waiting': '{count, plural, one {# wartet} other {{shown} warten}}',
};

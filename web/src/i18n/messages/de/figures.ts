import type { figures as en } from '../en/figures.ts';

/** The manager's queue of posts’ figures: flagged and reported ones, verified or disputed. */
export const figures: Record<keyof typeof en, string> = {
  'figures.title': 'Kennzahlen der Beiträge',
  'figures.intro':
    'Botschafter melden Aufrufe, Reichweite und Likes ihrer Beiträge aus den Statistiken der Plattformen. Vergleichen Sie sie mit dem Beitrag und dem Screenshot; bestätigte Kennzahlen lösen die Reichweiten-Boni der Challenge aus.',
  'figures.show': 'Anzeigen',
  'figures.check.flagged': 'Zur Prüfung markiert (noch nicht gezählt)',
  'figures.check.reported': 'Gemeldet, nicht bestätigt',
  'figures.loading': 'Kennzahlen werden geladen…',
  'figures.empty.flagged': 'Nichts markiert',
  'figures.empty.flagged.text': 'Unplausible Kennzahlen würden hier auf eine Prüfung warten.',
  'figures.empty.reported': 'Keine Kennzahlen offen',
  'figures.verified': 'Bestätigt',
  'figures.disputed': 'Beanstandet; der Botschafter erfährt den Grund',
  'figures.anAmbassador': 'Ein Botschafter',
  'figures.asOf': 'Stand {date}',
  'figures.newTab': '(öffnet in einem neuen Tab)',
  'figures.countedNow': 'Derzeit gezählt: {figures}',
  'figures.flag.jump':
    '{metric}: von {before} auf {now} gestiegen, mehr als das {factor}-Fache des letzten Berichts',
  'figures.flag.jumped': '{metric}: sprunghaft gestiegen gegenüber dem letzten Bericht',
  'figures.flag.likesAboveViews':
    '{likes, plural, one {# Like ist} other {# Likes sind}} mehr als {views, plural, one {# Aufruf} other {# Aufrufe}}',
  'figures.note': 'Notiz: „{note}“',
  'figures.screenshot': 'Der Screenshot der Statistik',
  'figures.reason': 'Was ist an den Kennzahlen falsch?',
  'figures.reason.hint': 'Der Botschafter sieht dies.',
  'figures.dispute': 'Beanstanden',
  'figures.cancel': 'Abbrechen',
  'figures.verify': 'Bestätigen',
  'figures.disputeOpen': 'Beanstanden…',
};

import type { home as en } from '../en/home.ts';

/** The signed-in landing: a person's programs, invitations, and a new program. */
export const home: Record<keyof typeof en, string> = {
  'home.title': 'Ihre Programme',
  'home.invitations': 'Einladungen',
  'home.invites': '<strong>{program}</strong> lädt Sie als <strong>{role}</strong> ein',
  'home.accept': 'Annehmen',
  'home.accepted': 'Einladung angenommen',
  'home.none.title': 'Sie sind noch in keinem Programm',
  'home.none.text':
    'Programme teilen einen Bewerbungslink der Form <code>/p/programmname</code>. Öffnen Sie den, den Ihnen eine Marke geschickt hat, um sich zu bewerben.',
  'home.create.title': 'Programm anlegen',
  'home.create.name': 'Name des Programms',
  'home.create.brandName': 'Name der Marke',
  'home.create.slug': 'Linkname',
  'home.create.slugHint':
    'Kleinbuchstaben, Ziffern und Bindestriche: Die Bewerbungsseite wird /p/linkname heißen.',
  'home.create.landingUrl': 'Shop-Adresse',
  'home.create.landingUrlHint': 'Wohin Empfehlungslinks führen, etwa https://shop.example.com.',
  'home.create.currency': 'Währung',
  'home.create.timeZone': 'Zeitzone',
  'home.create.timeZoneHint': 'Challenges beginnen und enden hier um Mitternacht.',
  'home.create.submit': 'Programm anlegen',
  'home.create.created': 'Programm angelegt',
};

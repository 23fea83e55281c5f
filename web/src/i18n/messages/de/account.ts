import type { account as en } from '../en/account.ts';

/** The account page: profile, password, notifications, the person's own data. */
export const account: Record<keyof typeof en, string> = {
  'account.password.title': 'Passwort',
  'account.password.current': 'Aktuelles Passwort',
  'account.password.enterCurrent': 'Geben Sie Ihr aktuelles Passwort ein.',
  'account.password.wrongCurrent': 'Das ist nicht Ihr aktuelles Passwort.',
  'account.password.changed': 'Passwort geändert',
  'account.password.submit': 'Passwort ändern',
  'account.title': 'Ihr Konto',
  'account.profile.title': 'Profil',
  'account.profile.loading': 'Ihr Profil wird geladen …',
  'account.profile.nothing': 'Nichts zu speichern',
  'account.profile.saved': 'Profil gespeichert',
  'account.profile.displayName': 'Anzeigename',
  'account.profile.displayNameHint':
    'Für die Programme sichtbar, denen Sie beitreten, und auf Ihrer öffentlichen Seite.',
  'account.profile.handles': 'Social-Media-Namen',
  'account.profile.handlePlaceholder': 'Name, ohne das @',
  'account.profile.language': 'Sprache',
  'account.profile.languageHint': 'Für das Dashboard und die E-Mails, die Embassy Ihnen sendet.',
  'account.profile.languageNotSet': 'Nicht festgelegt',
  'account.profile.timeZone': 'Zeitzone',
  'account.profile.zoneNotSet': 'Nicht festgelegt: die Zeitzone des Programms',
  'account.profile.timeZoneHint':
    'Datum und Uhrzeit in E-Mails richten sich nach dieser Zeitzone. Dieses Gerät ist in {zone}.',
  'account.profile.save': 'Profil speichern',
  'account.avatar.label': 'Foto',
  'account.avatar.alt': 'Ihr Profilbild',
  'account.avatar.saving': 'Wird gespeichert …',
  'account.avatar.hint':
    'Ein JPEG, PNG oder WebP von höchstens 5 MB. Erscheint auf Ihrer öffentlichen Seite.',
  'account.avatar.saved': 'Foto gespeichert',
  'account.avatar.removed': 'Foto entfernt',
  'account.avatar.remove': 'Foto entfernen',
  'account.notifications.title': 'Benachrichtigungen',
  'account.notifications.intro':
    'Wählen Sie, wie jede Art von Benachrichtigung Sie erreicht. „In der App“ zeigt sie in den Benachrichtigungen Ihres Programms und an der Glocke oben; „per E-Mail“ sendet sie zusätzlich an Ihre Adresse; „aus“ tut beides nicht. Jede Änderung wird sofort gespeichert.',
  'account.notifications.loading': 'Ihre Benachrichtigungseinstellungen werden geladen …',
  'account.notifications.email': 'In der App und per E-Mail',
  'account.notifications.inApp': 'Nur in der App',
  'account.notifications.off': 'Aus',
  'account.notifications.saved':
    '{type}: {channel, select, email {in der App und per E-Mail} in_app {nur in der App} other {aus}}.',
  'account.notifications.always':
    'Immer per E-Mail: Sie antwortet auf etwas, das Sie getan haben, und lässt sich daher nicht abschalten.',
  'account.data.title': 'Ihre Daten',
  'account.data.text':
    'Eine JSON-Datei mit allem, was Embassy in jedem Programm über Sie speichert: Ihre Bewerbungen, Beiträge und deren Zahlen, erteilte Rechte, Punkte, Provisionen, Auszahlungen, Prämien, die Ihnen zugerechneten Bestellungen und Klicks sowie Ihre Benachrichtigungen.',
  'account.data.download': 'Meine Daten herunterladen',
  'account.delete.title': 'Mein Konto löschen',
  'account.delete.text':
    'Sie werden abgemeldet und können sich nicht wieder anmelden. Ihr Name, Ihre E-Mail-Adresse, Bewerbungsantworten, Social-Media-Namen, Beiträge und Benachrichtigungen werden in jedem Programm gelöscht, und Ihr Empfehlungscode funktioniert nicht mehr. Bestellungen, Provisionen, Auszahlungen und Punkte bleiben unter einem Pseudonym („Gelöschter Botschafter …“) erhalten, weil das Programm sie nach den Buchführungspflichten aufbewahren muss. Laden Sie vorher Ihre Daten herunter, wenn Sie eine Kopie möchten.',
  'account.delete.confirm': 'Geben Sie zur Bestätigung {word} ein',
  'account.delete.word': 'LÖSCHEN',
  'account.delete.submit': 'Mein Konto löschen',
  'account.delete.done': 'Ihr Konto wurde gelöscht.',
};

import type { app as en } from '../en/app.ts';

/** The frame around every page, and the signed-out home page. */
export const app: Record<keyof typeof en, string> = {
  'app.skip': 'Zum Inhalt springen',
  'app.account': 'Konto',
  'app.signOut': 'Abmelden',
  'app.language': 'Sprache',
  'app.languageNotSaved':
    'Die Sprache gilt hier, konnte aber nicht in Ihrem Profil für Ihre E-Mails gespeichert werden.',
  'app.failed.title': 'Auf dieser Seite ist etwas schiefgegangen',
  'app.failed.text':
    'Die Seite konnte nicht angezeigt werden. Neu laden hilft meistens; Ihre Daten sind auf dem Server sicher.',
  'app.failed.reload': 'Seite neu laden',
  'app.failed.home': 'Zu Ihren Programmen',
  'app.loadingPrograms': 'Ihre Programme werden geladen …',
  'app.program.switch': 'Programm wechseln',
  'app.program.others': 'Ihre anderen Programme',
  'app.role.owner': 'Inhaber',
  'app.role.manager': 'Programmleitung',
  'app.role.brand': 'Marke',
  'app.role.ambassador': 'Botschafter',
  'welcome.title': 'Embassy: Markenbotschafter-Programme, geführt von der Marke',
  'welcome.tagline':
    'Ein Open-Source-Programm-Manager für Markenbotschafter, den eine Marke in ihrem eigenen AWS-Konto betreibt, ohne SaaS-Rechnung.',
  'welcome.createAccount': 'Konto erstellen',
  'welcome.signIn': 'Anmelden',
  'welcome.who': 'Für wen',
  'welcome.ambassadors': 'Botschafter',
  'welcome.ambassadors.text':
    'Fans, Kundinnen und Kunden, Creator: monatliche Challenges, Feedback, Punkte, Prämien und Provision.',
  'welcome.managers': 'Programm-Manager',
  'welcome.managers.text':
    'Das Programm gestalten, Bewerbungen und Beiträge mit persönlichem Feedback prüfen, seine Gesundheit im Blick behalten.',
  'welcome.brands': 'Marken',
  'welcome.brands.text':
    'Den Shop verbinden, Verkäufe den Botschaftern zuordnen, Empfehlungsumsatz sehen und Provision zahlen.',
  'welcome.how': 'So funktioniert es',
  'welcome.loop.apply':
    'Bewerben Sie sich beim Programm einer Marke und erhalten Sie Ihren eigenen Empfehlungslink und Code.',
  'welcome.loop.challenges':
    'Nehmen Sie die Challenges des Monats an: Posten Sie auf Ihren eigenen Konten und reichen Sie den Link ein.',
  'welcome.loop.feedback':
    'Erhalten Sie persönliches Feedback, Punkte, Abzeichen und eine Stufe; lösen Sie Punkte gegen Prämien ein.',
  'welcome.loop.share':
    'Teilen Sie Ihren Link: Die Klicks, Verkäufe und Provisionen, die er bringt, sehen Sie selbst.',
  'welcome.loop.paid':
    'Werden Sie vom eigenen Konto der Marke bezahlt, sehen Sie Ihren Rang und laden Sie Freunde ein.',
  'welcome.link':
    'Eine Marke hat Ihnen einen Link der Form <code>/p/programmname</code> geschickt? Öffnen Sie ihn, um das Programm zu sehen und sich zu bewerben.',
};

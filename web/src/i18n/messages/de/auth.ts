import type { auth as en } from '../en/auth.ts';

/** Signing in, signing up, resetting a password, and the sign-in service’s refusals. */
export const auth: Record<keyof typeof en, string> = {
  'auth.email': 'E-Mail',
  'auth.password': 'Passwort',
  'auth.emailProblem': 'Geben Sie Ihre E-Mail-Adresse ein, zum Beispiel sie@example.com.',
  'auth.passwordHint': 'Mindestens 8 Zeichen, mit Groß- und Kleinbuchstaben und einer Ziffer.',
  'auth.passwordProblem':
    'Wählen Sie ein Passwort mit mindestens 8 Zeichen, mit Groß- und Kleinbuchstaben und einer Ziffer.',
  'auth.somethingWrong': 'Etwas ist schiefgegangen.',
  'auth.newCodeSent': 'Ein neuer Code ist unterwegs.',
  'auth.sendNewCode': 'Neuen Code senden',
  'auth.localOutbox':
    'Lokaler Betrieb: Es wird keine E-Mail verschickt. Der Code liegt im Entwickler-Postausgang unter <outbox>/dev/outbox</outbox>.',
  'auth.signIn.title': 'Anmelden',
  'auth.signIn.submit': 'Anmelden',
  'auth.signIn.enterCode': 'Code eingeben',
  'auth.signIn.forgot': 'Passwort vergessen?',
  'auth.signIn.new': 'Neu hier? <link>Konto erstellen</link>',
  'auth.signUp.title': 'Ihr Konto erstellen',
  'auth.signUp.name': 'Ihr Name',
  'auth.signUp.submit': 'Konto erstellen',
  'auth.signUp.haveAccount': 'Sie haben schon ein Konto? <link>Anmelden</link>',
  'auth.confirm.title': 'E-Mail-Adresse bestätigen',
  'auth.confirm.sent': 'Wir haben einen Code an <strong>{email}</strong> geschickt. Geben Sie ihn hier ein.',
  'auth.confirm.yourEmail': 'Ihre E-Mail-Adresse',
  'auth.confirm.code': 'Bestätigungscode',
  'auth.confirm.submit': 'Bestätigen',
  'auth.reset.title': 'Passwort zurücksetzen',
  'auth.reset.intro':
    'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir schicken Ihnen einen Code, mit dem Sie ein neues Passwort wählen.',
  'auth.reset.sent':
    'Falls es ein Konto für <strong>{email}</strong> gibt, haben wir ihm einen Code geschickt. Geben Sie ihn mit Ihrem neuen Passwort ein.',
  'auth.reset.code': 'Code aus der E-Mail',
  'auth.reset.newPassword': 'Neues Passwort',
  'auth.reset.sendCode': 'Code senden',
  'auth.reset.setPassword': 'Neues Passwort festlegen',
  'auth.reset.changed': 'Ihr Passwort wurde geändert.',
  'auth.reset.changedSignIn': 'Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.',
  'auth.reset.remembered': 'Doch wieder eingefallen? <link>Anmelden</link>',
  'cognito.unreachable': 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  'cognito.refused': 'Die Anfrage wurde abgelehnt.',
  'cognito.sessionEnded': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'cognito.wrongPassword': 'E-Mail-Adresse oder Passwort ist falsch.',
  'cognito.unconfirmed':
    'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Geben Sie den Code ein, den wir Ihnen geschickt haben.',
  'cognito.exists': 'Für diese E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich stattdessen an.',
  'cognito.codeMismatch': 'Dieser Code stimmt nicht. Prüfen Sie die E-Mail und versuchen Sie es erneut.',
  'cognito.codeExpired': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  'cognito.tooMany': 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.',
  'cognito.noRefreshToken': 'Die Anmeldung hat kein Aktualisierungstoken geliefert.',
  'cognito.challenge': 'Dieses Konto braucht einen Schritt, den das Dashboard noch nicht unterstützt.',
};

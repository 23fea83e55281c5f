import type { ErrorCatalogue } from './translate.ts';

/**
 * The API's error messages in German, keyed by the English message in the source
 * (shared/i18n/errors/source-messages.ts lists them; the catalogue test checks that every one is
 * here, that each is still in the source, and that each translation keeps its template's
 * `{parts}`). Loaded only when an error is answered in German (shared/i18n/errors/error-words.ts).
 */
export const de: ErrorCatalogue = {
  // Things that are not found: `{what} was not found`.
  '{what} was not found': '{what} wurde nicht gefunden',
  'API key': 'API-Schlüssel',
  Ambassador: 'Botschafter',
  'Ambassador page': 'Botschafterseite',
  Challenge: 'Challenge',
  Invitation: 'Einladung',
  'Metrics report': 'Zahlenbericht',
  Payout: 'Auszahlung',
  'Payout details': 'Auszahlungsdaten',
  Program: 'Programm',
  Redemption: 'Einlösung',
  Reward: 'Prämie',
  'Shopify integration': 'Shopify-Anbindung',
  Submission: 'Einreichung',
  'Team member': 'Teammitglied',
  'The payout account': 'Das Auszahlungskonto',
  'Signing secret': 'Signaturschlüssel',

  // The HTTP layer.
  'A key named __proto__ is not accepted anywhere in the body':
    'Ein Schlüssel namens __proto__ ist nirgends im Body erlaubt',
  'A {method} request takes no body': 'Eine {method}-Anfrage hat keinen Body',
  'Bad request': 'Ungültige Anfrage',
  'Malformed JSON in request body': 'Der Body der Anfrage ist kein gültiges JSON',
  'No route for {method} {path}': 'Keine Route für {method} {path}',
  'No route for {method} {rawPath}': 'Keine Route für {method} {rawPath}',
  '{method} is not served at {path}; it serves {allow}':
    '{method} wird unter {path} nicht bedient; erlaubt sind {allow}',
  '{method} is not served at {rawPath}': '{method} wird unter {rawPath} nicht bedient',
  'Someone changed the same record at the same moment; read it again and retry':
    'Jemand hat denselben Datensatz im selben Moment geändert; laden Sie ihn neu und versuchen Sie es noch einmal',
  'Something went wrong on our side; quote the request id if you report it':
    'Bei uns ist etwas schiefgegangen; nennen Sie die Request-ID, wenn Sie es melden',
  'The cursor is invalid; start again without one':
    'Der Cursor ist ungültig; beginnen Sie ohne Cursor von vorn',
  'The path is longer than {MAX_PATH_BYTES} bytes': 'Der Pfad ist länger als {MAX_PATH_BYTES} Bytes',
  'The query string is longer than {MAX_QUERY_BYTES} bytes':
    'Der Query-String ist länger als {MAX_QUERY_BYTES} Bytes',
  'The request body is larger than 64 KB': 'Der Body der Anfrage ist größer als 64 KB',
  'The request body is larger than {label}': 'Der Body der Anfrage ist größer als {label}',
  'The service is briefly unavailable; try again in a few seconds':
    'Der Dienst ist kurz nicht erreichbar; versuchen Sie es in ein paar Sekunden noch einmal',
  'There is no such question': 'Diese Frage gibt es nicht',
  'This API answers only requests made through its own domain':
    'Diese API beantwortet nur Anfragen über ihre eigene Domain',
  'Idempotency-Key is printable ASCII without spaces or %, such as a UUID':
    'Idempotency-Key besteht aus druckbaren ASCII-Zeichen ohne Leerzeichen und %, etwa eine UUID',
  'Idempotency-Key: this key was used for another reward; send a new key':
    'Idempotency-Key: Dieser Schlüssel wurde für eine andere Prämie verwendet; senden Sie einen neuen',
  'You have reached the limit of {max} {value} {per} in this program; try again later':
    'Sie haben die Grenze von {max} {value} {per} in diesem Programm erreicht; versuchen Sie es später noch einmal',

  // Signing in and access.
  'COGNITO_ISSUER and COGNITO_CLIENT_ID must be set':
    'COGNITO_ISSUER und COGNITO_CLIENT_ID müssen gesetzt sein',
  'COGNITO_ISSUER must be set': 'COGNITO_ISSUER muss gesetzt sein',
  'COGNITO_ISSUER names no user pool': 'COGNITO_ISSUER nennt keinen User Pool',
  'Send the ID token from sign-in': 'Senden Sie das ID-Token aus der Anmeldung',
  'Sign in first: send Authorization: Bearer <ID token>':
    'Melden Sie sich zuerst an: Senden Sie Authorization: Bearer <ID-Token>',
  'Sign-in keys could not be fetched': 'Die Anmeldeschlüssel konnten nicht abgerufen werden',
  'The token has expired; sign in again': 'Das Token ist abgelaufen; melden Sie sich erneut an',
  'The token is invalid': 'Das Token ist ungültig',
  'The token lacks a subject or email': 'Dem Token fehlen Subject oder E-Mail-Adresse',
  'This account was deleted': 'Dieses Konto wurde gelöscht',
  'This needs one of these roles in the program: {roles}':
    'Dafür brauchen Sie eine dieser Rollen im Programm: {roles}',
  'Send a valid, unrevoked API key of this program (Authorization: Bearer emb_…) or an Embassy-Signature':
    'Senden Sie einen gültigen, nicht widerrufenen API-Schlüssel dieses Programms (Authorization: Bearer emb_…) oder eine Embassy-Signature',
  'The signature does not match, or its timestamp is more than 300 s off':
    'Die Signatur stimmt nicht, oder ihr Zeitstempel weicht um mehr als 300 s ab',
  'Two signing secrets are active; revoke the older one first':
    'Zwei Signaturschlüssel sind aktiv; widerrufen Sie zuerst den älteren',
  'Verify your email address before accepting an invitation':
    'Bestätigen Sie Ihre E-Mail-Adresse, bevor Sie eine Einladung annehmen',
  'Only platform admins create programs': 'Nur Plattform-Admins legen Programme an',

  // Values and formats.
  'A BIC is 8 or 11 letters and digits': 'Eine BIC besteht aus 8 oder 11 Buchstaben und Ziffern',
  'A PayPal email starts with a letter or a digit':
    'Eine PayPal-E-Mail-Adresse beginnt mit einem Buchstaben oder einer Ziffer',
  'A URL must not carry credentials': 'Eine URL darf keine Zugangsdaten enthalten',
  'A URL must not contain spaces, backslashes, control or invisible characters':
    'Eine URL darf keine Leerzeichen, Backslashes, Steuer- oder unsichtbaren Zeichen enthalten',
  'A code is printable ASCII without spaces':
    'Ein Code besteht aus druckbaren ASCII-Zeichen ohne Leerzeichen',
  'A name must not contain control or invisible characters':
    'Ein Name darf keine Steuer- oder unsichtbaren Zeichen enthalten',
  'A percentage is a whole number from 1 to 100': 'Ein Prozentsatz ist eine ganze Zahl von 1 bis 100',
  'A pick is the slug of one of your tracked links': 'Eine Auswahl ist der Slug eines Ihrer Tracking-Links',
  'A slug is 1–40 lower-case letters, digits and dashes':
    'Ein Slug besteht aus 1–40 Kleinbuchstaben, Ziffern und Bindestrichen',
  'A slug is 1–48 lower-case letters, digits and dashes':
    'Ein Slug besteht aus 1–48 Kleinbuchstaben, Ziffern und Bindestrichen',
  'A {platform} handle is {hint}, without the @': 'Ein {platform}-Name ist {hint}, ohne das @',
  // The parts of that message: each platform's rule for a handle.
  'up to 30 letters, digits, periods and underscores':
    'bis zu 30 Buchstaben, Ziffern, Punkte und Unterstriche',
  '2 to 24 letters, digits, periods and underscores': '2 bis 24 Buchstaben, Ziffern, Punkte und Unterstriche',
  '3 to 30 letters, digits, periods, dashes and underscores':
    '3 bis 30 Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche',
  'up to 15 letters, digits and underscores': 'bis zu 15 Buchstaben, Ziffern und Unterstriche',
  'Allowed domains are host names such as shop.example.com':
    'Erlaubte Domains sind Hostnamen wie shop.example.com',
  'An Admin API access token, such as shpat_…, without spaces':
    'Ein Admin-API-Zugriffstoken, etwa shpat_…, ohne Leerzeichen',
  'An answer is required': 'Eine Antwort ist erforderlich',
  'An IBAN is letters, digits and spaces': 'Eine IBAN besteht aus Buchstaben, Ziffern und Leerzeichen',
  'An allowed domain must be a site of yours, not a public suffix such as co.uk or myshopify.com':
    'Eine erlaubte Domain muss eine Ihrer Websites sein, kein öffentliches Suffix wie co.uk oder myshopify.com',
  'At least {min}': 'Mindestens {min}',
  'At most {max}': 'Höchstens {max}',
  'At most {maxLength} characters': 'Höchstens {maxLength} Zeichen',
  'Badge ids are lower-case letters, digits and dashes':
    'Abzeichen-IDs bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen',
  'Badge ids must be unique': 'Abzeichen-IDs müssen eindeutig sein',
  'Each event type once': 'Jede Ereignisart nur einmal',
  'Each reach bonus needs its own metric and threshold':
    'Jeder Reichweitenbonus braucht eine eigene Kennzahl und Schwelle',
  'Expected a URL': 'Erwartet wird eine URL',
  'Expected a full URL, such as https://example.com/me':
    'Erwartet wird eine vollständige URL, etwa https://example.com/me',
  'Expected a number': 'Erwartet wird eine Zahl',
  'Expected one of the options': 'Erwartet wird eine der Optionen',
  'Expected text': 'Erwartet wird Text',
  'Must be 0, or between 0.000000001 and 1,000,000,000,000,000 in size':
    'Muss 0 sein oder zwischen 0,000000001 und 1.000.000.000.000.000 liegen',
  'Must be a UTC day, YYYY-MM-DD, in the years 2000–2999':
    'Muss ein UTC-Tag sein, JJJJ-MM-TT, in den Jahren 2000–2999',
  'Must be a day (2026-12-01), a time in the program’s zone (2026-12-01T09:00) or an instant (2026-12-01T08:00:00Z)':
    'Muss ein Tag (2026-12-01), eine Uhrzeit in der Zeitzone des Programms (2026-12-01T09:00) oder ein Zeitpunkt (2026-12-01T08:00:00Z) sein',
  'Must be a month, YYYY-MM, from 2000-01 to 2100-12':
    'Muss ein Monat sein, JJJJ-MM, von 2000-01 bis 2100-12',
  'Must be an IANA time zone, such as Europe/Berlin': 'Muss eine IANA-Zeitzone sein, etwa Europe/Berlin',
  'Must be an ISO 3166-1 alpha-2 code such as DE': 'Muss ein Code nach ISO 3166-1 alpha-2 sein, etwa DE',
  'Must be an ISO 4217 code such as EUR': 'Muss ein Code nach ISO 4217 sein, etwa EUR',
  'Must be an ISO-8601 date-time, such as 2026-12-01T09:00:00Z':
    'Muss ein Datum mit Uhrzeit nach ISO 8601 sein, etwa 2026-12-01T09:00:00Z',
  'Must be an https URL with a domain name': 'Muss eine https-URL mit einem Domainnamen sein',
  'Must be an https URL, such as https://hooks.example.com/embassy':
    'Muss eine https-URL sein, etwa https://hooks.example.com/embassy',
  'Must not be 0': 'Darf nicht 0 sein',
  'Name at least one type': 'Nennen Sie mindestens eine Art',
  'Name each scope once': 'Nennen Sie jeden Umfang nur einmal',
  'Not a calendar day': 'Kein Kalendertag',
  'Not a real date': 'Kein gültiges Datum',
  'Not a valid BIC': 'Keine gültige BIC',
  'Not a valid IBAN: its check digits do not match (a typing mistake?)':
    'Keine gültige IBAN: Die Prüfziffern stimmen nicht (ein Tippfehler?)',
  'Not a valid IBAN: the length or format is wrong for its country':
    'Keine gültige IBAN: Länge oder Format passen nicht zu ihrem Land',
  'Not an IBAN: it must start with a country code that uses IBANs, such as DE or FR':
    'Keine IBAN: Sie muss mit dem Code eines Landes beginnen, das IBANs verwendet, etwa DE oder FR',
  'Not an IBAN: too short or too long': 'Keine IBAN: zu kurz oder zu lang',
  'Not an option: {unknown}': 'Keine der Optionen: {unknown}',
  'Out of range: 0, or between 10^-9 and 10^15 in size':
    'Außerhalb des Bereichs: 0 oder zwischen 10^-9 und 10^15',
  'Pick one option': 'Wählen Sie eine Option',
  'Question ids are lower-case letters, digits and _, starting with a letter':
    'Fragen-IDs bestehen aus Kleinbuchstaben, Ziffern und _ und beginnen mit einem Buchstaben',
  'Question ids must be unique': 'Fragen-IDs müssen eindeutig sein',
  'Send at least one field to change': 'Senden Sie mindestens ein Feld, das sich ändern soll',
  'Some answers are not valid': 'Einige Antworten sind ungültig',
  'That is not a URL': 'Das ist keine URL',
  "The BIC's country ({bic}) is not the IBAN's ({iban})":
    'Das Land der BIC ({bic}) ist nicht das der IBAN ({iban})',
  'The first tier starts at 0 points': 'Die erste Stufe beginnt bei 0 Punkten',
  'The shop’s own domain, such as fiesta-shop.myshopify.com':
    'Die eigene Domain des Shops, etwa fiesta-shop.myshopify.com',
  'Tier ids are lower-case letters, digits and dashes':
    'Stufen-IDs bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen',
  'Tier ids must be unique': 'Stufen-IDs müssen eindeutig sein',
  'Tier thresholds must rise strictly, in order':
    'Die Schwellen der Stufen müssen der Reihe nach streng steigen',
  'Unknown ISO 3166-1 alpha-2 country code': 'Unbekannter Ländercode nach ISO 3166-1 alpha-2',
  'Unknown ISO 4217 currency': 'Unbekannte Währung nach ISO 4217',
  'Write tags like {prefix}name': 'Schreiben Sie Tags wie {prefix}name',
  'a notification id': 'eine Benachrichtigungs-ID',
  'a referral code': 'ein Empfehlungscode',
  'minReach is a whole number, 0 or more': 'minReach ist eine ganze Zahl, 0 oder mehr',
  'No such tier: {unknown}': 'Keine solche Stufe: {unknown}',
  'closesAt must be after opensAt': 'closesAt muss nach opensAt liegen',
  'to must not be before from': 'to darf nicht vor from liegen',
  'to: must not be before from': 'to: darf nicht vor from liegen',
  'to: at most {MAX_MONTHS} months at once': 'to: höchstens {MAX_MONTHS} Monate auf einmal',
  'month: must be YYYY-MM': 'month: muss JJJJ-MM sein',
  'A report spans at most {MAX_DAYS} days': 'Ein Bericht umfasst höchstens {MAX_DAYS} Tage',

  // Links and posts.
  'Links to an IP address are not accepted; use the site’s domain name':
    'Links auf eine IP-Adresse werden nicht angenommen; verwenden Sie den Domainnamen der Website',
  'Links to localhost are not accepted': 'Links auf localhost werden nicht angenommen',
  'Paste the link to the post': 'Fügen Sie den Link zum Beitrag ein',
  'The link is too long (at most {MAX_LENGTH} characters)':
    'Der Link ist zu lang (höchstens {MAX_LENGTH} Zeichen)',
  'The link must not contain a username or password':
    'Der Link darf keinen Benutzernamen und kein Passwort enthalten',
  'The link needs a real domain name, such as example.com':
    'Der Link braucht einen echten Domainnamen, etwa example.com',
  'This is not a valid link; copy the whole address, starting with https://':
    'Das ist kein gültiger Link; kopieren Sie die ganze Adresse, beginnend mit https://',
  'This is not {expected} (expected {example})': 'Das ist kein {expected} (erwartet: {example})',
  'This is {article} {label} link, not {expected}': 'Das ist {article} {label}-Link, kein {expected}',
  'This is {article} {label} link: choose {label2} as the platform':
    'Das ist {article} {label}-Link: Wählen Sie {label2} als Plattform',
  'Use a link that starts with https://': 'Verwenden Sie einen Link, der mit https:// beginnt',
  '{host} does not resolve': '{host} lässt sich nicht auflösen',
  'Webhook URLs must reach a public address: loopback, private, link-local and reserved ones are refused':
    'Webhook-URLs müssen eine öffentliche Adresse erreichen: Loopback-, private, Link-Local- und reservierte Adressen werden abgelehnt',
  'destination: links may lead only to https pages on {hosts}':
    'destination: Links dürfen nur zu https-Seiten auf {hosts} führen',
  'destination: {HTTPS_ONLY}': 'destination: {HTTPS_ONLY}',
  'postUrl: {reason}': 'postUrl: {reason}',
  'This post was already submitted in this program':
    'Dieser Beitrag wurde in diesem Programm schon eingereicht',
  'Could not find a free referral code': 'Es wurde kein freier Empfehlungscode gefunden',
  'Could not find a free slug; name one': 'Es wurde kein freier Slug gefunden; nennen Sie einen',
  'The slug "{slug}" is taken': 'Der Slug „{slug}“ ist vergeben',
  'You already have a link called "{slug}"': 'Sie haben schon einen Link namens „{slug}“',
  'Only approved ambassadors have referral links': 'Nur angenommene Botschafter haben Empfehlungslinks',
  'picks: "{unknown}" is not one of your links': 'picks: „{unknown}“ ist keiner Ihrer Links',
  'picks: each link once': 'picks: jeden Link nur einmal',
  'The click rollups are changing too fast': 'Die Klickzahlen ändern sich zu schnell',

  // Images.
  'Image uploads are not configured on this deployment':
    'Bild-Uploads sind in dieser Installation nicht eingerichtet',
  'Only approved ambassadors (proof images) and managers (reward images) upload images':
    'Bilder laden nur angenommene Botschafter (Nachweisbilder) und Manager (Prämienbilder) hoch',
  'The image is {Math} MB; an image may be at most {MAX_PROOF_IMAGE_BYTES} MB':
    'Das Bild ist {Math} MB groß; ein Bild darf höchstens {MAX_PROOF_IMAGE_BYTES} MB groß sein',
  'a .{extension} file is not a {value} image; a {value2} ends in {list}':
    'eine .{extension}-Datei ist kein {value}-Bild; ein {value2} endet auf {list}',
  'fileName: {problem}': 'fileName: {problem}',
  'the file is a {value} image, not the {value2} it was sent as; upload it again as {found}':
    'die Datei ist ein {value}-Bild, nicht das {value2}, als das sie gesendet wurde; laden Sie sie erneut als {found} hoch',
  "the file is not a {value} image (its first bytes are not an image's); choose the image itself and upload it again":
    'die Datei ist kein {value}-Bild (ihre ersten Bytes sind nicht die eines Bildes); wählen Sie das Bild selbst und laden Sie es erneut hoch',
  '{field}: nothing was uploaded there yet; upload the image first':
    '{field}: Dort wurde noch nichts hochgeladen; laden Sie zuerst das Bild hoch',
  '{field}: use the key your upload returned':
    '{field}: Verwenden Sie den Schlüssel, den Ihr Upload zurückgegeben hat',

  // Programs, team and ambassadors.
  'A program needs an owner: make someone else owner first':
    'Ein Programm braucht einen Eigentümer: Machen Sie zuerst jemand anderen zum Eigentümer',
  'Accept the current program terms (version {termsVersion})':
    'Akzeptieren Sie die aktuellen Programmbedingungen (Version {termsVersion})',
  'Kudos are how ambassadors cheer each other on': 'Mit Kudos feuern Botschafter einander an',
  'Only approved ambassadors have a public page': 'Nur angenommene Botschafter haben eine öffentliche Seite',
  'Only the ambassador themself can leave a program':
    'Nur der Botschafter selbst kann ein Programm verlassen',
  'Only {expected} ambassadors can be {value}':
    'Nur Botschafter mit dem Status „{expected}“ können {value} werden',
  'The ambassador changed meanwhile; read it and try again':
    'Der Botschafter wurde inzwischen geändert; laden Sie ihn neu und versuchen Sie es noch einmal',
  'The ambassador or their code changed meanwhile; read it and try again':
    'Der Botschafter oder sein Code wurde inzwischen geändert; laden Sie ihn neu und versuchen Sie es noch einmal',
  'The program changed meanwhile; read it and try again':
    'Das Programm wurde inzwischen geändert; laden Sie es neu und versuchen Sie es noch einmal',
  'The team changed meanwhile; read it and try again':
    'Das Team wurde inzwischen geändert; laden Sie es neu und versuchen Sie es noch einmal',
  'This ambassador deleted their account: their record is kept for the books only':
    'Dieser Botschafter hat sein Konto gelöscht: Sein Datensatz bleibt nur für die Buchhaltung erhalten',
  'This application was already decided: it is {status}':
    'Über diese Bewerbung wurde schon entschieden: Status „{status}“',
  'This member is an owner already': 'Dieses Mitglied ist schon Eigentümer',
  'You are already a member of this program': 'Sie sind schon Mitglied dieses Programms',
  'You are already a {role} of this program': 'Sie sind schon {role} dieses Programms',
  'You are already an ambassador of this program': 'Sie sind schon Botschafter dieses Programms',
  'You are the last owner of a program: make another member its owner before deleting your account':
    'Sie sind der letzte Eigentümer eines Programms: Machen Sie ein anderes Mitglied zum Eigentümer, bevor Sie Ihr Konto löschen',
  'You have already applied to this program': 'Sie haben sich schon bei diesem Programm beworben',
  'You have already applied to this program; it is being reviewed':
    'Sie haben sich schon bei diesem Programm beworben; Ihre Bewerbung wird geprüft',
  'You have already left this program': 'Sie haben dieses Programm schon verlassen',
  'You may apply again after {reapplyAfter}': 'Sie können sich nach dem {reapplyAfter} erneut bewerben',
  'Your ambassador account is suspended in this program':
    'Ihr Botschafterkonto ist in diesem Programm gesperrt',
  'Your application was not accepted: there is no membership to leave':
    'Ihre Bewerbung wurde nicht angenommen: Es gibt keine Mitgliedschaft, die Sie verlassen könnten',
  'Your membership is changing; try again in a moment':
    'Ihre Mitgliedschaft ändert sich gerade; versuchen Sie es gleich noch einmal',
  'Your profile is being changed elsewhere; try again':
    'Ihr Profil wird gerade anderswo geändert; versuchen Sie es noch einmal',
  'contentTerms: version {version} already has other terms; give changed terms a new version':
    'contentTerms: Version {version} hat schon andere Bedingungen; geben Sie geänderten Bedingungen eine neue Version',
  'currency: this program reports in {currency}': 'currency: Dieses Programm rechnet in {currency}',
  'minTier: no such tier: {minTier}': 'minTier: keine solche Stufe: {minTier}',
  'minTier: no tier "{minTier}" in this program': 'minTier: keine Stufe „{minTier}“ in diesem Programm',
  'rightsRequired: set the program’s content terms first':
    'rightsRequired: Legen Sie zuerst die Inhaltsbedingungen des Programms fest',
  'reason: say why, for the ambassador': 'reason: Sagen Sie dem Botschafter, warum',
  'preferences.{locked}: this message answers something you did; it cannot be turned off':
    'preferences.{locked}: Diese Nachricht antwortet auf etwas, das Sie getan haben; sie lässt sich nicht abschalten',
  'token: this message cannot be turned off': 'token: Diese Nachricht lässt sich nicht abschalten',
  'token: this unsubscribe link is not valid': 'token: Dieser Abmeldelink ist ungültig',

  // Challenges.
  'A challenge runs at most {MAX_WINDOW_DAYS} days': 'Eine Challenge läuft höchstens {MAX_WINDOW_DAYS} Tage',
  'A running challenge can only have its deadline moved later, into the future':
    'Bei einer laufenden Challenge lässt sich nur die Frist nach hinten verschieben, in die Zukunft',
  'All {slots} slots of this challenge are taken; reject or keep this post':
    'Alle {slots} Plätze dieser Challenge sind vergeben; lehnen Sie diesen Beitrag ab oder behalten Sie ihn',
  'Get a post approved in {names} first': 'Lassen Sie zuerst einen Beitrag in {names} freigeben',
  'Give both opensAt and closesAt': 'Geben Sie opensAt und closesAt beide an',
  'Give either month or opensAt and closesAt, not both':
    'Geben Sie entweder month oder opensAt und closesAt an, nicht beides',
  'Give the month (YYYY-MM), or opensAt and closesAt':
    'Geben Sie den Monat (JJJJ-MM) oder opensAt und closesAt an',
  'Only the program’s ambassadors and team see its challenges':
    'Nur die Botschafter und das Team des Programms sehen seine Challenges',
  'Publish its prerequisites first: {drafts}': 'Veröffentlichen Sie zuerst ihre Voraussetzungen: {drafts}',
  'Reach the {name} tier to unlock this challenge':
    'Erreichen Sie die Stufe {name}, um diese Challenge freizuschalten',
  'Someone changed challenge prerequisites at the same time; read them again and retry':
    'Jemand hat gleichzeitig Voraussetzungen von Challenges geändert; laden Sie sie neu und versuchen Sie es noch einmal',
  'The challenge changed meanwhile; read it and try again':
    'Die Challenge wurde inzwischen geändert; laden Sie sie neu und versuchen Sie es noch einmal',
  'The challenge is already published': 'Die Challenge ist schon veröffentlicht',
  'The challenge is {status}: only its title, brief and a later deadline can change now':
    'Die Challenge hat den Status „{status}“: Jetzt lassen sich nur noch Titel, Aufgabe und eine spätere Frist ändern',
  'The challenge window is over; move it before publishing':
    'Der Zeitraum der Challenge ist vorbei; verschieben Sie ihn vor dem Veröffentlichen',
  'The sales goal of {challengeId} is changing too fast':
    'Das Verkaufsziel von {challengeId} ändert sich zu schnell',
  'This challenge has closed': 'Diese Challenge ist beendet',
  'This challenge is completed by {salesGoal} sales through your links, not by posts':
    'Diese Challenge schließen Sie mit {salesGoal} Verkäufen über Ihre Links ab, nicht mit Beiträgen',
  'This challenge is not published yet': 'Diese Challenge ist noch nicht veröffentlicht',
  'This challenge opens at {opensAt}': 'Diese Challenge beginnt am {opensAt}',
  'You have made the {maxSubmissionsPerAmbassador} submission(s) this challenge allows':
    'Sie haben die {maxSubmissionsPerAmbassador} Einreichung(en) gemacht, die diese Challenge erlaubt',
  'challengeId: no such challenge in this program': 'challengeId: keine solche Challenge in diesem Programm',
  'followUpChallengeId: no such challenge: {followUpChallengeId}':
    'followUpChallengeId: keine solche Challenge: {followUpChallengeId}',
  'platform: this challenge does not take posts on that platform':
    'platform: Diese Challenge nimmt keine Beiträge auf dieser Plattform an',
  'platform: this challenge takes posts on {platformLabel}':
    'platform: Diese Challenge nimmt Beiträge auf {platformLabel} an',
  'postWithinDays: name the followUpChallengeId the post is for':
    'postWithinDays: Nennen Sie die followUpChallengeId, für die der Beitrag ist',
  'prerequisites: a challenge cannot require itself':
    'prerequisites: Eine Challenge kann sich nicht selbst voraussetzen',
  'prerequisites: no such challenge in this program: {unknown}':
    'prerequisites: keine solche Challenge in diesem Programm: {unknown}',
  'prerequisites: that would make a cycle ({cycle})': 'prerequisites: Das ergäbe einen Kreis ({cycle})',

  // Submissions, figures and rights.
  'Feedback is required when rejecting or requesting changes':
    'Beim Ablehnen oder Anfordern von Änderungen ist Feedback nötig',
  'Only a submission the reviewer sent back can be resubmitted':
    'Nur eine Einreichung, die die Prüfung zurückgeschickt hat, kann erneut eingereicht werden',
  'Only approved ambassadors submit posts': 'Nur angenommene Botschafter reichen Beiträge ein',
  'Only approved posts get figures; this one is {status}':
    'Nur freigegebene Beiträge bekommen Zahlen; dieser hat den Status „{status}“',
  'Only approved posts take kudos': 'Nur freigegebene Beiträge bekommen Kudos',
  'Only the author and managers see a submission': 'Nur der Autor und die Manager sehen eine Einreichung',
  'Only the author and the program’s team see a post’s figures':
    'Nur der Autor und das Team des Programms sehen die Zahlen eines Beitrags',
  'Only the author can resubmit': 'Nur der Autor kann erneut einreichen',
  'Only the author of a post reports its figures': 'Nur der Autor eines Beitrags meldet seine Zahlen',
  'Only the post’s author can revoke its rights grant':
    'Nur der Autor des Beitrags kann seine Rechteeinräumung widerrufen',
  'Only the program’s managers and ambassadors see submissions':
    'Nur die Manager und Botschafter des Programms sehen Einreichungen',
  'A post keeps at most {MAX_REPORTS_PER_POST} reports of its figures':
    'Ein Beitrag hält höchstens {MAX_REPORTS_PER_POST} Berichte seiner Zahlen',
  'Report at least one figure: {METRICS}': 'Melden Sie mindestens eine Zahl: {METRICS}',
  'Say why the figures are disputed': 'Sagen Sie, warum die Zahlen angezweifelt werden',
  'Someone decided first: this submission is {status}':
    'Jemand hat zuerst entschieden: Diese Einreichung hat den Status „{status}“',
  'The gallery is for the program’s ambassadors and team':
    'Die Galerie ist für die Botschafter und das Team des Programms',
  'The leaderboard is for the program’s ambassadors and team':
    'Die Bestenliste ist für die Botschafter und das Team des Programms',
  'The reach rollups are busy': 'Die Reichweitenzahlen sind gerade ausgelastet',
  'The submission changed meanwhile; read it and try again':
    'Die Einreichung wurde inzwischen geändert; laden Sie sie neu und versuchen Sie es noch einmal',
  'The timeline of {userId} is changing too fast': 'Der Verlauf von {userId} ändert sich zu schnell',
  'The waiting counts are changing too fast': 'Die Zahl der Wartenden ändert sich zu schnell',
  'This grant already ended on {endsAt}': 'Diese Rechteeinräumung endete schon am {endsAt}',
  'This post carries no rights grant to revoke':
    'Dieser Beitrag hat keine Rechteeinräumung, die sich widerrufen ließe',
  'This post is changing; try again': 'Dieser Beitrag ändert sich gerade; versuchen Sie es noch einmal',
  'This post is no longer approved; its figures no longer count':
    'Dieser Beitrag ist nicht mehr freigegeben; seine Zahlen zählen nicht mehr',
  'This post’s figures are changing; try again':
    'Die Zahlen dieses Beitrags ändern sich gerade; versuchen Sie es noch einmal',
  'This program is taking many posts at once; try again':
    'Dieses Programm nimmt gerade viele Beiträge auf einmal an; versuchen Sie es noch einmal',
  'This submission is now at version {version}; review that version':
    'Diese Einreichung ist jetzt in Version {version}; prüfen Sie diese Version',
  'Too many awards at once for this ambassador; try again':
    'Zu viele Auszeichnungen auf einmal für diesen Botschafter; versuchen Sie es noch einmal',
  'Too many reviews at once for this ambassador; try again':
    'Zu viele Prüfungen auf einmal für diesen Botschafter; versuchen Sie es noch einmal',
  'You already gave this post kudos': 'Sie haben diesem Beitrag schon Kudos gegeben',
  'You cannot give kudos to your own post': 'Ihrem eigenen Beitrag können Sie keine Kudos geben',
  'asOf: must not be before the post was submitted ({submittedAt})':
    'asOf: darf nicht vor der Einreichung des Beitrags liegen ({submittedAt})',
  'asOf: must not be in the future': 'asOf: darf nicht in der Zukunft liegen',
  'asOf: the last report was as of {asOf}; report figures read since':
    'asOf: Der letzte Bericht war vom {asOf}; melden Sie seitdem abgelesene Zahlen',
  'note: {down} went down since the last report; add a note saying why':
    'note: {down} ist seit dem letzten Bericht gesunken; fügen Sie eine Notiz hinzu, warum',
  '{field}.scopes: the terms cover {scopes} only': '{field}.scopes: Die Bedingungen decken nur {scopes} ab',
  '{field}.termsVersion: the terms are now version {version}; read them again':
    '{field}.termsVersion: Die Bedingungen sind jetzt in Version {version}; lesen Sie sie noch einmal',
  '{field}: this challenge needs a rights grant under the program’s content terms':
    '{field}: Diese Challenge braucht eine Rechteeinräumung nach den Inhaltsbedingungen des Programms',
  '{field}: this program has no content terms': '{field}: Dieses Programm hat keine Inhaltsbedingungen',

  // Points, rewards and redemptions.
  'A deduction of {value} would take the balance below zero (it is {points})':
    'Ein Abzug von {value} brächte den Stand unter null (er beträgt {points})',
  'An ambassador sees only their own redemptions': 'Ein Botschafter sieht nur seine eigenen Einlösungen',
  'Available from {availableFrom}': 'Verfügbar ab {availableFrom}',
  'Many redemptions at once; try again in a moment':
    'Viele Einlösungen auf einmal; versuchen Sie es gleich noch einmal',
  'No longer available: it ended {availableUntil}':
    'Nicht mehr verfügbar: Das Angebot endete am {availableUntil}',
  'Not enough points: this costs {costPoints} and you have {balance}':
    'Nicht genug Punkte: Das kostet {costPoints}, und Sie haben {balance}',
  'Only the ambassador who redeemed can cancel': 'Nur der Botschafter, der eingelöst hat, kann stornieren',
  'Only the program’s approved ambassadors redeem rewards':
    'Nur die angenommenen Botschafter des Programms lösen Prämien ein',
  'Only the program’s managers upload codes': 'Nur die Manager des Programms laden Codes hoch',
  'Out of stock': 'Nicht mehr vorrätig',
  'Points are changing for this ambassador; try again':
    'Die Punkte dieses Botschafters ändern sich gerade; versuchen Sie es noch einmal',
  'Reach the {name} tier to unlock this reward':
    'Erreichen Sie die Stufe {name}, um diese Prämie freizuschalten',
  'Redemptions are for managers and the ambassador who made them':
    'Einlösungen sind für die Manager und den Botschafter, der sie gemacht hat',
  'Redemptions are for the program’s managers and ambassadors':
    'Einlösungen sind für die Manager und Botschafter des Programms',
  'Rewards are for the program’s ambassadors and team':
    'Prämien sind für die Botschafter und das Team des Programms',
  'Some codes are in this reward’s pool already; nothing was added':
    'Einige Codes sind schon im Vorrat dieser Prämie; es wurde nichts hinzugefügt',
  'The same codes were uploaded at the same moment by someone else':
    'Dieselben Codes hat im selben Moment jemand anderes hochgeladen',
  'This redemption is changing; try again':
    'Diese Einlösung ändert sich gerade; versuchen Sie es noch einmal',
  'This redemption is {status} already': 'Diese Einlösung hat schon den Status „{status}“',
  'This reward is not offered at the moment': 'Diese Prämie wird im Moment nicht angeboten',
  'Too many point changes at once for this ambassador; try again':
    'Zu viele Punkteänderungen auf einmal für diesen Botschafter; versuchen Sie es noch einmal',
  'You have redeemed this reward already': 'Sie haben diese Prämie schon eingelöst',
  'You have redeemed this reward the most times allowed ({perMemberLimit})':
    'Sie haben diese Prämie so oft eingelöst, wie es erlaubt ist ({perMemberLimit})',
  'availableUntil: must be after availableFrom': 'availableUntil: muss nach availableFrom liegen',
  'codes: each code may appear once': 'codes: Jeder Code darf nur einmal vorkommen',
  'codes: only code rewards take codes': 'codes: Nur Code-Prämien nehmen Codes an',
  'shippingAddress: a product is shipped; give the address':
    'shippingAddress: Ein Produkt wird verschickt; geben Sie die Adresse an',
  'shippingAddress: only products are shipped': 'shippingAddress: Nur Produkte werden verschickt',
  'stock: a code reward’s stock is its codes; upload more with POST …/codes':
    'stock: Der Vorrat einer Code-Prämie sind ihre Codes; laden Sie weitere mit POST …/codes hoch',
  'stock: a code reward’s stock is its codes; upload them with POST …/codes':
    'stock: Der Vorrat einer Code-Prämie sind ihre Codes; laden Sie sie mit POST …/codes hoch',

  // Commissions and payouts.
  'A SEPA file needs the account it pays from: set the program’s payout account (PUT /api/programs/{programId}/payout-account) first':
    'Eine SEPA-Datei braucht das Konto, von dem sie zahlt: Legen Sie zuerst das Auszahlungskonto des Programms fest (PUT /api/programs/{programId}/payout-account)',
  'An ambassador’s commission lines kept changing; make the payout again':
    'Die Provisionsposten eines Botschafters haben sich ständig geändert; erstellen Sie die Auszahlung noch einmal',
  'No payee in this payout is paid by PayPal: export format=csv or format=sepa':
    'Niemand in dieser Auszahlung wird per PayPal bezahlt: Exportieren Sie format=csv oder format=sepa',
  'No payee in this payout is paid by bank transfer: export format=paypal':
    'Niemand in dieser Auszahlung wird per Überweisung bezahlt: Exportieren Sie format=paypal',
  'Nothing to pay: no ambassador has an approved balance to pay now':
    'Nichts zu zahlen: Kein Botschafter hat jetzt einen freigegebenen Betrag zur Auszahlung',
  'Only the ambassador sets their own payout details':
    'Nur der Botschafter selbst legt seine Auszahlungsdaten fest',
  'Only the owner and brand see commissions; an ambassador sees their own (ambassadorId)':
    'Nur Eigentümer und Marke sehen Provisionen; ein Botschafter sieht seine eigenen (ambassadorId)',
  'Payout details are for the ambassador, the owner and the brand':
    'Auszahlungsdaten sind für den Botschafter, den Eigentümer und die Marke',
  'The commission lines of this payout kept changing; confirm again':
    'Die Provisionsposten dieser Auszahlung haben sich ständig geändert; bestätigen Sie noch einmal',
  'The payout kept changing while it was confirmed; read it again':
    'Die Auszahlung hat sich beim Bestätigen ständig geändert; laden Sie sie neu',
  'The payout kept changing while it was finished; read it again':
    'Die Auszahlung hat sich beim Abschließen ständig geändert; laden Sie sie neu',
  'The report rollups are changing too fast': 'Die Berichtszahlen ändern sich zu schnell',
  'This payout is still being made; confirm it once it is ready':
    'Diese Auszahlung wird noch erstellt; bestätigen Sie sie, sobald sie fertig ist',
  'This payout is still being made; export it once it is ready':
    'Diese Auszahlung wird noch erstellt; exportieren Sie sie, sobald sie fertig ist',
  'This payout was confirmed already': 'Diese Auszahlung wurde schon bestätigt',
  'format=sepa: SEPA credit transfers are in euros, and this program pays in {currency}; export format=csv or format=paypal':
    'format=sepa: SEPA-Überweisungen sind in Euro, und dieses Programm zahlt in {currency}; exportieren Sie format=csv oder format=paypal',
  'month: the report for {month} is written when the month ends':
    'month: Der Bericht für {month} wird geschrieben, wenn der Monat endet',

  // The shop and its webhooks.
  'A Shopify delivery is a JSON object': 'Eine Shopify-Zustellung ist ein JSON-Objekt',
  'A signed refund names its order in the body (orderId), so the signature covers which order it refunds':
    'Eine signierte Erstattung nennt ihre Bestellung im Body (orderId), damit die Signatur abdeckt, welche Bestellung sie erstattet',
  'An Admin API access token needs the discount its codes give':
    'Ein Admin-API-Zugriffstoken braucht den Rabatt, den seine Codes geben',
  'Only an approved ambassador’s code can be rotated':
    'Nur der Code eines angenommenen Botschafters lässt sich erneuern',
  'The code’s shop record keeps changing': 'Der Shop-Eintrag des Codes ändert sich ständig',
  'The webhook body is not JSON': 'Der Body des Webhooks ist kein JSON',
  'This order is changing too fast; try again':
    'Diese Bestellung ändert sich zu schnell; versuchen Sie es noch einmal',
  'This order was already recorded with different content':
    'Diese Bestellung wurde schon mit anderem Inhalt erfasst',
  'This refund was already recorded with a different amount':
    'Diese Erstattung wurde schon mit einem anderen Betrag erfasst',
  'This webhook comes from another shop than the one connected':
    'Dieser Webhook kommt von einem anderen als dem verbundenen Shop',
  'X-Shopify-Hmac-Sha256 does not match the body with the connected shop’s secret':
    'X-Shopify-Hmac-Sha256 passt nicht zum Body mit dem Geheimnis des verbundenen Shops',
  'X-Shopify-Webhook-Id is missing': 'X-Shopify-Webhook-Id fehlt',
  'X-Shopify-Webhook-Id is too long': 'X-Shopify-Webhook-Id ist zu lang',
  "amount: refunds would add up to {refundTotal}, more than the order's {orderAmount}":
    'amount: Die Erstattungen ergäben zusammen {refundTotal}, mehr als die {orderAmount} der Bestellung',
  'orderId: the body names another order than the path':
    'orderId: Der Body nennt eine andere Bestellung als der Pfad',

  // Parts of messages, from the source's tables (`{value}`, `{per}`, `{article}`, …).
  a: 'ein',
  an: 'ein',
  'an hour': 'pro Stunde',
  'a day': 'pro Tag',
  submissions: 'Einreichungen',
  kudos: 'Kudos',
  'new tracked links': 'neuen Tracking-Links',
  suspended: 'gesperrt',
  reinstated: 'wieder zugelassen',
};

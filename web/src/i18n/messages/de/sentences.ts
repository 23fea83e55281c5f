import type { sentences as en } from '../en/sentences.ts';

/** Sentences the dashboard builds in code, in German (see the English module). */
export const sentences: Record<keyof typeof en, string> = {
  'sentences.line.clawback': 'Nach einer Erstattung der Bestellung zurückgebucht',
  'sentences.line.approvedFrom': 'Freigegeben ab {date}',
  'sentences.line.beforeRefunds': '{amount} vor Erstattungen',
  'sentences.line.clawedBack': '{amount} zurückgebucht',
  'sentences.line.batchedSince': 'Seit {date} in einer Auszahlung, noch nicht gesendet',
  'sentences.line.batched': 'In einer Auszahlung, noch nicht gesendet',
  'sentences.line.paidOnRef': 'Bezahlt am {day}, Ref. {reference}',
  'sentences.line.paidOn': 'Bezahlt am {day}',
  'sentences.line.paidRef': 'Bezahlt, Ref. {reference}',
  'sentences.line.paid': 'Bezahlt',
  'sentences.line.void': 'Bestellung vor der Freigabe vollständig erstattet',
  'sentences.line.percent': '{percent} der Bestellung',
  'sentences.line.perOrder': '{amount} pro Bestellung',

  'sentences.payout.holdingUntil': 'Ausstehend bis {date} (Haltefrist, falls die Bestellung zurückgeht)',
  'sentences.payout.holding': 'Ausstehend (Haltefrist)',
  'sentences.payout.nextClawback': 'Freigegeben: wird von Ihrer nächsten Auszahlung abgezogen',
  'sentences.payout.next': 'Freigegeben: in der nächsten Auszahlung',
  'sentences.payout.noDetails': 'Freigegeben: wartet auf Ihre Auszahlungsdaten (unten eintragen)',
  'sentences.payout.refundsOutweigh':
    'Freigegeben: Erstattungen übersteigen Ihre freigegebene Provision derzeit ({balance}); sie wartet auf neue Verkäufe',
  'sentences.payout.belowMinimum':
    'Freigegeben: unter der Mindestauszahlung von {minimum} (bisher {balance})',
  'sentences.payout.inBatchSince': 'In einer Auszahlung, die gesendet wird (seit {date})',
  'sentences.payout.inBatch': 'In einer Auszahlung, die gesendet wird',
  'sentences.payout.paidOnRef': 'Bezahlt am {date}, Ref. {reference}',
  'sentences.payout.paidOn': 'Bezahlt am {date}',
  'sentences.payout.paidRef': 'Bezahlt, Ref. {reference}',
  'sentences.payout.paid': 'Bezahlt',
  'sentences.payout.void': 'Ungültig: Die Bestellung wurde vollständig erstattet',

  'sentences.redeem.notEnough':
    'Noch nicht genug Punkte: Die Prämie kostet {cost}, Sie haben {balance}, es fehlen also noch {toGo}. Es wurde nichts abgebucht.',
  'sentences.redeem.outOfStock':
    'Leider ist gerade die letzte vergeben. Es wurde nichts abgebucht; der Katalog zeigt, was noch da ist.',
  'sentences.redeem.limit':
    'Sie haben bereits so viele dieser Prämie, wie ein Botschafter haben darf. Abgelehnte oder stornierte zählen nicht.',
  'sentences.redeem.tier':
    '{reason}. Ihre Stufe steigt mit Ihren gesammelten Punkten; Einlösen senkt sie nie.',
  'sentences.redeem.notYet': '{reason}. Schauen Sie dann wieder vorbei.',
  'sentences.redeem.ended': '{reason}.',
  'sentences.redeem.inactive': 'Diese Prämie wird derzeit nicht angeboten.',

  'sentences.figures.sharing': 'Teilen',
  'sentences.figures.submitted': 'Eingereichte Beiträge',
  'sentences.figures.approved': 'Freigegebene Beiträge',
  'sentences.figures.approvalRate': 'Freigabequote',
  'sentences.figures.medianReview': 'Mittlere Zeit bis zur Freigabe',
  'sentences.figures.views': 'Aufrufe',
  'sentences.figures.impressions': 'Impressionen',
  'sentences.figures.reach': 'Reichweite',
  'sentences.figures.engagements': 'Interaktionen',
  'sentences.figures.shopping': 'Einkaufen',
  'sentences.figures.clicks': 'Klicks auf Empfehlungslinks',
  'sentences.figures.orders': 'Bestellungen',
  'sentences.figures.revenue': 'Umsatz über Empfehlungen',
  'sentences.figures.conversion': 'Bestellungen pro Klick',
  'sentences.figures.revenuePerActive': 'Umsatz pro aktivem Botschafter',
  'sentences.figures.advocacy': 'Weiterempfehlung',
  'sentences.figures.applications': 'Bewerbungen',
  'sentences.figures.newAmbassadors': 'Neue Botschafter',
  'sentences.figures.activeAmbassadors': 'Aktive Botschafter',
  'sentences.figures.retention': 'Aus dem Vormonat wieder aktiv',
  'sentences.figures.recruited': 'Von Botschaftern geworben',

  'sentences.activity.applied': 'beworben',
  'sentences.activity.approved': 'aufgenommen',
  'sentences.activity.challengeViewed': 'Challenge angesehen',
  'sentences.activity.submitted': 'eingereicht',
  'sentences.activity.postApproved': 'Beitrag freigegeben',
  'sentences.activity.linkShared': 'Link geteilt',
  'sentences.activity.clicked': 'geklickt',
  'sentences.activity.sold': 'verkauft',
  'sentences.activity.invited': 'eingeladen',
  'sentences.activity.badgeEarned': 'Abzeichen erhalten',
  'sentences.activity.tierUp': 'Stufe aufgestiegen',

  'sentences.caption.hashtag': 'Hashtag {tag} fehlt',
  'sentences.caption.mention': 'Erwähnung {handle} fehlt',
  'sentences.caption.disclosure':
    '{platform, select, instagram {Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu oder nutzen Sie Instagrams Label „Bezahlte Partnerschaft“} facebook {Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu oder nutzen Sie Facebooks Label „Bezahlte Partnerschaft“} youtube {Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu oder setzen Sie bei YouTube das Häkchen „Enthält bezahlte Werbung“} tiktok {Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu oder schalten Sie TikToks Kennzeichnung für Werbeinhalte ein} other {Keine Kennzeichnung als bezahlte Partnerschaft: Fügen Sie #ad hinzu}}',

  'sentences.link.empty': 'Fügen Sie den Link zum Beitrag ein',
  'sentences.link.tooLong': 'Der Link ist zu lang (höchstens {max} Zeichen)',
  'sentences.link.invalid':
    'Das ist kein gültiger Link; kopieren Sie die ganze Adresse, beginnend mit https://',
  'sentences.link.http': 'Verwenden Sie einen Link, der mit https:// beginnt',
  'sentences.link.credentials': 'Der Link darf keinen Benutzernamen und kein Passwort enthalten',
  'sentences.link.ipAddress':
    'Links auf eine IP-Adresse werden nicht angenommen; verwenden Sie den Domainnamen der Website',
  'sentences.link.localhost': 'Links auf localhost werden nicht angenommen',
  'sentences.link.noDomain': 'Der Link braucht einen echten Domainnamen, etwa example.com',
  'sentences.link.choosePlatform':
    '{owner, select, instagram {Das ist ein Instagram-Link} x {Das ist ein X-Link} other {Das ist ein {label}-Link}}: Wählen Sie {label} als Plattform',
  'sentences.link.otherPlatform':
    '{owner, select, instagram {Das ist ein Instagram-Link} x {Das ist ein X-Link} other {Das ist ein {ownerLabel}-Link}}, kein {platform, select, instagram {Link zu einem Instagram-Beitrag} x {Link zu einem X-Beitrag} youtube {Link zu einem YouTube-Video} other {Link zu einem {label}-Beitrag}}',
  'sentences.link.notAPost':
    'Das ist kein {platform, select, instagram {Link zu einem Instagram-Beitrag} x {Link zu einem X-Beitrag} youtube {Link zu einem YouTube-Video} other {Link zu einem {label}-Beitrag}} (erwartet: {example})',

  'sentences.bulk.approvedAll': '{count, plural, one {# Bewerbung} other {# Bewerbungen}} angenommen.',
  'sentences.bulk.rejectedAll': '{count, plural, one {# Bewerbung} other {# Bewerbungen}} abgelehnt.',
  'sentences.bulk.approvedSome': '{decided} von {total} angenommen.',
  'sentences.bulk.rejectedSome': '{decided} von {total} abgelehnt.',
  'sentences.bulk.conflicts':
    '{count, plural, one {# wurde bereits von jemand anderem entschieden: Die Zeile zeigt die Entscheidung.} other {# wurden bereits von jemand anderem entschieden: Die Zeilen zeigen die Entscheidung.}}',
  'sentences.bulk.failed':
    '{count, plural, one {# ist fehlgeschlagen: Der Grund steht in der Zeile, die ausgewählt bleibt.} other {# sind fehlgeschlagen: Der Grund steht jeweils in der Zeile; sie bleiben ausgewählt.}}',

  'sentences.config.failed': 'Die Konfiguration des Dashboards wurde nicht geladen (HTTP {status}).',
  'sentences.upload.stopped': 'Der Upload wurde abgebrochen',

  'sentences.answer.yes': 'Ja',
  'sentences.answer.no': 'Nein',

  'sentences.count.over': '{count, plural, one {# Zeichen zu viel} other {# Zeichen zu viel}}',
  'sentences.count.left': '{count, plural, one {noch # Zeichen} other {noch # Zeichen}}',
};

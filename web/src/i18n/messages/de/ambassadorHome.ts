import type { ambassadorHome as en } from '../en/ambassadorHome.ts';

/** An ambassador's Home, Earnings, Leaderboard, Rewards and Notifications, and the team's notifications. */
export const ambassadorHome: Record<keyof typeof en, string> = {
  // Home
  'ambassadorHome.home.welcomeName': 'Willkommen, {name}',
  'ambassadorHome.home.welcome': 'Willkommen',
  'ambassadorHome.home.hiName': 'Hallo {name}',
  'ambassadorHome.home.welcomeBack': 'Willkommen zurück',
  'ambassadorHome.home.foot': '{program} · <link>Ihre Benachrichtigungen</link>',
  'ambassadorHome.home.nextStep': 'Nächster Schritt',
  'ambassadorHome.home.step.challenges': 'Die Challenges dieses Monats ansehen',
  'ambassadorHome.home.step.shareLink': 'Ihren Empfehlungslink teilen',
  'ambassadorHome.home.step.submitPost': 'Für eine offene Challenge posten',
  'ambassadorHome.home.step.shareAnyLink': 'Ihren Empfehlungslink oder einen Tracking-Link teilen',
  'ambassadorHome.home.step.shareWhereAudience': 'Ihren Link dort teilen, wo Ihr Publikum ist',
  'ambassadorHome.home.step.linksSell': 'Links, die geteilt werden, verkaufen',
  'ambassadorHome.home.step.inviteFriend': 'Freunde mit Ihrem Einladungslink einladen',
  'ambassadorHome.home.step.waitForReview': 'Ihre Bewerbung wird geprüft',
  'ambassadorHome.home.step.reapply':
    'Sie können sich {days, plural, one {# Tag} other {# Tage}} nach der Entscheidung erneut bewerben',
  'ambassadorHome.home.step.postAboutGift': 'Bis {date} über Ihr Geschenk „{reward}“ posten',
  'ambassadorHome.home.progress': 'Ihr Fortschritt',
  'ambassadorHome.home.progressNone':
    'Punkte, Stufen und Abzeichen beginnen mit Ihrem ersten freigegebenen Beitrag.',
  'ambassadorHome.home.points': 'Punkte',
  'ambassadorHome.home.tier': 'Stufe',
  'ambassadorHome.home.approvedPosts': 'Freigegebene Beiträge',
  'ambassadorHome.home.recruits': 'Geworbene Freunde',
  'ambassadorHome.home.views': 'Aufrufe Ihrer Beiträge',
  'ambassadorHome.home.reached': 'Erreichte Personen',
  'ambassadorHome.home.toGo':
    '{points, plural, one {Noch # Punkt bis <strong>{tier}</strong>} other {Noch # Punkte bis <strong>{tier}</strong>}}',
  'ambassadorHome.home.lifetime': '{points, number} von {needed, number} Punkten insgesamt',
  'ambassadorHome.home.topTier': 'Sie sind auf der höchsten Stufe. Glückwunsch!',
  'ambassadorHome.home.badges': 'Abzeichen',
  'ambassadorHome.home.noBadges': 'Noch keine Abzeichen: Ihr erster freigegebener Beitrag bringt eines.',
  'ambassadorHome.home.badgesToEarn': 'Noch zu verdienende Abzeichen ({count, number})',
  'ambassadorHome.home.invite': 'Freunde einladen',
  'ambassadorHome.home.inviteText':
    'Kennen Sie jemanden, der ein toller Botschafter wäre? Schicken Sie ihm diese Seite, um sich zu bewerben.',
  'ambassadorHome.home.inviteTextPoints':
    'Kennen Sie jemanden, der ein toller Botschafter wäre? Schicken Sie ihm diese Seite, um sich zu bewerben: Sie erhalten {points, plural, one {# Punkt} other {# Punkte}}, sobald die Bewerbung angenommen ist.',
  'ambassadorHome.home.copyInvite': 'Einladungslink kopieren',
  // Moments on Home
  'ambassadorHome.moment.approved': 'Sie sind dabei!',
  'ambassadorHome.moment.approvedText':
    '{program} hat Ihre Bewerbung angenommen. Nehmen Sie an Ihrer ersten Challenge teil, um Punkte zu sammeln.',
  'ambassadorHome.moment.welcome': 'Willkommen bei {program}',
  'ambassadorHome.moment.welcomeText':
    'Nehmen Sie an einer Challenge teil, posten Sie darüber und sammeln Sie Punkte, Abzeichen und Prämien. Ihr nächster Schritt steht unten.',
  'ambassadorHome.moment.badge': '{count, plural, one {Ein neues Abzeichen} other {# neue Abzeichen}}',
  'ambassadorHome.moment.badgeText': 'Sie haben {badges} verdient.',
  'ambassadorHome.moment.tier': 'Sie haben {tier} erreicht',
  'ambassadorHome.moment.tierText': 'Eine neue Stufe: Glückwunsch!',
  'ambassadorHome.moment.dismiss': 'Ausblenden',
  'ambassadorHome.moment.dismissLabel': 'Ausblenden: {title}',
  'ambassadorHome.moment.fixPost': 'Beitrag überarbeiten',
  // Referral link and tracked links
  'ambassadorHome.referral.qrFailed':
    'Der QR-Code konnte nicht gezeichnet werden. Teilen Sie stattdessen den Link.',
  'ambassadorHome.referral.qrDrawing': 'QR-Code wird gezeichnet…',
  'ambassadorHome.referral.qrLabel': 'QR-Code für {link}',
  'ambassadorHome.referral.qrCaption': 'Scannen, um {link} zu öffnen',
  'ambassadorHome.referral.title': 'Ihr Empfehlungslink',
  'ambassadorHome.referral.noCode':
    'Ihr Empfehlungscode wird erstellt, sobald Ihre Bewerbung angenommen ist.',
  'ambassadorHome.referral.share':
    'Teilen Sie ihn überall: Jeder Klick wird gezählt, und Bestellungen darüber bringen Ihnen Provision.',
  'ambassadorHome.referral.code':
    'Code: <code>{referralCode}</code> <note>(zum Eingeben an der Kasse)</note>',
  'ambassadorHome.referral.copyLink': 'Link kopieren',
  'ambassadorHome.referral.showQr': 'QR-Code zeigen',
  'ambassadorHome.referral.hideQr': 'QR-Code ausblenden',
  'ambassadorHome.tracked.title': 'Verfolgte Links zu anderen Seiten',
  'ambassadorHome.tracked.text':
    'Lassen Sie einen Link auf eine beliebige Seite von {hosts} zeigen. Klicks und Verkäufe zählen für Sie wie bei Ihrem Hauptlink.',
  'ambassadorHome.tracked.loading': 'Ihre Links werden geladen…',
  'ambassadorHome.tracked.none': 'Noch keine verfolgten Links',
  'ambassadorHome.tracked.noneText':
    'Erstellen Sie unten einen, um Leute auf eine bestimmte Seite zu schicken.',
  'ambassadorHome.tracked.leadsTo': 'führt zu {destination} · erstellt am {date}',
  'ambassadorHome.tracked.copy': 'Verfolgten Link zu {destination} kopieren',
  'ambassadorHome.tracked.make': 'Verfolgten Link erstellen',
  'ambassadorHome.tracked.address': 'Seitenadresse',
  'ambassadorHome.tracked.addressHint': 'Eine https-Seite von {hosts}.',
  'ambassadorHome.tracked.slug': 'Linkname (optional)',
  'ambassadorHome.tracked.slugHint':
    'Kleinbuchstaben, Ziffern und Bindestriche; er bildet das Ende des Links. Leer gelassen, wird einer erfunden.',
  'ambassadorHome.tracked.challenge': 'Für eine Challenge (optional)',
  'ambassadorHome.tracked.challengeHint': 'Verkäufe über diesen Link zählen dann für diese Challenge.',
  'ambassadorHome.tracked.noChallenge': 'Keine Challenge',
  'ambassadorHome.tracked.create': 'Link erstellen',
  'ambassadorHome.tracked.created': 'Verfolgter Link erstellt',
  // Public page
  'ambassadorHome.page.title': 'Ihre öffentliche Seite',
  'ambassadorHome.page.loading': 'Die Einstellungen Ihrer Seite werden geladen…',
  'ambassadorHome.page.saved': 'Öffentliche Seite gespeichert',
  'ambassadorHome.page.off': 'Öffentliche Seite ausgeschaltet',
  'ambassadorHome.page.text':
    'Eine eigene Seite zum Teilen: Ihr Name und Foto, Ihre freigegebenen Beiträge und die Links, die Sie auswählen. Jeder Link darauf ist Ihrer, und ein Besuch zählt als Klick. Name, Foto und Profilnamen kommen aus Ihrem <link>Profil</link>.',
  'ambassadorHome.page.copy': 'Seitenadresse kopieren',
  'ambassadorHome.page.show': 'Meine öffentliche Seite zeigen',
  'ambassadorHome.page.picks': 'Ihre Auswahl',
  'ambassadorHome.page.noLinksText':
    'Erstellen Sie oben einen verfolgten Link und wählen Sie ihn dann hier aus.',
  'ambassadorHome.page.full': 'Eine Seite zeigt höchstens {count, plural, one {# Link} other {# Links}}.',
  'ambassadorHome.page.save': 'Öffentliche Seite speichern',
  // Leaving
  'ambassadorHome.leave.title': 'Programm verlassen',
  'ambassadorHome.leave.left': 'Sie haben das Programm verlassen',
  'ambassadorHome.leave.warning':
    'Ihr Empfehlungscode und Ihre Links bringen sofort nichts mehr ein. Ihre Punkte, Beiträge, Verkäufe und Provisionen bleiben: Verdiente Provision wird weiterhin ausgezahlt. Sie können sich später erneut bewerben und erhalten dann einen neuen Code.',
  'ambassadorHome.leave.reason': 'Warum verlassen Sie das Programm? (optional)',
  'ambassadorHome.leave.confirm': 'Programm verlassen',
  'ambassadorHome.leave.stay': 'Bleiben',
  'ambassadorHome.leave.start': 'Dieses Programm verlassen…',
  // Earnings
  'ambassadorHome.earnings.title': 'Einnahmen',
  'ambassadorHome.earnings.noLink': 'Ihre Einnahmen erscheinen hier, sobald Sie einen Empfehlungslink haben.',
  'ambassadorHome.earnings.commission': 'Provision',
  'ambassadorHome.earnings.pending': 'Ausstehend',
  'ambassadorHome.earnings.pendingHint': 'In der Haltefrist',
  'ambassadorHome.earnings.approved': 'Freigegeben',
  'ambassadorHome.earnings.approvedHint': 'Auszuzahlen, in einer Auszahlung oder wartend auf eine',
  'ambassadorHome.earnings.paid': 'Ausgezahlt',
  'ambassadorHome.earnings.note':
    'Provision wartet die Rückgabefrist des Shops ab, bevor sie freigegeben wird; eine erstattete Bestellung macht sie rückgängig.',
  'ambassadorHome.earnings.minimum': 'Auszahlungen ab {amount}.',
  'ambassadorHome.earnings.sales': 'Ihre Verkäufe insgesamt',
  'ambassadorHome.earnings.clicks': 'Klicks',
  'ambassadorHome.earnings.orders': 'Bestellungen',
  'ambassadorHome.earnings.perClick': 'Bestellungen pro Klick',
  'ambassadorHome.earnings.revenue': 'Umsatz',
  'ambassadorHome.earnings.refunds': 'Erstattungen',
  'ambassadorHome.earnings.netRevenue': 'Nettoumsatz',
  'ambassadorHome.earnings.noOrders':
    'Noch keine Bestellungen. <link>Teilen Sie Ihren Link</link> dort, wo Ihr Publikum ist.',
  'ambassadorHome.earnings.clicksTitle': 'Klicks auf Ihre Links',
  'ambassadorHome.earnings.clicksLoading': 'Ihre Klicks werden geladen…',
  'ambassadorHome.earnings.clicksCounted':
    '<strong>{total}</strong> gezählte Klicks insgesamt, <strong>{last30}</strong> in den letzten 30 Tagen.',
  'ambassadorHome.earnings.clicksChart': 'Klicks pro Tag, letzte 30 Tage',
  'ambassadorHome.earnings.noClicks':
    'Keine Klicks in den letzten 30 Tagen. <link>Holen Sie sich Ihren Link</link>',
  'ambassadorHome.earnings.trackedLinks': 'Ihre verfolgten Links',
  'ambassadorHome.earnings.together': 'Klicks werden für alle Ihre Links zusammen gezählt.',
  'ambassadorHome.lines.title': 'Ihre Provision, Posten für Posten',
  'ambassadorHome.lines.loading': 'Ihre Provision wird geladen…',
  'ambassadorHome.lines.none': 'Noch keine Provision',
  'ambassadorHome.lines.noneText': 'Jede Bestellung über Ihren Link fügt hier einen Posten hinzu.',
  'ambassadorHome.lines.order': 'Bestellung {order}, {date}',
  'ambassadorHome.lines.refund': 'Erstattung von {order}, {date}',
  'ambassadorHome.lines.more': 'Weitere Posten zeigen',
  // Payout details
  'ambassadorHome.payout.paypal': 'PayPal-Konto {email}',
  'ambassadorHome.payout.bank': 'Bankkonto von {holder}, {iban}',
  'ambassadorHome.payout.bankBic': 'Bankkonto von {holder}, {iban} ({bic})',
  'ambassadorHome.payout.title': 'Auszahlungsdaten',
  'ambassadorHome.payout.loading': 'Ihre Auszahlungsdaten werden geladen…',
  'ambassadorHome.payout.saved': 'Auszahlungsdaten gespeichert',
  'ambassadorHome.payout.current':
    'Sie erhalten Auszahlungen auf: {details}. Speichern Sie neue Daten, um das zu ändern.',
  'ambassadorHome.payout.none':
    'Geben Sie an, wohin Sie ausgezahlt werden möchten: Ihre freigegebene Provision wartet darauf.',
  'ambassadorHome.payout.paidBy': 'Auszahlung per',
  'ambassadorHome.payout.methodPaypal': 'PayPal',
  'ambassadorHome.payout.methodBank': 'Überweisung (IBAN)',
  'ambassadorHome.payout.email': 'PayPal-E-Mail',
  'ambassadorHome.payout.holder': 'Kontoinhaber',
  'ambassadorHome.payout.iban': 'IBAN',
  'ambassadorHome.payout.bic': 'BIC (optional)',
  'ambassadorHome.payout.sealed':
    'Sicher verwahrt; die Marke und Sie sehen sie nur maskiert. Nur Sie können sie ändern.',
  'ambassadorHome.payout.save': 'Auszahlungsdaten speichern',
  // Leaderboard
  'ambassadorHome.board.title': 'Rangliste',
  'ambassadorHome.board.period': 'Zeitraum',
  'ambassadorHome.board.month': 'Dieser Monat',
  'ambassadorHome.board.all': 'Gesamte Zeit',
  'ambassadorHome.board.loading': 'Die Rangliste wird geladen…',
  'ambassadorHome.board.allTime': 'gesamte Zeit',
  'ambassadorHome.board.rank':
    'Sie sind <strong>auf Platz {rank, number}</strong> mit <strong>{points, plural, one {# Punkt} other {# Punkten}}</strong> ({period}).',
  'ambassadorHome.board.rankOutside':
    'Sie sind <strong>auf Platz {rank, number}</strong> mit <strong>{points, plural, one {# Punkt} other {# Punkten}}</strong> ({period}). Sie sind knapp außerhalb der Liste unten: Weiter so!',
  'ambassadorHome.board.noPoints':
    'Noch keine Punkte für {period}. <link>Nehmen Sie an einer Challenge teil</link>, um in die Rangliste zu kommen.',
  'ambassadorHome.board.nobody': 'Noch niemand hat Punkte',
  'ambassadorHome.board.beFirst': 'Seien Sie die Erste oder der Erste: zu den Challenges',
  'ambassadorHome.board.caption': 'Top-Botschafter, {period}',
  'ambassadorHome.board.rankColumn': 'Platz',
  'ambassadorHome.board.ambassador': 'Botschafter',
  'ambassadorHome.board.tier': 'Stufe',
  'ambassadorHome.board.points': 'Punkte',
  'ambassadorHome.board.you': '{name} (Sie)',
  // Notifications
  'ambassadorHome.notifications.title': 'Benachrichtigungen',
  'ambassadorHome.notifications.loading': 'Ihre Benachrichtigungen werden geladen…',
  'ambassadorHome.notifications.none': 'Nichts Neues',
  'ambassadorHome.notifications.noneText':
    'Entscheidungen zu Ihren Beiträgen, Abzeichen und neue Challenges erscheinen hier.',
  'ambassadorHome.notifications.seeChallenges': 'Die Challenges dieses Monats ansehen',
  'ambassadorHome.notifications.new': 'Neu',
  'ambassadorHome.notifications.teamNoneText':
    'Vermutlich weitergegebene Codes, Webhook-Probleme und bald endende Rechte erscheinen hier.',
  'ambassadorHome.notifications.leak':
    '{count, plural, one {# Bestellung nur mit Code von Neukunden} other {# Bestellungen nur mit Code von Neukunden}} am <strong>{day}</strong> nutzte <code>{leakCode}</code>, den Code von {ambassador}, ohne Klick auf dessen Links.',
  'ambassadorHome.notifications.leakOrders': 'Diese Bestellungen ansehen',
  'ambassadorHome.notifications.leakRotate':
    'Erneuern Sie den Code in der Zeile des Botschafters unter Bewerbungen › Angenommen.',
  // The referral code at the shop's checkout
  'ambassadorHome.shopCode.noCode': 'Noch gibt es keinen Empfehlungscode: Sie erhalten ihn mit der Annahme.',
  'ambassadorHome.shopCode.waiting':
    'Der Code {code} existiert bisher nur in Embassy: Er zählt über den Empfehlungslink, aber die Kasse des Shops nimmt ihn noch nicht an.',
  'ambassadorHome.shopCode.notConnected':
    'Der Code {code} existiert nur in Embassy: Er zählt über den Empfehlungslink, aber die Kasse des Shops nimmt ihn nicht an, denn der Shop ist nicht für Codes verbunden.',
  'ambassadorHome.shopCode.created': 'Der Code {code} funktioniert an der Kasse des Shops.',
  'ambassadorHome.shopCode.deactivated': 'Der Code {code} ist im Shop ausgeschaltet.',
  'ambassadorHome.shopCode.pending': 'Embassy bringt den Code {code} im Shop auf den neuesten Stand.',
  'ambassadorHome.shopCode.failed':
    'Der Code {code} existiert nur in Embassy: Er zählt über den Empfehlungslink, aber die Kasse des Shops nimmt ihn nicht an: Shopify hat ihn nicht übernommen (Grund: „{reason}“). Ein Manager kann es erneut versuchen.',
  'ambassadorHome.shopCode.failedNoReason':
    'Der Code {code} existiert nur in Embassy: Er zählt über den Empfehlungslink, aber die Kasse des Shops nimmt ihn nicht an: Shopify hat ihn nicht übernommen (ohne Angabe von Gründen). Ein Manager kann es erneut versuchen.',
  // Rewards
  'ambassadorHome.rewards.title': 'Prämien',
  'ambassadorHome.rewards.points': 'Ihre Punkte',
  'ambassadorHome.rewards.pointsLoading': 'Ihre Punkte werden geladen…',
  'ambassadorHome.rewards.toSpend': 'Einlösbar',
  'ambassadorHome.rewards.lifetime': 'Punkte insgesamt',
  'ambassadorHome.rewards.spendNote':
    'Sie geben Ihr Guthaben aus; Ihre Stufe und Ihr Rang richten sich nach den Punkten insgesamt, Einlösen senkt sie also nie.',
  'ambassadorHome.rewards.catalogue': 'Katalog',
  'ambassadorHome.rewards.loading': 'Die Prämien werden geladen…',
  'ambassadorHome.rewards.none': 'Noch keine Prämien',
  'ambassadorHome.rewards.noneText':
    'Das Team stellt Prämien hier ein. Bis dahin zählen Ihre Punkte weiter: <link>die Challenges dieses Monats ansehen</link>.',
  'ambassadorHome.rewards.cost': '{points, plural, one {# Punkt} other {# Punkte}}',
  'ambassadorHome.rewards.affordable': 'Sie können sie sich leisten',
  'ambassadorHome.rewards.toGo': '{points, plural, one {Noch # Punkt} other {Noch # Punkte}}',
  'ambassadorHome.rewards.mine':
    '{count, plural, one {Sie haben sie einmal eingelöst.} other {Sie haben sie #-mal eingelöst.}}',
  'ambassadorHome.rewards.mineLimit':
    '{count, plural, one {Sie haben sie einmal eingelöst (höchstens {limit, number}).} other {Sie haben sie #-mal eingelöst (höchstens {limit, number}).}}',
  'ambassadorHome.rewards.lock.inactive': 'Diese Prämie wird im Moment nicht angeboten',
  'ambassadorHome.rewards.lock.tier': 'Erreichen Sie die Stufe {tier}, um diese Prämie freizuschalten',
  'ambassadorHome.rewards.lock.notYet': 'Verfügbar ab {date}',
  'ambassadorHome.rewards.lock.ended': 'Nicht mehr verfügbar: Das Angebot endete am {date}',
  'ambassadorHome.rewards.lock.limit':
    '{limit, plural, =1 {Sie haben diese Prämie schon eingelöst} other {Sie haben diese Prämie so oft eingelöst, wie es erlaubt ist (#)}}',
  'ambassadorHome.rewards.lock.outOfStock': 'Nicht mehr vorrätig',
  'ambassadorHome.rewards.redeem': 'Einlösen<hidden>: {reward}</hidden>',
  // The confirm step
  'ambassadorHome.redeem.title': '„{reward}“ einlösen',
  'ambassadorHome.redeem.spends':
    'Das kostet <strong>{cost, plural, one {# Punkt} other {# Punkte}}</strong>.',
  'ambassadorHome.redeem.spendsBalance':
    'Das kostet <strong>{cost, plural, one {# Punkt} other {# Punkte}}</strong>: Ihr Guthaben sinkt von {balance, number} auf {left, number}.',
  'ambassadorHome.redeem.codeApproval':
    'Das Team gibt sie frei, dann erscheint Ihr Code unter „Ihre Einlösungen“.',
  'ambassadorHome.redeem.codeAtOnce': 'Ihr Code erscheint sofort.',
  'ambassadorHome.redeem.product': 'Das Team gibt sie frei und schickt sie Ihnen zu.',
  'ambassadorHome.redeem.perk': 'Das Team gibt sie frei und meldet sich bei Ihnen.',
  'ambassadorHome.redeem.retrySafe':
    '{problem} Erneutes Senden ist sicher: Diese Anfrage wird Ihnen nicht doppelt berechnet.',
  'ambassadorHome.redeem.tryAgain': 'Erneut versuchen',
  'ambassadorHome.redeem.confirm':
    '{cost, plural, one {Bestätigen: # Punkt einlösen} other {Bestätigen: # Punkte einlösen}}',
  'ambassadorHome.redeem.cancel': 'Abbrechen',
  // Shipping address
  'ambassadorHome.address.legend': 'Lieferadresse',
  'ambassadorHome.address.name': 'Vollständiger Name',
  'ambassadorHome.address.line1': 'Adresszeile 1',
  'ambassadorHome.address.line1Hint': 'Straße und Hausnummer',
  'ambassadorHome.address.line2': 'Adresszeile 2 (optional)',
  'ambassadorHome.address.postalCode': 'Postleitzahl',
  'ambassadorHome.address.city': 'Ort',
  'ambassadorHome.address.region': 'Bundesland oder Region (optional)',
  'ambassadorHome.address.country': 'Land',
  'ambassadorHome.address.chooseCountry': 'Land wählen',
  // What a redemption gave
  'ambassadorHome.result.code': '<strong>Eingelöst.</strong> Ihr Code:',
  'ambassadorHome.result.copyCode': 'Code kopieren',
  'ambassadorHome.result.codeStays': 'Er bleibt unten unter „Ihre Einlösungen“.',
  'ambassadorHome.result.spent':
    '<strong>Eingelöst.</strong> {points, plural, one {# Punkt ausgegeben.} other {# Punkte ausgegeben.}}',
  'ambassadorHome.result.requested':
    '<strong>Angefragt.</strong> Das Team sieht sie sich bald an, und Sie werden benachrichtigt. Solange sie wartet, können Sie sie unter „Ihre Einlösungen“ stornieren, und die Punkte kommen zurück.',
  'ambassadorHome.result.done': 'Fertig',
  // Redemptions so far
  'ambassadorHome.history.title': 'Ihre Einlösungen',
  'ambassadorHome.history.loading': 'Ihre Einlösungen werden geladen…',
  'ambassadorHome.history.none': 'Noch nichts eingelöst',
  'ambassadorHome.history.noneText': 'Eingelöste Prämien erscheinen hier, mit ihren Codes und Paketen.',
  'ambassadorHome.history.requested': 'Wartet auf die Entscheidung des Teams.',
  'ambassadorHome.history.approved': 'Freigegeben: bald unterwegs zu Ihnen.',
  'ambassadorHome.history.fulfilled': 'Erledigt.',
  'ambassadorHome.history.rejected': 'Nicht angenommen: Ihre Punkte sind zurück.',
  'ambassadorHome.history.cancelled': 'Von Ihnen storniert: Ihre Punkte sind zurück.',
  'ambassadorHome.history.cancelledToast':
    '{points, plural, one {„{reward}“ storniert; # Punkt ist zurück} other {„{reward}“ storniert; # Punkte sind zurück}}',
  'ambassadorHome.history.status': 'Status: ',
  'ambassadorHome.history.line': '{points, plural, one {# Punkt} other {# Punkte}} · {date} · {status}',
  'ambassadorHome.history.yourCode': 'Ihr Code:',
  'ambassadorHome.history.track': 'Paket verfolgen<hidden> (öffnet in einem neuen Tab)</hidden>',
  'ambassadorHome.history.note': '<strong>Vom Team:</strong> {note}',
  'ambassadorHome.history.why': '<strong>Begründung:</strong> {reason}',
  'ambassadorHome.history.postAbout': 'Bitte posten Sie darüber in <link>{challenge}</link>.',
  'ambassadorHome.history.postAboutBy': 'Bitte posten Sie bis {date} darüber in <link>{challenge}</link>.',
  'ambassadorHome.history.itsChallenge': 'der zugehörigen Challenge',
  'ambassadorHome.history.posted': 'Sie haben am {date} darüber gepostet. Danke!',
  'ambassadorHome.history.confirmCancel': 'Diese Anfrage stornieren? Die Punkte kommen zurück.',
  'ambassadorHome.history.yesCancel': 'Ja, stornieren',
  'ambassadorHome.history.keep': 'Behalten',
  'ambassadorHome.history.cancel': 'Anfrage stornieren<hidden>: {reward}</hidden>',
};

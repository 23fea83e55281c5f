import type { brandIntegrations as en } from '../en/brandIntegrations.ts';

/** The brand's screens: its tabs, the content library, and Integrations (API keys, signing secrets, Shopify, webhooks). */
export const brandIntegrations: Record<keyof typeof en, string> = {
  'brandIntegrations.cancel': 'Abbrechen',
  'brandIntegrations.tabs.sales': 'Umsatz',
  'brandIntegrations.tabs.sales.loading': 'Umsatz wird geladen…',
  'brandIntegrations.tabs.commissions': 'Provisionen',
  'brandIntegrations.tabs.commissions.loading': 'Provisionen werden geladen…',
  'brandIntegrations.tabs.payouts': 'Auszahlungen',
  'brandIntegrations.tabs.payouts.loading': 'Auszahlungen werden geladen…',
  'brandIntegrations.tabs.content': 'Inhalte',
  'brandIntegrations.tabs.integrations': 'Integrationen',
  'brandIntegrations.tabs.integrations.loading': 'Integrationen werden geladen…',
  'brandIntegrations.tabs.notifications': 'Benachrichtigungen',
  'brandIntegrations.tabs.notifications.loading': 'Benachrichtigungen werden geladen…',

  'brandIntegrations.content.title': 'Inhaltsbibliothek',
  'brandIntegrations.content.loading': 'Bibliothek wird geladen…',
  'brandIntegrations.content.export': 'CSV exportieren',
  'brandIntegrations.content.exported': 'CSV heruntergeladen',
  'brandIntegrations.content.exportNote':
    'Freigegebene Beiträge, die neuesten zuerst. Die CSV enthält die Beiträge, die die Filter auswählen, bis zu 5.000 pro Datei.',
  'brandIntegrations.content.posts': 'Beiträge',
  'brandIntegrations.content.empty': 'Keine passenden Beiträge',
  'brandIntegrations.content.empty.text':
    'Freigegebene Beiträge erscheinen hier; versuchen Sie es mit weniger Filtern.',
  'brandIntegrations.content.noneSoFar':
    'In den bisher gelesenen Beiträgen nichts gefunden; laden Sie mehr, um weiter zurückzusuchen.',
  'brandIntegrations.content.loadMore': 'Mehr Beiträge laden',
  'brandIntegrations.content.use.organic': 'organische Beiträge auf den eigenen Kanälen der Marke',
  'brandIntegrations.content.use.paid_ads': 'bezahlte Anzeigen',
  'brandIntegrations.content.use.website': 'die Website der Marke',
  'brandIntegrations.content.rights.granted': 'Für {uses}, bis {date} (Bedingungen Version {version}).',
  'brandIntegrations.content.rights.revoked':
    'Vom Botschafter widerrufen am {date}: Beginnen Sie keine neuen Nutzungen.',
  'brandIntegrations.content.rights.expired':
    'Abgelaufen am {date}: Bitten Sie den Botschafter um eine neue Freigabe.',
  'brandIntegrations.content.rights.none':
    'Der Botschafter hat keine Rechte zur Weiterverwendung dieses Beitrags eingeräumt.',
  'brandIntegrations.content.thumbAlt': 'Beitrag von {name}',
  'brandIntegrations.content.heading': '{name} auf {platform}',
  'brandIntegrations.content.aChallenge': 'Eine Challenge',
  'brandIntegrations.content.approved': '{challenge} · freigegeben am {date}',
  'brandIntegrations.content.figure.reach': 'Reichweite',
  'brandIntegrations.content.figure.views': 'Aufrufe',
  'brandIntegrations.content.figure.impressions': 'Impressionen',
  'brandIntegrations.content.figure.likes': 'Likes',
  'brandIntegrations.content.figure.comments': 'Kommentare',
  'brandIntegrations.content.figure.shares': 'Geteilt',
  'brandIntegrations.content.figure.saves': 'Gespeichert',
  'brandIntegrations.content.figuresVerified': 'Zahlen vom {date}, von einem Manager geprüft',
  'brandIntegrations.content.figuresReported': 'Zahlen vom {date}, wie der Botschafter sie gemeldet hat',
  'brandIntegrations.content.openPost':
    'Beitrag öffnen<hidden> von {name} (öffnet in einem neuen Tab)</hidden>',
  'brandIntegrations.content.onlyTheirs': 'Nur Beiträge von {name}',

  'brandIntegrations.filters.label': 'Bibliothek filtern',
  'brandIntegrations.filters.rights': 'Rechte',
  'brandIntegrations.filters.rights.any': 'Alle',
  'brandIntegrations.filters.rights.granted': 'Eingeräumt',
  'brandIntegrations.filters.rights.expiring': 'Enden innerhalb von 30 Tagen',
  'brandIntegrations.filters.rights.none': 'Keine (nie, widerrufen oder abgelaufen)',
  'brandIntegrations.filters.scope': 'Eingeräumt für',
  'brandIntegrations.filters.scope.hint': 'Laufende Freigaben, die diese Nutzung abdecken',
  'brandIntegrations.filters.scope.any': 'Jede Nutzung',
  'brandIntegrations.filters.platform': 'Plattform',
  'brandIntegrations.filters.platform.any': 'Jede Plattform',
  'brandIntegrations.filters.challenge': 'Challenge',
  'brandIntegrations.filters.challenge.any': 'Jede Challenge',
  'brandIntegrations.filters.minReach': 'Mindestreichweite',
  'brandIntegrations.filters.minReach.hint': 'Aus den zuletzt gemeldeten Zahlen des Beitrags',
  'brandIntegrations.filters.minReach.error': 'Eine ganze Zahl, 0 oder mehr',
  'brandIntegrations.filters.postsBy': 'Beiträge von <strong>{name}</strong>',
  'brandIntegrations.filters.oneAmbassador': 'einem Botschafter',
  'brandIntegrations.filters.everyone': 'Alle anzeigen',
  'brandIntegrations.filters.apply': 'Anwenden',
  'brandIntegrations.filters.clear': 'Filter zurücksetzen',

  'brandIntegrations.title': 'Integrationen',
  'brandIntegrations.lead':
    'Verbinden Sie Ihren Shop, damit Bestellungen Botschaftern gutgeschrieben werden: Senden Sie sie von Ihrem Server über die Conversions-API mit einem API-Schlüssel, oder verbinden Sie einen Shopify-Shop. Webhooks senden die Ereignisse von Embassy an Ihre anderen Systeme.',
  'brandIntegrations.storedOnce': 'Ich habe es gespeichert',

  'brandIntegrations.keys.title': 'API-Schlüssel',
  'brandIntegrations.keys.defaultName': 'Shop-Server',
  'brandIntegrations.keys.create': 'API-Schlüssel erstellen',
  'brandIntegrations.keys.created': 'API-Schlüssel erstellt',
  'brandIntegrations.keys.intro':
    'Der Server Ihres Shops sendet Bestellungen und Erstattungen mit einem Schlüssel im Authorization-Header. Erstellen Sie einen Schlüssel pro System, damit Sie einen widerrufen können, ohne die anderen zu stoppen.',
  'brandIntegrations.keys.name': 'Bezeichnung',
  'brandIntegrations.keys.name.hint': 'Wo der Schlüssel verwendet wird, etwa „Shop-Server“.',
  'brandIntegrations.keys.submit': 'Schlüssel erstellen',
  'brandIntegrations.keys.new': 'Neuer API-Schlüssel',
  'brandIntegrations.keys.copy': 'Schlüssel kopieren',
  'brandIntegrations.keys.newTitle': 'Ihr neuer Schlüssel „{name}“',
  'brandIntegrations.keys.newText':
    'Kopieren Sie ihn jetzt und legen Sie ihn in den Secrets Ihres Shop-Servers ab. Sie sehen ihn nicht wieder: Embassy speichert nur einen Hash davon.',
  'brandIntegrations.keys.loading': 'Schlüssel werden geladen…',
  'brandIntegrations.keys.empty': 'Noch keine API-Schlüssel',
  'brandIntegrations.keys.empty.text':
    'Erstellen Sie einen für den Server Ihres Shops, um Bestellungen zu senden.',
  'brandIntegrations.keys.yours': 'Ihre Schlüssel ({count, number} aktiv)',
  'brandIntegrations.key.revoked': 'Schlüssel „{name}“ widerrufen',
  'brandIntegrations.key.status.revoked': 'Widerrufen',
  'brandIntegrations.key.status.active': 'Aktiv',
  'brandIntegrations.key.createdAt': 'Erstellt {created} · ID <code>{id}</code>',
  'brandIntegrations.key.createdRevokedAt': 'Erstellt {created}, widerrufen {revoked} · ID <code>{id}</code>',
  'brandIntegrations.key.revoke': 'Widerrufen',
  'brandIntegrations.key.question':
    '„{name}“ widerrufen? Anfragen mit diesem Schlüssel werden sofort abgelehnt. Das lässt sich nicht rückgängig machen.',
  'brandIntegrations.key.yes': 'Ja, widerrufen',
  'brandIntegrations.key.keep': 'Behalten',

  'brandIntegrations.guide.title': 'Bestellungen von Ihrem Server senden',
  'brandIntegrations.guide.intro':
    'Wenn eine Bestellung bezahlt ist, sendet Ihr Server sie einmal an Embassy. Empfehlungslinks führen mit <code>ref</code> (dem Code des Botschafters) und <code>rid</code> (dem Klick) in der Adresse zu Ihrem Shop: Bewahren Sie beide in der Sitzung des Besuchers auf und senden Sie sie mit der Bestellung.',
  'brandIntegrations.guide.order': 'Bestellanfrage',
  'brandIntegrations.guide.order.copy': 'Bestellanfrage kopieren',
  'brandIntegrations.guide.orderId':
    'Ihre Bestellnummer. Sie erneut zu senden ändert nichts, Wiederholungen sind also sicher.',
  'brandIntegrations.guide.amount.whole':
    'Eine ganze Zahl in {currency}, das keine kleinere Einheit hat: 4990 ist {example}. Meist die Summe nach Rabatten, vor Versand.',
  'brandIntegrations.guide.amount.minor':
    'In kleinsten Einheiten (1/{fraction} {currency}) als ganze Zahl: 4990 ist {example}. Meist die Summe nach Rabatten, vor Versand.',
  'brandIntegrations.guide.currency': 'Die Währung des Programms, {currency}.',
  'brandIntegrations.guide.referral':
    'Optional: <code>ref</code> und <code>rid</code> aus der Landing-Adresse, oder ein Rabattcode gleich dem Code des Botschafters. Der Klick gewinnt, wenn er im Zuordnungszeitraum liegt.',
  'brandIntegrations.guide.email':
    'Optional: als Hash mit der des Botschafters verglichen, um Eigenempfehlungen zu markieren. Wird nie gespeichert.',
  'brandIntegrations.guide.occurredAt':
    'Wann die Bestellung aufgegeben wurde, als ISO-Datum und -Uhrzeit mit Zeitversatz.',
  'brandIntegrations.guide.refunds': 'Erstattungen',
  'brandIntegrations.guide.refunds.text':
    'Senden Sie jede Erstattung einmal, in denselben Einheiten wie den Betrag der Bestellung. Eine Erstattung vor der Freigabe der Provision verringert sie; danach fügt sie eine Rückbuchungszeile hinzu.',
  'brandIntegrations.guide.refund': 'Erstattungsanfrage',
  'brandIntegrations.guide.refund.copy': 'Erstattungsanfrage kopieren',
  'brandIntegrations.guide.answers':
    'Antworten: 201 erfasst, 200 bereits erfasst (das erste Ergebnis), 401 ein falscher oder widerrufener Schlüssel, 409 dieselbe Bestellnummer mit anderem Inhalt, 422 ein zu korrigierendes Feld (die Antwort nennt es). Die vollständige Referenz finden Sie unter <link>/api/openapi.json</link>.',

  'brandIntegrations.secrets.title': 'Signatur-Secrets',
  'brandIntegrations.secrets.create': 'Signatur-Secret erstellen',
  'brandIntegrations.secrets.created': 'Signatur-Secret erstellt',
  'brandIntegrations.secrets.revoked': 'Signatur-Secret widerrufen',
  'brandIntegrations.secrets.noId': 'Geben Sie die ID des Secrets ein, das widerrufen werden soll.',
  'brandIntegrations.secrets.intro':
    'Statt eines Schlüssels kann Ihr Server jede Anfrage signieren: ein <code>Embassy-Signature</code>-Header der Form <code>{format}</code>, höchstens 300 Sekunden alt. Eine signierte Erstattung nennt außerdem ihre Bestellung im Body (<code>orderId</code>). Zwei Secrets können gleichzeitig aktiv sein, damit Sie sie wechseln können.',
  'brandIntegrations.secrets.format': "t='{'Unix-Sekunden'}',v1='{'Hex-HMAC-SHA256 von \"t.roher Body\"'}'",
  'brandIntegrations.secrets.new': 'Neues Signatur-Secret',
  'brandIntegrations.secrets.copy': 'Secret kopieren',
  'brandIntegrations.secrets.newTitle': 'Ihr neues Signatur-Secret (ID {id})',
  'brandIntegrations.secrets.newText':
    'Kopieren Sie es jetzt und notieren Sie seine ID, um es später zu widerrufen. Sie sehen das Secret nicht wieder.',
  'brandIntegrations.secrets.revokeId': 'ID des zu widerrufenden Secrets',
  'brandIntegrations.secrets.revokeId.hint': 'Die ID, die beim Erstellen des Secrets angezeigt wurde.',
  'brandIntegrations.secrets.revoke': 'Secret widerrufen',

  'brandIntegrations.shopify.title': 'Shopify',
  'brandIntegrations.shopify.loading': 'Shopify-Verbindung wird geladen…',
  'brandIntegrations.shopify.connectedToast': 'Shopify verbunden',
  'brandIntegrations.shopify.connected':
    'Verbunden mit <strong>{shop}</strong> seit {date}. Bestellungen kommen über die Webhooks unten an.',
  'brandIntegrations.shopify.notConnected':
    'Noch nicht verbunden. Richten Sie die Webhooks in Ihrem Shopify-Admin ein und speichern Sie dann hier den Shop.',
  'brandIntegrations.shopify.step1':
    'Öffnen Sie in Ihrem Shopify-Admin <strong>Einstellungen → Benachrichtigungen → Webhooks</strong> und wählen Sie <strong>Webhook erstellen</strong>.',
  'brandIntegrations.shopify.step2':
    'Erstellen Sie einen Webhook für das Ereignis <strong>Bestellungszahlung</strong> (<code>orders/paid</code>) und einen für <strong>Rückerstattung erstellen</strong> (<code>refunds/create</code>), jeweils im Format <strong>JSON</strong> und mit dieser URL:',
  'brandIntegrations.shopify.step3':
    'Kopieren Sie das Secret, das Shopify unter „Deine Webhooks werden signiert mit“ anzeigt, und speichern Sie es unten mit der <code>.myshopify.com</code>-Domain Ihres Shops.',
  'brandIntegrations.shopify.webhookUrl': 'Webhook-URL',
  'brandIntegrations.shopify.webhookUrl.copy': 'Webhook-URL kopieren',
  'brandIntegrations.shopify.attribution':
    'So findet eine Bestellung ihren Botschafter: ein Rabattcode gleich dem Empfehlungscode des Botschafters, oder <code>ref</code> und <code>rid</code>, die der Empfehlungslink an die Landing-Adresse anhängt (der Klick gewinnt im Zuordnungszeitraum). Gezählt wird die Zwischensumme nach Rabatten, vor Versand.',
  'brandIntegrations.shopify.change': 'Verbindung ändern',
  'brandIntegrations.shopify.domain': 'Shop-Domain',
  'brandIntegrations.shopify.domain.placeholder': 'ihr-shop.myshopify.com',
  'brandIntegrations.shopify.domain.hint': 'Die eigene Domain des Shops, endet auf .myshopify.com.',
  'brandIntegrations.shopify.secret': 'Webhook-Signatur-Secret',
  'brandIntegrations.shopify.storedEncrypted': 'Verschlüsselt gespeichert und nie wieder angezeigt.',
  'brandIntegrations.shopify.save': 'Verbindung speichern',
  'brandIntegrations.shopify.connect': 'Shopify verbinden',

  'brandIntegrations.codes.none':
    'Die Codes der Botschafter gibt es nur in Embassy: Sie zählen über Empfehlungslinks, aber Ihr Checkout nimmt sie nicht an. Fügen Sie unten ein Admin-API-Zugriffstoken und einen Rabatt hinzu, dann macht Embassy den Code jedes freigegebenen Botschafters zu einem Rabatt in Ihrem Shop.',
  'brandIntegrations.codes.summary':
    'Embassy macht den Code jedes freigegebenen Botschafters zu einem Rabatt in Ihrem Shop: {kind, select, percentage {{value} %} other {{value} {currency}}} Rabatt{once, select, yes {, einmal pro Kunde} other {}}. Der Code eines gesperrten Botschafters wird abgeschaltet.',
  'brandIntegrations.codes.legend': 'Rabattcodes im Shop (optional)',
  'brandIntegrations.codes.howTo':
    'In Ihrem Shopify-Admin unter <strong>Einstellungen → Apps und Vertriebskanäle → Apps entwickeln</strong>: Erstellen Sie eine App mit den Admin-API-Berechtigungen <code>write_discounts</code> und <code>read_discounts</code>, installieren Sie sie und kopieren Sie ihr Admin-API-Zugriffstoken.',
  'brandIntegrations.codes.token': 'Admin-API-Zugriffstoken',
  'brandIntegrations.codes.token.set': 'Gesetzt: leer lassen, um es zu behalten',
  'brandIntegrations.codes.gives': 'Jeder Code gewährt',
  'brandIntegrations.codes.percentage': 'Einen Prozentrabatt',
  'brandIntegrations.codes.amount': 'Einen Betragsrabatt ({currency})',
  'brandIntegrations.codes.percentageOff': 'Rabatt in Prozent',
  'brandIntegrations.codes.amountOff': 'Rabatt in {currency}',
  'brandIntegrations.codes.percentage.hint': 'Eine ganze Zahl von 1 bis 100.',
  'brandIntegrations.codes.amount.hint': 'Etwa 5 oder 4,99.',
  'brandIntegrations.codes.once': 'Einmal pro Kunde',

  'brandIntegrations.webhooks.title': 'Webhooks',
  'brandIntegrations.webhooks.add': 'Endpunkt hinzufügen',
  'brandIntegrations.webhooks.added': 'Endpunkt hinzugefügt',
  'brandIntegrations.webhooks.intro':
    'Embassy sendet Ereignisse an Ihre Systeme (ein CRM, ein E-Mail-Tool, ein Lager), sobald sie geschehen, signiert nach <link>Standard Webhooks</link>: Prüfen Sie den Header <code>webhook-signature</code> mit dem Secret des Endpunkts, bevor Sie einem Body vertrauen. Jedes Ereignis behält seine <code>webhook-id</code> bei jeder Wiederholung, sodass Sie Duplikate verwerfen können. Eine Zustellung ohne 2xx-Antwort wird etwa einen Tag lang wiederholt.',
  'brandIntegrations.webhooks.secret': 'Signatur-Secret',
  'brandIntegrations.webhooks.secretTitle': 'Das Signatur-Secret von {url}',
  'brandIntegrations.webhooks.secretText':
    'Kopieren Sie es jetzt in Ihren Empfänger: Sie sehen es nicht wieder. Sie können es später wechseln.',
  'brandIntegrations.webhooks.loading': 'Endpunkte werden geladen…',
  'brandIntegrations.webhooks.none': 'Noch keine Endpunkte.',

  'brandIntegrations.endpoint.url': 'Endpunkt-URL',
  'brandIntegrations.endpoint.url.placeholder': 'https://hooks.beispiel.de/embassy',
  'brandIntegrations.endpoint.url.hint':
    'Nur https, an einer öffentlichen Adresse. Embassy prüft sie jetzt und vor jeder Zustellung.',
  'brandIntegrations.endpoint.description': 'Wofür er dient (optional)',
  'brandIntegrations.endpoint.description.placeholder': 'Das CRM',
  'brandIntegrations.endpoint.events': 'Zu sendende Ereignisse',
  'brandIntegrations.event.ambassador.applied': 'Jemand hat sich beworben',
  'brandIntegrations.event.ambassador.approved': 'Eine Bewerbung wurde angenommen',
  'brandIntegrations.event.submission.submitted': 'Ein Beitrag wurde eingereicht',
  'brandIntegrations.event.submission.approved': 'Ein Beitrag wurde freigegeben',
  'brandIntegrations.event.conversion.created': 'Ein Empfehlungsverkauf wurde erfasst',
  'brandIntegrations.event.conversion.refunded': 'Ein Empfehlungsverkauf wurde erstattet',
  'brandIntegrations.event.commission.approved': 'Eine Provision kann ausgezahlt werden',
  'brandIntegrations.event.payout.created': 'Eine Auszahlung wurde vorbereitet',
  'brandIntegrations.event.payout.confirmed': 'Eine Auszahlung wurde als bezahlt bestätigt',
  'brandIntegrations.event.reward.redeemed': 'Eine Prämie wurde eingelöst',
  'brandIntegrations.event.shopify_code.failed': 'Shopify hat den Code eines Botschafters nicht angenommen',
  'brandIntegrations.event.referral_code.rotated': 'Der Code eines Botschafters wurde gewechselt',
  'brandIntegrations.event.referral_code.leak_suspected':
    'Ein Empfehlungscode ist möglicherweise durchgesickert',
  'brandIntegrations.event.ambassador.left': 'Ein Botschafter hat das Programm verlassen',

  'brandIntegrations.endpoint.tested': 'Testereignis unterwegs: Es erscheint unten bei den Zustellungen',
  'brandIntegrations.endpoint.turnedOn': 'Endpunkt eingeschaltet',
  'brandIntegrations.endpoint.paused': 'Endpunkt pausiert',
  'brandIntegrations.endpoint.removed': 'Endpunkt entfernt',
  'brandIntegrations.endpoint.confirmRemove':
    'Den Endpunkt {url} entfernen? Noch wartende Zustellungen werden nicht mehr gesendet.',
  'brandIntegrations.endpoint.failing':
    'Am {date} nach 20 fehlgeschlagenen Zustellungen in Folge abgeschaltet. Beheben Sie den Fehler beim Empfänger und schalten Sie ihn dann wieder ein: Fehlgeschlagene Zustellungen lassen sich aus dem Protokoll erneut senden.',
  'brandIntegrations.endpoint.pausedText':
    'Pausiert: Es wird nichts an ihn gesendet, bis er wieder eingeschaltet wird.',
  'brandIntegrations.endpoint.failures':
    '{count, plural, one {# fehlgeschlagener Versuch in Folge; bei 20 wird er abgeschaltet.} other {# fehlgeschlagene Versuche in Folge; bei 20 wird er abgeschaltet.}}',
  'brandIntegrations.endpoint.sends': 'Sendet: {events}.',
  'brandIntegrations.endpoint.sendsTwoSecrets':
    'Sendet: {events}. Mit zwei Secrets signiert, solange das vorherige noch gilt.',
  'brandIntegrations.endpoint.newSecretTitle': 'Das neue Signatur-Secret des Endpunkts',
  'brandIntegrations.endpoint.newSecretText':
    'Kopieren Sie es jetzt in Ihren Empfänger. Das vorherige Secret signiert 24 Stunden lang weiter mit, sodass Zustellungen während des Wechsels mit beiden geprüft werden können.',
  'brandIntegrations.endpoint.test': 'Testereignis senden',
  'brandIntegrations.endpoint.deliveries': 'Zustellungen',
  'brandIntegrations.endpoint.hideDeliveries': 'Zustellungen ausblenden',
  'brandIntegrations.endpoint.rotate': 'Secret wechseln',
  'brandIntegrations.endpoint.pause': 'Pausieren',
  'brandIntegrations.endpoint.turnOn': 'Einschalten',
  'brandIntegrations.endpoint.remove': 'Entfernen',

  'brandIntegrations.deliveries.all': 'Alle Zustellungen',
  'brandIntegrations.deliveries.failed': 'Fehlgeschlagen (alle Wiederholungen aufgebraucht)',
  'brandIntegrations.deliveries.pending': 'Ausstehend oder in Wiederholung',
  'brandIntegrations.deliveries.succeeded': 'Zugestellt',
  'brandIntegrations.deliveries.replayed':
    'Erneut gesendet: Es erscheint hier als ausstehend, bis es zugestellt ist',
  'brandIntegrations.deliveries.event': 'Ereignis',
  'brandIntegrations.deliveries.status': 'Status',
  'brandIntegrations.deliveries.attempts': 'Versuche',
  'brandIntegrations.deliveries.lastAnswer': 'Letzte Antwort',
  'brandIntegrations.deliveries.took': 'Dauer',
  'brandIntegrations.deliveries.when': 'Wann',
  'brandIntegrations.deliveries.next': 'nächster Versuch {date}',
  'brandIntegrations.deliveries.actions': 'Aktionen',
  'brandIntegrations.deliveries.replay': 'Erneut senden',
  'brandIntegrations.deliveries.replayLabel': '{type} {id} erneut senden',
  'brandIntegrations.deliveries.show': 'Anzeigen',
  'brandIntegrations.deliveries.refresh': 'Aktualisieren',
  'brandIntegrations.deliveries.loading': 'Zustellungen werden geladen…',
  'brandIntegrations.deliveries.noneWithStatus': 'Keine Zustellungen mit diesem Status',
  'brandIntegrations.deliveries.none': 'Noch nichts an diesen Endpunkt gesendet',
  'brandIntegrations.deliveries.caption': 'Zustellungen, die neuesten zuerst',
};

import type { NoticeKey } from './en.ts';

/** What Embassy tells people, in German (Sie-form). */
export const de: Record<NoticeKey, string> = {
  'application_approved.title': 'Willkommen bei {program}: Sie sind dabei',
  'application_approved.body':
    'Ihre Bewerbung bei {program} wurde angenommen. Ihr Empfehlungscode ist {code}; teilen Sie Ihren Link /r/{code}, und Verkäufe darüber bringen Ihnen Provision. {hasChallenge, select, yes {Ihre erste Challenge: „{challenge}“ ({points, plural, one {# Punkt} other {# Punkte}}), offen bis {closesAt}.} other {Die nächste Challenge wird hier angekündigt, sobald sie beginnt.}}',
  'application_rejected.title': 'Ihre Bewerbung bei {program}',
  'application_rejected.body':
    'Ihre Bewerbung bei {program} wurde diesmal nicht angenommen. {hasReason, select, yes {Die Begründung des Teams: {reason}} other {Das Team hat keine Begründung angegeben.}}{cooldownDays, plural, =0 {} one { Sie können sich nach # Tag erneut bewerben.} other { Sie können sich nach # Tagen erneut bewerben.}}',
  'submission_approved.title':
    'Angenommen: Ihr Beitrag zu „{challenge}“ (+{points, plural, one {{points} Punkt} other {{points} Punkte}})',
  'submission_approved.body': '{hasFeedback, select, yes {{feedback}} other {Danke, dass Sie mitmachen.}}',
  'submission_rejected.title': 'Nicht angenommen: Ihr Beitrag zu „{challenge}“',
  'submission_rejected.body': '{hasFeedback, select, yes {{feedback}} other {Danke, dass Sie mitmachen.}}',
  'changes_requested.title': 'Änderungen erbeten: Ihr Beitrag zu „{challenge}“',
  'changes_requested.body': '{hasFeedback, select, yes {{feedback}} other {Danke, dass Sie mitmachen.}}',
  'badge_earned.title': 'Abzeichen erhalten: {badge}',
  'badge_earned.body':
    '{hasDescription, select, yes {{description}} other {Sie haben das Abzeichen „{badge}“ erhalten.}}',
  'tier_changed.title': 'Ihre neue Stufe: {tier}',
  'tier_changed.body': 'Sie sind von {fromTier} zu {tier} gewechselt.',
  'challenge_opened.title': 'Neue Challenge: {challenge}',
  'challenge_opened.body':
    '{points, plural, one {{points} Punkt} other {{points} Punkte}}{slots, plural, =0 {} one {, {slots} Platz} other {, {slots} Plätze}}. Offen bis {closesAt}.',
  'kudos_received.title':
    '{hasFrom, select, yes {{from}} other {Ein Teammitglied}} hat Ihrem Beitrag Kudos gegeben',
  'kudos_received.body': '{postUrl}',
  'redemption_requested.title': 'Prämie angefragt: {reward}',
  'redemption_requested.body':
    '{ambassador} hat „{reward}“ eingelöst ({cost, plural, one {{cost} Punkt} other {{cost} Punkte}}). Die Anfrage wartet auf Ihre Entscheidung.',
  'redemption_approved.title': 'Genehmigt: {reward}',
  'redemption_approved.body':
    'Ihre Anfrage wurde genehmigt. Wir sagen Ihnen Bescheid, sobald Ihre Prämie unterwegs ist.',
  'redemption_rejected.title': 'Diesmal nicht: {reward}',
  'redemption_rejected.body':
    'Ihre Anfrage wurde abgelehnt: {reason}. Sie haben Ihre {cost, plural, one {{cost} Punkt} other {{cost} Punkte}} zurück.',
  'redemption_fulfilled.title':
    '{kind, select, code {Ihr Code für {reward} ist bereit} other {Unterwegs: {reward}}}',
  'redemption_fulfilled.body':
    '{kind, select, code {Öffnen Sie „Prämien“, um Ihren Code zu sehen.} other {{hasTracking, select, yes {Sendungsverfolgung: {trackingUrl}} other {Ihre Prämie wurde verschickt.}}{hasNote, select, yes { {note}} other {}}{hasDue, select, yes { Bitte posten Sie bis zum {dueDay} darüber.} other {}}}}',
  'gift_post_due.title': 'Ihr Beitrag zu {reward} ist fällig',
  'gift_post_due.body':
    'Bitte posten Sie bis zum {dueDay} über {reward}, in der Challenge, die dafür vorgesehen ist.',
  'points_adjusted.title':
    '{change, select, received {{points, plural, one {Sie haben {points} Punkt erhalten} other {Sie haben {points} Punkte erhalten}}} other {{points, plural, one {{points} Punkt wurde abgezogen} other {{points} Punkte wurden abgezogen}}}}',
  'points_adjusted.body':
    '{change, select, received {{points, plural, one {Sie haben {points} Punkt erhalten} other {Sie haben {points} Punkte erhalten}}} other {{points, plural, one {{points} Punkt wurde abgezogen} other {{points} Punkte wurden abgezogen}}}}: {reason}',
  'payout_sent.title': 'Auszahlung gesendet: {amount}',
  'payout_sent.body': '{brand} hat Ihnen am {sentDay} {amount} überwiesen, Verwendungszweck {reference}.',
  'metrics_due.title': 'Tragen Sie Ihre Zahlen ein',
  'metrics_due.body':
    'Ihr angenommener Beitrag ist seit einer Woche online: Tragen Sie seine Aufrufe, Reichweite und Likes aus den Statistiken der Plattform ein.',
  'metrics_disputed.title': 'Die Zahlen Ihres Beitrags wurden angezweifelt',
  'metrics_disputed.body':
    '{hasReason, select, yes {{reason}} other {Ein Manager hat die von Ihnen gemeldeten Zahlen angezweifelt.}}',
  'reach_bonus.title': 'Reichweitenbonus: +{points, plural, one {{points} Punkt} other {{points} Punkte}}',
  'reach_bonus.body': 'Reichweitenbonus für Ihren Beitrag in „{challenge}“: {bonuses}',
  'reach_bonus.item':
    '{atLeast, number} {metric, select, views {Aufrufe} impressions {Impressionen} reach {Reichweite} likes {Likes} comments {Kommentare} shares {Shares} saves {Speicherungen} other {{metric}}}',
  'rights_expiring.title': 'Die Rechte am Beitrag von {author} enden am {endsDay}',
  'rights_expiring.body':
    'Die Rechte, die {author} für den {platform}-Beitrag erteilt hat ({scopes}), enden am {endsDay}. Bitten Sie um eine neue Freigabe, oder verwenden Sie den Beitrag ab dann nicht mehr.',
  'rights_expiring.item':
    '{scope, select, organic {organisch} paid_ads {bezahlte Anzeigen} website {Website} other {{scope}}}',
  'webhook_endpoint_disabled.title': 'Ein Webhook-Endpunkt wurde abgeschaltet',
  'webhook_endpoint_disabled.body':
    '{url} ist bei {failures, plural, one {{failures} Zustellung} other {{failures} Zustellungen}} in Folge gescheitert, daher sendet Embassy nichts mehr dorthin. Beheben Sie den Fehler beim Empfänger, schalten Sie den Endpunkt dann wieder ein und spielen Sie aus seinem Zustellprotokoll nach, was er verpasst hat.',
  'code_leak_suspected.title': 'Empfehlungscode {code} ist möglicherweise im Umlauf',
  'code_leak_suspected.body':
    '{orders, plural, one {{orders} Bestellung von Neukunden nutzte} other {{orders} Bestellungen von Neukunden nutzten}} am {leakDay} den Code {code} {hasName, select, yes {von {name}} other {eines Botschafters}}, ohne Klick auf die Links des Botschafters (der Alarm liegt bei {threshold} pro Tag). Wenn der Code auf einer Gutscheinseite veröffentlicht wurde, tauschen Sie ihn auf der Seite des Botschafters aus: Er erhält einen neuen Code, und der alte zählt nach den von Ihnen gewählten Karenztagen nicht mehr.',
  'referral_code_rotated.title': 'Ihr neuer Empfehlungscode ist {code}',
  'referral_code_rotated.body':
    'Ihr Empfehlungscode {previousCode} wurde durch {code} ersetzt. Teilen Sie ab jetzt {code} und Ihre Links (/r/{code}). {ends, select, now {{previousCode} bringt ab sofort nichts mehr ein.} other {{previousCode} zählt noch bis {retiresUtc}, danach nicht mehr.}} Ihre bisherigen Verkäufe bleiben Ihnen.',
  'first_sale.title': 'Ihr erster Verkauf!',
  'first_sale.body':
    'Jemand hat über Ihren Code oder Link gekauft: eine Bestellung über {amount}. Teilen Sie weiter, und sehen Sie unter „Einnahmen“, was sie Ihnen gebracht hat.',
  'commission_earned.title': 'Sie haben {amount} Provision verdient',
  'commission_earned.body':
    'Eine Bestellung über Ihren Code oder Link hat Ihnen {amount} eingebracht. {held, select, yes {Die Provision wird bis {availableAt} zurückgehalten, falls die Bestellung erstattet wird, und dann für Ihre nächste Auszahlung freigegeben.} other {Die Provision ist für Ihre nächste Auszahlung freigegeben.}}',
  'commission_approved.title': '{amount} Provision freigegeben',
  'commission_approved.body':
    'Ihre Provision von {amount} hat die Erstattungsfrist hinter sich und ist freigegeben: Sie geht in die nächste Auszahlung ein, sobald Ihr Guthaben das Minimum des Programms erreicht und Ihre Auszahlungsdaten hinterlegt sind.',
  'team_digest.title':
    '{program}: {waiting, select, applications {{applications, plural, one {{applications} Bewerbung wartet} other {{applications} Bewerbungen warten}}} posts {{posts, plural, one {{posts} Beitrag wartet} other {{posts} Beiträge warten}}} other {{applications, plural, one {{applications} Bewerbung} other {{applications} Bewerbungen}} und {posts, plural, one {{posts} Beitrag warten} other {{posts} Beiträge warten}}}}',
  'team_digest.body':
    'Heute wartet auf das Team von {program}: {applications, plural, one {{applications} Bewerbung} other {{applications} Bewerbungen}} zur Entscheidung und {posts, plural, one {{posts} Beitrag} other {{posts} Beiträge}} zur Prüfung.',
  'challenges_digest.title':
    '{count, plural, one {Neu diese Woche in {program}: {challenge}} other {{count} neue Challenges in {program}}}',
  'challenges_digest.body': '{challenges}',
  'challenges_digest.item':
    '• {title}: {points, plural, one {{points} Punkt} other {{points} Punkte}}{slots, plural, =0 {} one {, {slots} Platz} other {, {slots} Plätze}}, offen bis {closesAt}.',
  'team_removed.title': 'Sie gehören nicht mehr zum Team von {program}',
  'team_removed.body':
    'Der Inhaber des Programms hat Sie aus dem Team von {program} entfernt, in dem Sie {role, select, brand {Markennutzer} manager {Manager} other {{role}}} waren. Sie können sein Dashboard nicht mehr öffnen.',
  'invitation.title': 'Einladung ins Team von {program}',
  'invitation.body':
    'Sie sind eingeladen, dem Team von {program} auf Embassy als {role, select, manager {Manager} other {Markennutzer}} beizutreten. Registrieren Sie sich oder melden Sie sich mit dieser E-Mail-Adresse ({email}) an, und nehmen Sie die Einladung dann auf Ihrer Startseite an. Sie gilt bis {until}.',
  'email.open': 'Öffnen: {link}',
  'email.unsubscribe': 'E-Mails wie diese abbestellen: {link}',
  'email.signature': '— Embassy',
  'defaults.tier.member': 'Mitglied',
  'defaults.tier.insider': 'Insider',
  'defaults.tier.expert': 'Profi',
  'defaults.badge.first-post.name': 'Erster Beitrag',
  'defaults.badge.first-post.description': 'Ihr erster angenommener Beitrag',
  'defaults.badge.five-posts.name': 'Stammgast',
  'defaults.badge.five-posts.description': 'Fünf angenommene Beiträge',
  'defaults.badge.streak-3.name': 'Drei in Folge',
  'defaults.badge.streak-3.description': 'Drei Monate in Folge angenommene Beiträge',
  'defaults.badge.first-sale.name': 'Erster Verkauf',
  'defaults.badge.first-sale.description': 'Über Ihren Link wurde etwas verkauft',
};

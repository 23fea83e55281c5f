import type { publicPages as en } from '../en/public.ts';

/** The public pages: a program's page and application form, an ambassador's page. */
export const publicPages: Record<keyof typeof en, string> = {
  'public.notFound.title': 'Programm nicht gefunden',
  'public.notFound.empty': 'Unter dieser Adresse gibt es kein Programm',
  'public.notFound.text':
    'Prüfen Sie den Link, den Sie erhalten haben, oder <link>gehen Sie zu Ihren Programmen</link>.',
  'public.loading': 'Das Programm wird geladen …',
  'public.invitedBy': '{name} hat Sie eingeladen, sich zu bewerben.',
  'public.openProgram': 'Programm öffnen',
  'public.apply.title': 'Jetzt bewerben',
  'public.apply.account':
    'Legen Sie ein Konto an (oder melden Sie sich an), um sich zu bewerben. Das dauert nur eine Minute.',
  'public.apply.createAccount': 'Konto anlegen',
  'public.apply.signIn': 'Anmelden',
  'public.apply.sent': 'Bewerbung gesendet',
  'public.apply.name': 'Angezeigter Name',
  'public.apply.nameHint': 'Andere Botschafter sehen ihn in der Rangliste.',
  'public.apply.wherePost': 'Wo Sie posten',
  'public.apply.handlePlaceholder': '@name',
  'public.apply.terms': 'Ich akzeptiere die Programmbedingungen.',
  'public.apply.termsRead': 'Ich akzeptiere die Programmbedingungen (<link>hier lesen</link>).',
  'public.apply.submit': 'Bewerbung senden',
  'public.apply.optional': '{label} (freiwillig)',
  'public.member.staff':
    'Sie betreuen dieses Programm mit ({role, select, brand {als Marke} owner {als Inhaber} manager {als Manager} other {als {role}}}).',
  'public.member.pending': 'Ihre Bewerbung ist eingegangen. Das Team teilt Ihnen seine Entscheidung mit.',
  'public.member.approved': 'Sie sind Botschafter dieses Programms.',
  'public.member.rejected':
    'Ihre letzte Bewerbung wurde nicht angenommen. Nach der Wartezeit können Sie sich erneut bewerben.',
  'public.member.left':
    'Sie haben dieses Programm verlassen. Was Sie verdient haben, bleibt Ihres; unten können Sie sich erneut bewerben.',
  'public.member.suspended':
    'Ihre Mitgliedschaft ist gesperrt. Wenden Sie sich an das Team des Programms, wenn Sie das für einen Fehler halten.',
  'public.logoAlt': 'Logo von {brand}',
  'public.perks': 'Was Sie bekommen',
  'public.challenges': 'Was Botschafter tun',
  'public.challengeLine':
    '{status, select, open {Jetzt offen} scheduled {Demnächst} other {Beendet}} · {opens}–{closes} · {points} Punkte',
  'public.faq': 'Fragen',
  'public.readTerms': 'Programmbedingungen lesen',
  'public.ambassador.unavailable': 'Diese Seite ist nicht verfügbar',
  'public.ambassador.noPage': 'Unter dieser Adresse gibt es keine Botschafterseite',
  'public.ambassador.noPageText':
    'Sie wurde vielleicht abgeschaltet, oder der Link ist falsch geschrieben. <link>Zu Embassy</link>.',
  'public.ambassador.loading': 'Die Seite wird geladen …',
  'public.ambassador.of': 'Botschafter von {program}',
  'public.ambassador.picks': 'Empfehlungen von {name}',
  'public.ambassador.shopHeading': 'Einkaufen',
  'public.ambassador.shop': 'Zum Shop von {program}',
  'public.ambassador.posts': 'Beiträge',
  'public.ambassador.postOn': 'Ein Beitrag auf {platform}',
  'public.ambassador.foot':
    'Die Links auf dieser Seite gehören {name}: Was Sie darüber kaufen, unterstützt {name}.',
};

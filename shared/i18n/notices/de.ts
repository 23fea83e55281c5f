import type { NoticeKey } from './en.ts';

/** What Embassy tells people, in German (Sie-form). */
export const de: Record<NoticeKey, string> = {
  'application_approved.title': 'Willkommen bei {program}: Sie sind dabei',
  'application_approved.body':
    'Ihre Bewerbung bei {program} wurde angenommen. Ihr Empfehlungscode ist {code}; teilen Sie Ihren Link /r/{code}, und Verkäufe darüber bringen Ihnen Provision. {hasChallenge, select, yes {Ihre erste Challenge: „{challenge}“ ({points, plural, one {# Punkt} other {# Punkte}}), offen bis {closesAt}.} other {Die nächste Challenge wird hier angekündigt, sobald sie beginnt.}}',
  'application_rejected.title': 'Ihre Bewerbung bei {program}',
  'application_rejected.body':
    'Ihre Bewerbung bei {program} wurde diesmal nicht angenommen. {hasReason, select, yes {Die Begründung des Teams: {reason}} other {Das Team hat keine Begründung angegeben.}}{cooldownDays, plural, =0 {} one { Sie können sich nach # Tag erneut bewerben.} other { Sie können sich nach # Tagen erneut bewerben.}}',
  'email.open': 'Öffnen: {link}',
  'email.unsubscribe': 'E-Mails wie diese abbestellen: {link}',
  'email.signature': '— Embassy',
};

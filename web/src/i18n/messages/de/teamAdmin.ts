import type { teamAdmin as en } from '../en/teamAdmin.ts';

/** The program's team as its owner and managers see it: members, invitations, the audit log. */
export const teamAdmin: Record<keyof typeof en, string> = {
  'teamAdmin.role.owner': 'Inhaber',
  'teamAdmin.role.manager': 'Manager',
  'teamAdmin.role.brand': 'Marke',
  'teamAdmin.members.title': 'Mitglieder',
  'teamAdmin.members.loading': 'Team wird geladen…',
  'teamAdmin.members.list': 'Teammitglieder',
  'teamAdmin.members.since': '{role} seit {date}',
  'teamAdmin.members.roleOf': 'Rolle von {name}',
  'teamAdmin.members.makeOwner': 'Zum Inhaber machen',
  'teamAdmin.members.remove': 'Entfernen',
  'teamAdmin.members.changed':
    '{name} ist jetzt {role, select, owner {Inhaber} manager {Manager} brand {Marke} other {{role}}}',
  'teamAdmin.members.confirmRemove': '{name} aus dem Team entfernen? Der Zugang endet sofort.',
  'teamAdmin.members.removed': '{name} wurde entfernt',
  'teamAdmin.members.confirmHandOver': '{name} zum Inhaber machen? Sie werden Manager.',
  'teamAdmin.members.handedOver': '{name} ist jetzt Inhaber',
  'teamAdmin.invitations.revoked': 'Die Einladung an {email} wurde zurückgezogen',
  'teamAdmin.invitations.title': 'Offene Einladungen',
  'teamAdmin.invitations.until': '{role} · bis {date}',
  'teamAdmin.invitations.revoke': 'Zurückziehen',
  'teamAdmin.audit.title': 'Protokoll',
  'teamAdmin.audit.show': 'Anzeigen',
  'teamAdmin.audit.everything': 'Alles',
  'teamAdmin.audit.loading': 'Protokoll wird geladen…',
  'teamAdmin.audit.empty': 'Noch nichts hier',
  'teamAdmin.audit.empty.text':
    'Die Entscheidungen und Änderungen des Teams erscheinen hier, sobald sie geschehen.',
  'teamAdmin.audit.by':
    '{type} · von {actor} ({role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}})',
  'teamAdmin.audit.byFormer':
    '{type} · von einem ehemaligen Teammitglied ({role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}})',
  'teamAdmin.audit.summary.applicationApproved': 'Eine Bewerbung angenommen',
  'teamAdmin.audit.summary.applicationRejected': 'Eine Bewerbung abgelehnt',
  'teamAdmin.audit.summary.ambassadorSuspended': 'Einen Botschafter gesperrt',
  'teamAdmin.audit.summary.ambassadorReinstated': 'Einen Botschafter wieder zugelassen',
  'teamAdmin.audit.summary.submissionApproved': 'Einen Beitrag für „{challenge}“ angenommen',
  'teamAdmin.audit.summary.submissionRejected': 'Einen Beitrag für „{challenge}“ abgelehnt',
  'teamAdmin.audit.summary.submissionChangesRequested':
    'Änderungen an einem Beitrag für „{challenge}“ angefragt',
  'teamAdmin.audit.summary.programUpdated':
    '{count, plural, =0 {Die Einstellungen unverändert gespeichert} other {Geändert: {fields}}}',
  'teamAdmin.audit.summary.memberInvited':
    'Per E-Mail eingeladen: {role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}}',
  'teamAdmin.audit.summary.memberJoined':
    'Dem Team beigetreten als {role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}}',
  'teamAdmin.audit.summary.memberRoleChanged':
    'Rolle geändert von {from, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{from}}} zu {to, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{to}}}',
  'teamAdmin.audit.summary.memberRemoved':
    'Aus dem Team entfernt: {role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}}',
  'teamAdmin.audit.summary.ownershipTransferred':
    '{handedOver, select, yes {Die Inhaberschaft an ein Teammitglied übergeben und Manager geworden} other {Ein Teammitglied zum Inhaber gemacht}}',
  'teamAdmin.audit.summary.invitationRevoked':
    'Die Einladung zurückgezogen: {role, select, owner {Inhaber} manager {Manager} brand {Marke} ambassador {Botschafter} other {{role}}}',
  'teamAdmin.audit.summary.payoutCreated': 'Eine Auszahlung erstellt',
  'teamAdmin.audit.summary.payoutConfirmed': 'Eine Auszahlung als am {sentOn} gesendet bestätigt',
  'teamAdmin.audit.summary.pointsAdjusted':
    '{change, select, gave {{points, number} Punkte vergeben} other {{points, number} Punkte abgezogen}}',
  'teamAdmin.audit.summary.exportDownloaded': '{file} heruntergeladen',
  'teamAdmin.audit.summary.accountExported': 'Ein Mitglied hat seine eigenen Daten heruntergeladen',
  'teamAdmin.audit.summary.accountDeleted':
    'Ein Mitglied hat sein Konto gelöscht; die Bücher nennen es {pseudonym}',
  'teamAdmin.audit.summary.accountPasswordReset': 'Ein Mitglied hat sein Passwort zurückgesetzt',
  'teamAdmin.audit.summary.notificationsChanged':
    'Ein Mitglied hat geändert, wie es Folgendes erhält: {fields}',
  'teamAdmin.audit.older': 'Ältere Einträge zeigen',
  'teamAdmin.audit.type.applicationApproved': 'Bewerbung angenommen',
  'teamAdmin.audit.type.applicationRejected': 'Bewerbung abgelehnt',
  'teamAdmin.audit.type.ambassadorSuspended': 'Botschafter gesperrt',
  'teamAdmin.audit.type.ambassadorReinstated': 'Botschafter wieder zugelassen',
  'teamAdmin.audit.type.submissionApproved': 'Beitrag angenommen',
  'teamAdmin.audit.type.submissionRejected': 'Beitrag abgelehnt',
  'teamAdmin.audit.type.submissionChangesRequested': 'Änderungen angefragt',
  'teamAdmin.audit.type.programUpdated': 'Einstellungen geändert',
  'teamAdmin.audit.type.memberInvited': 'Eingeladen',
  'teamAdmin.audit.type.memberJoined': 'Dem Team beigetreten',
  'teamAdmin.audit.type.memberRoleChanged': 'Rolle geändert',
  'teamAdmin.audit.type.memberRemoved': 'Aus dem Team entfernt',
  'teamAdmin.audit.type.ownershipTransferred': 'Inhaberschaft übergeben',
  'teamAdmin.audit.type.invitationRevoked': 'Einladung zurückgezogen',
  'teamAdmin.audit.type.payoutCreated': 'Auszahlung erstellt',
  'teamAdmin.audit.type.payoutConfirmed': 'Auszahlung bestätigt',
  'teamAdmin.audit.type.pointsAdjusted': 'Punkte angepasst',
  'teamAdmin.audit.type.exportDownloaded': 'Datei heruntergeladen',
  'teamAdmin.audit.type.accountExported': 'Ein Mitglied hat seine Daten heruntergeladen',
  'teamAdmin.audit.type.accountDeleted': 'Ein Mitglied hat sein Konto gelöscht',
  'teamAdmin.audit.type.accountPasswordReset': 'Ein Mitglied hat sein Passwort zurückgesetzt',
  'teamAdmin.audit.type.notificationsChanged': 'Ein Mitglied hat seine Benachrichtigungen geändert',
};

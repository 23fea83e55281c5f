import { ok } from '../../../api/client.ts';
import { t } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/en/index.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Async, Button, Card, ErrorNotice, formatDate, SelectField } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { type PendingInvitation, type TeamMember, teamApi } from './team-api.ts';

const ROLE_LABELS: Record<TeamMember['role'], MessageKey> = {
  owner: 'teamAdmin.role.owner',
  manager: 'teamAdmin.role.manager',
  brand: 'teamAdmin.role.brand',
};

/**
 * The team and its pending invitations. The owner changes roles, removes people, hands ownership
 * over and revokes invitations; managers see the lists. `version` changes when an invitation
 * was just sent (the lists load again).
 */
export function MembersCard({ ctx, version = 0 }: { ctx: ProgramContext; version?: number }) {
  const { programId } = ctx;
  const isOwner = ctx.membership.role === 'owner';
  const lists = useRequest(async () => {
    const [members, invitations] = await Promise.all([
      ok(teamApi.members.$get({ param: { programId } })),
      ok(teamApi.invitations.$get({ param: { programId } })),
    ]);
    return { members: members.items, invitations: invitations.items };
  }, [programId, version]);
  const change = useAction(async (member: TeamMember, role: TeamMember['role']) => {
    await ok(
      teamApi.members[':userId'].$patch({ param: { programId, userId: member.userId }, json: { role } }),
    );
    toast(t('teamAdmin.members.changed', { name: member.displayName, role }));
    lists.reload();
  });
  const remove = useAction(async (member: TeamMember) => {
    if (!window.confirm(t('teamAdmin.members.confirmRemove', { name: member.displayName }))) return;
    await ok(teamApi.members[':userId'].$delete({ param: { programId, userId: member.userId } }));
    toast(t('teamAdmin.members.removed', { name: member.displayName }));
    lists.reload();
  });
  const handOver = useAction(async (member: TeamMember) => {
    if (!window.confirm(t('teamAdmin.members.confirmHandOver', { name: member.displayName }))) return;
    await ok(teamApi.ownership.$post({ param: { programId }, json: { userId: member.userId } }));
    toast(t('teamAdmin.members.handedOver', { name: member.displayName }));
    window.location.reload();
  });
  const revoke = useAction(async (invitation: PendingInvitation) => {
    await ok(teamApi.invitations.revoke.$post({ param: { programId }, json: { email: invitation.email } }));
    toast(t('teamAdmin.invitations.revoked', { email: invitation.email }));
    lists.reload();
  });
  const failed = change.error ?? remove.error ?? handOver.error ?? revoke.error;
  return (
    <Card title={t('teamAdmin.members.title')}>
      {failed ? <ErrorNotice error={failed} /> : null}
      <Async request={lists} label={t('teamAdmin.members.loading')}>
        {({ members, invitations }) => (
          <div class="stack">
            <ul class="list" aria-label={t('teamAdmin.members.list')}>
              {members.map((member) => (
                <li key={member.userId} class="row">
                  <div>
                    <strong>{member.displayName}</strong> <span class="muted small">{member.email}</span>
                    <div class="small muted">
                      {t('teamAdmin.members.since', {
                        role: t(ROLE_LABELS[member.role]),
                        date: formatDate(member.since),
                      })}
                    </div>
                  </div>
                  {isOwner && member.userId !== ctx.me.user.id ? (
                    <div class="actions">
                      <SelectField
                        label={t('teamAdmin.members.roleOf', { name: member.displayName })}
                        value={member.role}
                        onValue={(role) => void change.run(member, role as TeamMember['role'])}
                        options={(['owner', 'manager', 'brand'] as const).map((role) => ({
                          value: role,
                          label: t(ROLE_LABELS[role]),
                        }))}
                      />
                      {member.role !== 'owner' ? (
                        <Button variant="ghost" onClick={() => void handOver.run(member)}>
                          {t('teamAdmin.members.makeOwner')}
                        </Button>
                      ) : null}
                      <Button variant="danger" onClick={() => void remove.run(member)}>
                        {t('teamAdmin.members.remove')}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            {invitations.length ? (
              <>
                <h3>{t('teamAdmin.invitations.title')}</h3>
                <ul class="list" aria-label={t('teamAdmin.invitations.title')}>
                  {invitations.map((invitation) => (
                    <li key={invitation.email} class="row">
                      <div>
                        {invitation.email}{' '}
                        <span class="muted small">
                          {t('teamAdmin.invitations.until', {
                            role: t(ROLE_LABELS[invitation.role]),
                            date: formatDate(new Date(invitation.expiresAt * 1000).toISOString()),
                          })}
                        </span>
                      </div>
                      {isOwner ? (
                        <Button variant="ghost" onClick={() => void revoke.run(invitation)}>
                          {t('teamAdmin.invitations.revoke')}
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        )}
      </Async>
    </Card>
  );
}

import { ok } from '../../../api/client.ts';
import type { ProgramContext } from '../../../program-context.ts';
import { Async, Button, Card, ErrorNotice, formatDate, SelectField } from '../../../ui/kit.tsx';
import { toast } from '../../../ui/toast.tsx';
import { useAction, useRequest } from '../../../use-request.ts';
import { type PendingInvitation, type TeamMember, teamApi } from './team-api.ts';

const ROLE_LABELS = { owner: 'Owner', manager: 'Manager', brand: 'Brand' } as const;

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
    toast(`${member.displayName} is now ${ROLE_LABELS[role].toLowerCase()}`);
    lists.reload();
  });
  const remove = useAction(async (member: TeamMember) => {
    if (!window.confirm(`Remove ${member.displayName} from the team? They lose access at once.`)) return;
    await ok(teamApi.members[':userId'].$delete({ param: { programId, userId: member.userId } }));
    toast(`${member.displayName} was removed`);
    lists.reload();
  });
  const handOver = useAction(async (member: TeamMember) => {
    if (!window.confirm(`Make ${member.displayName} the owner? You become a manager.`)) return;
    await ok(teamApi.ownership.$post({ param: { programId }, json: { userId: member.userId } }));
    toast(`${member.displayName} is the owner now`);
    window.location.reload();
  });
  const revoke = useAction(async (invitation: PendingInvitation) => {
    await ok(teamApi.invitations.revoke.$post({ param: { programId }, json: { email: invitation.email } }));
    toast(`The invitation of ${invitation.email} was revoked`);
    lists.reload();
  });
  const failed = change.error ?? remove.error ?? handOver.error ?? revoke.error;
  return (
    <Card title="Members">
      {failed ? <ErrorNotice error={failed} /> : null}
      <Async request={lists} label="Loading the team…">
        {({ members, invitations }) => (
          <div class="stack">
            <ul class="list" aria-label="Team members">
              {members.map((member) => (
                <li key={member.userId} class="row">
                  <div>
                    <strong>{member.displayName}</strong> <span class="muted small">{member.email}</span>
                    <div class="small muted">
                      {ROLE_LABELS[member.role]} since {formatDate(member.since)}
                    </div>
                  </div>
                  {isOwner && member.userId !== ctx.me.user.id ? (
                    <div class="actions">
                      <SelectField
                        label={`Role of ${member.displayName}`}
                        value={member.role}
                        onValue={(role) => void change.run(member, role as TeamMember['role'])}
                        options={[
                          { value: 'owner', label: 'Owner' },
                          { value: 'manager', label: 'Manager' },
                          { value: 'brand', label: 'Brand' },
                        ]}
                      />
                      {member.role !== 'owner' ? (
                        <Button variant="ghost" onClick={() => void handOver.run(member)}>
                          Make owner
                        </Button>
                      ) : null}
                      <Button variant="danger" onClick={() => void remove.run(member)}>
                        Remove
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            {invitations.length ? (
              <>
                <h3>Pending invitations</h3>
                <ul class="list" aria-label="Pending invitations">
                  {invitations.map((invitation) => (
                    <li key={invitation.email} class="row">
                      <div>
                        {invitation.email}{' '}
                        <span class="muted small">
                          {ROLE_LABELS[invitation.role]} · until{' '}
                          {formatDate(new Date(invitation.expiresAt * 1000).toISOString())}
                        </span>
                      </div>
                      {isOwner ? (
                        <Button variant="ghost" onClick={() => void revoke.run(invitation)}>
                          Revoke
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

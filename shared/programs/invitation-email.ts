import { notificationEmail } from '../notifications/email-message.ts';
import type { Email } from '../notifications/mail-transport.ts';
import type { Invitation } from './invitation.schema.ts';

const ROLE_NAMES = { manager: 'a manager', brand: 'a brand user' } as const;

/**
 * The email an invitation sends to the invitee, who may have no account yet: what they are asked
 * to join, until when, and the dashboard's address, where they sign up or sign in with this email
 * and accept. Transactional (no unsubscribe): it is sent once, because someone asked for it.
 */
export async function invitationEmail(
  invitation: Invitation,
  program: { name: string; timeZone: string },
  publicUrl: string,
): Promise<Email> {
  const until = new Date(invitation.expiresAt * 1000).toISOString();
  return notificationEmail(
    {
      email: invitation.email,
      title: `You're invited to the ${program.name} team`,
      body:
        `You are invited to join the team of ${program.name} on Embassy as ${ROLE_NAMES[invitation.role]}. ` +
        `Sign up or sign in with this email address (${invitation.email}), then accept the invitation on your ` +
        `home page. It is open until ${until}.`,
      link: '/',
    },
    { publicUrl, timeZone: program.timeZone },
  );
}

/**
 * Whether a stream change of an invitation item should send its email: a new invitation, or one
 * renewed (invited again, so a new `invitedAt`); never its removal (accepted, revoked, expired).
 */
export function invitationToSend(change: {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  newImage: Record<string, unknown> | undefined;
  oldImage: Record<string, unknown> | undefined;
}): boolean {
  if (change.newImage?.entity !== 'invitation') return false;
  if (change.eventName === 'INSERT') return true;
  return change.eventName === 'MODIFY' && change.oldImage?.invitedAt !== change.newImage.invitedAt;
}

import type { Language } from '../i18n/languages.ts';
import { noticeFormat } from '../i18n/notice-text.ts';
import { notificationEmail } from '../notifications/email-message.ts';
import type { Email } from '../notifications/mail-transport.ts';
import type { Invitation } from './invitation.schema.ts';

/**
 * The email an invitation sends to the invitee, who may have no account yet: what they are asked
 * to join, until when, and the dashboard's address, where they sign up or sign in with this email
 * and accept. Transactional (no unsubscribe): it is sent once, because someone asked for it.
 * Written in `language` (English unless given): the invitee may have no profile yet, so the
 * caller passes the best it knows (the inviter's).
 */
export async function invitationEmail(
  invitation: Invitation,
  program: { name: string; timeZone: string },
  publicUrl: string,
  language: Language = 'en',
): Promise<Email> {
  const values = {
    program: program.name,
    role: invitation.role,
    email: invitation.email,
    until: new Date(invitation.expiresAt * 1000).toISOString(),
  };
  const words = await noticeFormat(language);
  return notificationEmail(
    {
      email: invitation.email,
      title: words('invitation.title', values),
      body: words('invitation.body', values),
      link: '/',
    },
    { publicUrl, timeZone: program.timeZone, language },
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

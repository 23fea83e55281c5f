import { memberAuditEntries } from '../audit/audit.service.ts';
import { putAuditEntry } from '../audit/audit.store.ts';

/**
 * Records a password reset (Cognito's ConfirmForgotPassword, which Embassy never sees but through
 * the user pool's trigger) in each of the person's programs' audit logs, naming no one.
 * @returns how many programs' logs have it.
 */
export async function recordPasswordReset(userId: string): Promise<number> {
  const entries = await memberAuditEntries(userId, {
    type: 'account.password_reset',
    summary: 'A member reset their password',
  });
  await Promise.all(entries.map(putAuditEntry));
  return entries.length;
}

import type { InferResponseType } from 'hono/client';
import { api } from '../../../api/client.ts';

/** The team and audit routes of one program (the accounts function). */
export const teamApi = api.accounts.api.programs[':programId'];
export type TeamMember = InferResponseType<typeof teamApi.members.$get, 200>['items'][number];
export type PendingInvitation = InferResponseType<typeof teamApi.invitations.$get, 200>['items'][number];
export type AuditEntry = InferResponseType<typeof teamApi.audit.$get, 200>['items'][number];

import type { InferResponseType } from 'hono/client';
import { api, ok } from '../../../api/client.ts';

export const ambassadorsApi = api.programs.api.programs[':programId'].ambassadors;
type Page = InferResponseType<typeof ambassadorsApi.$get, 200>;
export type Member = Page['items'][number];
export type Status = 'pending' | 'approved' | 'rejected' | 'suspended';
export type Decision = 'approve' | 'reject';

/** Sends a decision on an application; a reason goes with a rejection only when given. */
export function sendDecision(programId: string, member: Member, decision: Decision, reason?: string) {
  return ok(
    ambassadorsApi[':ambassadorId'].decision.$post({
      param: { programId, ambassadorId: member.userId },
      json: { decision, ...(reason ? { reason } : {}) },
    }),
  );
}

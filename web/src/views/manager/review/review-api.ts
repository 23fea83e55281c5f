import type { InferResponseType } from 'hono/client';
import { type ApiError, api, ok } from '../../../api/client.ts';

export const programApi = api.challenges.api.programs[':programId'];
type Page = InferResponseType<typeof programApi.submissions.$get, 200>;
export type Item = Page['items'][number];
export type Status = 'pending' | 'changes_requested' | 'approved' | 'rejected';
export type Decision = 'approve' | 'reject' | 'request_changes';

/** Sends a review of the version on screen, with the feedback when there is some. */
export function sendReview(programId: string, item: Item, decision: Decision, feedback: string) {
  return ok(
    programApi.submissions[':submissionId'].review.$post({
      param: { programId, submissionId: item.submissionId },
      json: { decision, version: item.version, ...(feedback ? { feedback } : {}) },
    }),
  );
}

/** A 409 naming the current status and version is a race; other 409s (no slots left) are plain errors. */
export function decidedFirst(error: ApiError): boolean {
  const details = error.details as { version?: unknown } | undefined;
  return error.status === 409 && details?.version !== undefined;
}

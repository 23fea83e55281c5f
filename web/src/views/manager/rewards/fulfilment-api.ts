import { type ApiError, ok } from '../../../api/client.ts';
import { type Redemption, redemptionsApi } from '../../../api/rewards.ts';

export type Action = 'approve' | 'reject' | 'fulfil';

/** Sends a decision or a fulfilment; the reason goes with a rejection, tracking and note with a fulfilment. */
export function sendAction(
  programId: string,
  item: Redemption,
  action: Action,
  input: { reason?: string; trackingUrl?: string; note?: string } = {},
): Promise<Redemption> {
  const param = { programId, redemptionId: item.redemptionId };
  if (action === 'fulfil')
    return ok(
      redemptionsApi[':redemptionId'].fulfil.$post({
        param,
        json: {
          ...(input.trackingUrl ? { trackingUrl: input.trackingUrl } : {}),
          ...(input.note ? { note: input.note } : {}),
        },
      }),
    );
  return ok(
    redemptionsApi[':redemptionId'].decision.$post({
      param,
      json: { decision: action, ...(input.reason ? { reason: input.reason } : {}) },
    }),
  );
}

/** A 409 naming the redemption's status now is a race (someone decided, or it was cancelled). */
export function movedOn(error: ApiError): boolean {
  const details = error.details as { status?: unknown } | undefined;
  return error.status === 409 && details?.status !== undefined;
}

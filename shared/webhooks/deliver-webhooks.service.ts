import { noticeText } from '../i18n/notice-text.ts';
import { newNotification, notificationPut } from '../notifications/notification.store.ts';
import { env } from '../platform/env.ts';
import { log } from '../platform/log.ts';
import { METRICS } from '../platform/metrics.ts';
import { listStaff } from '../programs/membership.store.ts';
import { checkDestination, type Resolver } from './destination.ts';
import { ATTEMPT_LEASE_MS, DISABLE_AFTER_FAILURES, MAX_ATTEMPTS, nextAttemptAt } from './retry-schedule.ts';
import { sendWebhook } from './send-webhook.ts';
import type { WebhookAttempt, WebhookEndpoint } from './webhook.schema.ts';
import {
  claimAttempt,
  type DeliveryRef,
  failDelivery,
  findDelivery,
  findEventBody,
  insertDelivery,
  listDueDeliveries,
  putEvent,
  recordAttempt,
} from './webhook-delivery.store.ts';
import {
  disableFailingEndpoint,
  findEndpoint,
  listEndpoints,
  recordEndpointFailure,
  recordEndpointSuccess,
} from './webhook-endpoint.store.ts';
import { eventsOf, type ItemChange } from './webhook-events.ts';
import { deriveEndpointSecret, signDelivery } from './webhook-signature.ts';

export type SenderDeps = { resolve?: Resolver };

/** Deliveries attempted side by side by one invocation (each waits at most the send timeout). */
const PARALLEL_ATTEMPTS = 4;
/** Deliveries one sweep takes from the due index. */
const SWEEP_LIMIT = 200;

/**
 * Turns table changes into webhook events and writes one delivery per subscribed, enabled
 * endpoint, due now. Writes only: the attempts follow from the deliveries' own stream records.
 * Run twice for the same change, it writes nothing new (the event's id comes from the record).
 * @returns how many deliveries it wrote.
 */
export async function fanOutEvents(changes: readonly ItemChange[], now: Date = new Date()): Promise<number> {
  const endpointsOf = new Map<string, Promise<WebhookEndpoint[]>>();
  let written = 0;
  for (const change of changes) {
    for (const event of await eventsOf(change, now)) {
      let endpoints = endpointsOf.get(event.programId);
      if (!endpoints) {
        endpoints = listEndpoints(event.programId);
        endpointsOf.set(event.programId, endpoints);
      }
      const subscribed = (await endpoints).filter(
        (endpoint) => endpoint.status === 'enabled' && (endpoint.eventTypes as string[]).includes(event.type),
      );
      if (subscribed.length === 0) continue;
      await putEvent(event);
      for (const endpoint of subscribed) {
        const ref = { programId: event.programId, endpointId: endpoint.id, eventId: event.id };
        if (await insertDelivery(ref, event.type, event.createdAt, now.toISOString())) written++;
      }
    }
  }
  return written;
}

/**
 * Deliveries that a change made due now: a new one, or one replayed. (A retry is booked ahead
 * and found by the sweep.)
 */
export function deliveriesDue(changes: readonly ItemChange[]): DeliveryRef[] {
  return changes.flatMap((change) => {
    const item = change.newImage;
    const before = change.oldImage;
    if (item?.entity !== 'webhookDelivery' || item.status !== 'pending') return [];
    const due =
      change.eventName === 'INSERT' || before?.status !== 'pending' || before?.replays !== item.replays;
    return due
      ? [{ programId: String(item.programId), endpointId: String(item.endpointId), eventId: String(item.id) }]
      : [];
  });
}

/**
 * Sends the attempts on their way: in AWS onto the queue, whose consumer attempts them; locally
 * (no queue) attempted here and now.
 */
export async function dispatchDeliveries(refs: readonly DeliveryRef[], now: Date, deps: SenderDeps = {}) {
  if (refs.length === 0) return;
  if (env.WEBHOOK_QUEUE_URL) {
    const { enqueueDeliveries } = await import('./delivery-queue.ts');
    await enqueueDeliveries(env.WEBHOOK_QUEUE_URL, refs);
    return;
  }
  await attemptAll(refs, now, deps);
}

/** Attempts deliveries, a few side by side. */
export async function attemptAll(
  refs: readonly DeliveryRef[],
  now: Date,
  deps: SenderDeps = {},
): Promise<void> {
  const queue = [...refs];
  const worker = async () => {
    for (let ref = queue.shift(); ref; ref = queue.shift()) await attemptDelivery(ref, now, deps);
  };
  await Promise.all(Array.from({ length: PARALLEL_ATTEMPTS }, worker));
}

/** The sweep: every delivery whose attempt is due by `now` (retries, and any the queue lost). */
export async function sweepDueDeliveries(now: Date, deps: SenderDeps = {}): Promise<{ due: number }> {
  const due = await listDueDeliveries(now.toISOString(), SWEEP_LIMIT);
  await dispatchDeliveries(due, now, deps);
  return { due: due.length };
}

export type AttemptOutcome = 'succeeded' | 'retrying' | 'failed' | 'skipped';

/**
 * Makes one attempt of a due delivery: claims it (so no other worker makes the same attempt),
 * checks the endpoint's address again (DNS may have changed since it was saved), signs the
 * event's stored body with each live secret, sends it, and writes the outcome. A failure books
 * the next retry, or after the last one fails the delivery for good (the dead letters, which
 * can be replayed); the 20th failure in a row disables the endpoint and tells its owners.
 * `now` is the clock that decides what is due; signatures carry the real time.
 */
export async function attemptDelivery(
  ref: DeliveryRef,
  now: Date,
  deps: SenderDeps = {},
): Promise<AttemptOutcome> {
  const delivery = await findDelivery(ref);
  const nowIso = now.toISOString();
  if (delivery?.status !== 'pending' || (delivery.nextAttemptAt ?? '') > nowIso) return 'skipped';
  const endpoint = await findEndpoint(ref.programId, ref.endpointId);
  const problem = !endpoint
    ? 'endpoint_deleted'
    : endpoint.status !== 'enabled'
      ? 'endpoint_disabled'
      : delivery.attempts - delivery.retryFrom >= MAX_ATTEMPTS
        ? 'retries_exhausted'
        : undefined;
  if (problem || !endpoint) {
    await failDelivery(delivery, problem ?? 'endpoint_deleted', nowIso);
    return 'failed';
  }
  const attemptNo = delivery.attempts + 1;
  const retry = nextAttemptAt(attemptNo - delivery.retryFrom, now);
  // After the last attempt the booking is only a lease: the sweep fails it if this worker dies.
  const booked = retry ?? new Date(now.getTime() + ATTEMPT_LEASE_MS);
  if (!(await claimAttempt(delivery, booked.toISOString(), nowIso))) return 'skipped';
  const claimed = { ...delivery, attempts: attemptNo };

  const at = new Date();
  const body = await findEventBody(ref.programId, ref.eventId);
  const destination = await checkDestination(endpoint.url, {
    allowLoopback: env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
  });
  const live = endpoint.secrets.filter((secret) => !secret.expiresAt || secret.expiresAt > at.toISOString());
  const result =
    body === undefined
      ? { durationMs: 0, error: 'event_expired' }
      : !destination.ok
        ? { durationMs: 0, error: destination.problem }
        : await sendWebhook(
            destination,
            signDelivery(await secretsOf(endpoint, live), ref.eventId, body, at),
            body,
          );
  const attempt: WebhookAttempt = {
    attempt: attemptNo,
    at: at.toISOString(),
    durationMs: result.durationMs,
    ...('status' in result && result.status !== undefined ? { responseStatus: result.status } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
  if (!result.error) {
    await recordAttempt(claimed, attempt, 'succeeded');
    await recordEndpointSuccess(ref.programId, ref.endpointId);
    return 'succeeded';
  }
  const final = retry === undefined || result.error === 'event_expired';
  await recordAttempt(claimed, attempt, final ? 'failed' : 'pending');
  if (final)
    log.metric(METRICS.outboundWebhooksFailed, { programId: ref.programId, endpointId: ref.endpointId });
  const failures = await recordEndpointFailure(ref.programId, ref.endpointId);
  if (failures >= DISABLE_AFTER_FAILURES) await disableAndTell(endpoint, nowIso);
  return final ? 'failed' : 'retrying';
}

function secretsOf(endpoint: WebhookEndpoint, live: WebhookEndpoint['secrets']): Promise<string[]> {
  return Promise.all(live.map((secret) => deriveEndpointSecret(endpoint.programId, endpoint.id, secret.id)));
}

/** Disables a failing endpoint and tells the program's owners (and whoever added it), once. */
async function disableAndTell(endpoint: WebhookEndpoint, now: string): Promise<void> {
  const owners = await listStaff(endpoint.programId, ['owner', 'brand']);
  const values = { url: endpoint.url, failures: DISABLE_AFTER_FAILURES };
  const text = await noticeText('webhook_endpoint_disabled', values, 'en');
  const told = owners.filter((member) => member.role === 'owner' || member.userId === endpoint.createdBy);
  const disabled = await disableFailingEndpoint(
    endpoint.programId,
    endpoint.id,
    DISABLE_AFTER_FAILURES,
    now,
    told.slice(0, 50).map((member) =>
      notificationPut(
        newNotification({
          userId: member.userId,
          programId: endpoint.programId,
          type: 'webhook_endpoint_disabled',
          ...text,
          values,
          link: `/programs/${endpoint.programId}/integrations/webhooks/${endpoint.id}`,
          email: member.email,
        }),
      ),
    ),
  );
  if (disabled)
    log.warn('webhook endpoint disabled after failing', {
      programId: endpoint.programId,
      endpointId: endpoint.id,
    });
}

import type { Page } from '../common.schema.ts';
import { AppError, conflict, notFound } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { newId, nowIso } from '../ids.ts';
import { retryOptimistic, TRY_AGAIN } from '../platform/db/optimistic-retry.ts';
import { env } from '../platform/env.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { checkDestination, type Resolver } from './destination.ts';
import {
  type CreateWebhookEndpoint,
  TEST_EVENT_TYPE,
  type UpdateWebhookEndpoint,
  type WebhookDelivery,
  type WebhookDeliveryQuery,
  type WebhookEndpoint,
} from './webhook.schema.ts';
import { insertDelivery, listDeliveries, putEvent, replayDelivery } from './webhook-delivery.store.ts';
import {
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  replaceEndpoint,
} from './webhook-endpoint.store.ts';
import { webhookEventId } from './webhook-events.ts';
import { deriveEndpointSecret } from './webhook-signature.ts';

/** Endpoints per program: a CRM, a warehouse, a chat channel and room to spare. */
export const MAX_ENDPOINTS = 10;

/** Resolves host names: the system's, unless a test gives its own. */
export type WebhookDeps = { resolve?: Resolver };

/** Owner and brand users manage a program's webhooks, as they manage its keys and sales data. */
async function assertCanManage(user: AuthUser, programId: string): Promise<void> {
  assertRole(await loadProgramAccess(user, programId), SALES_ROLES);
}

/**
 * @throws AppError `validation_failed` with `details.reason` (`not_https`, `private_address`,
 *   `unresolvable`, `bad_url`) when the URL may not be used.
 */
async function assertDestination(url: string, deps: WebhookDeps): Promise<void> {
  const destination = await checkDestination(url, {
    allowLoopback: env.EMBASSY_WEBHOOKS_ALLOW_LOOPBACK,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
  });
  if (!destination.ok)
    throw new AppError('validation_failed', destination.message, {
      field: 'url',
      reason: destination.problem,
    });
}

async function endpointOrNotFound(programId: string, endpointId: string): Promise<WebhookEndpoint> {
  const endpoint = await findEndpoint(programId, endpointId);
  if (!endpoint) throw notFound('Webhook endpoint');
  return endpoint;
}

/**
 * Adds an endpoint and returns its signing secret, once (owner or brand).
 * @throws AppError `forbidden`, `validation_failed` (URL refused), `conflict` (ten already).
 */
export async function createWebhookEndpoint(
  user: AuthUser,
  programId: string,
  input: CreateWebhookEndpoint,
  deps: WebhookDeps = {},
): Promise<WebhookEndpoint & { secret: string }> {
  await assertCanManage(user, programId);
  await assertDestination(input.url, deps);
  const now = nowIso();
  const endpoint: WebhookEndpoint = {
    id: newId(),
    programId,
    url: input.url,
    eventTypes: input.eventTypes,
    ...(input.description ? { description: input.description } : {}),
    status: 'enabled',
    consecutiveFailures: 0,
    secrets: [{ id: newId(), createdAt: now }],
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await insertEndpoint(endpoint, MAX_ENDPOINTS)))
    throw conflict(`A program has at most ${MAX_ENDPOINTS} webhook endpoints; delete one first`);
  const version = endpoint.secrets[0]?.id as string;
  return { ...endpoint, secret: await deriveEndpointSecret(programId, endpoint.id, version) };
}

/** The program's endpoints, without secrets (owner or brand). @throws AppError `forbidden`. */
export async function listWebhookEndpoints(user: AuthUser, programId: string) {
  await assertCanManage(user, programId);
  return { items: await listEndpoints(programId) };
}

/**
 * Edits an endpoint: its URL (checked again), events, description, or turns it on or off.
 * Turning a disabled one on starts its count of failures again from zero.
 * @throws AppError `forbidden`, `not_found`, `validation_failed`, `unavailable` (kept changing).
 */
export async function updateWebhookEndpoint(
  user: AuthUser,
  programId: string,
  endpointId: string,
  input: UpdateWebhookEndpoint,
  deps: WebhookDeps = {},
): Promise<WebhookEndpoint> {
  await assertCanManage(user, programId);
  if (input.url !== undefined) await assertDestination(input.url, deps);
  // Edits touch only the fields given, so one made meanwhile (or a failure counted) is read again, not refused.
  return retryOptimistic('The endpoint is busy; try again', async () => {
    const current = await endpointOrNotFound(programId, endpointId);
    const now = nowIso();
    const { disabledReason: _reason, disabledAt: _at, ...enabledForm } = current;
    const turnedOn = input.enabled === true && current.status === 'disabled';
    const turnedOff = input.enabled === false && current.status === 'enabled';
    const edited: WebhookEndpoint = {
      ...(turnedOn ? { ...enabledForm, status: 'enabled' as const, consecutiveFailures: 0 } : current),
      ...(turnedOff
        ? { status: 'disabled' as const, disabledReason: 'paused' as const, disabledAt: now }
        : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.eventTypes !== undefined ? { eventTypes: input.eventTypes } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      updatedAt: now,
    };
    return (await replaceEndpoint(edited, current)) ? edited : TRY_AGAIN;
  });
}

/** Deletes an endpoint; its pending deliveries end unsent. @throws AppError `forbidden`, `not_found`. */
export async function deleteWebhookEndpoint(user: AuthUser, programId: string, endpointId: string) {
  await assertCanManage(user, programId);
  if (!(await deleteEndpoint(programId, endpointId))) throw notFound('Webhook endpoint');
}

/**
 * A new signing secret, shown once. The previous one keeps signing beside it for
 * `overlapHours`, so receivers can switch without losing a delivery; older ones end now.
 * @throws AppError `forbidden`, `not_found`, `unavailable` (kept changing).
 */
export async function rotateWebhookSecret(
  user: AuthUser,
  programId: string,
  endpointId: string,
  overlapHours: number,
): Promise<WebhookEndpoint & { secret: string }> {
  await assertCanManage(user, programId);
  const version = await retryOptimistic('The endpoint is busy; try again', async () => {
    const current = await endpointOrNotFound(programId, endpointId);
    const now = new Date();
    const overlapEnds = new Date(now.getTime() + overlapHours * 3_600_000).toISOString();
    const live = current.secrets.filter(
      (secret) => !secret.expiresAt || secret.expiresAt > now.toISOString(),
    );
    const previous = live.at(-1);
    const added = { id: newId(), createdAt: now.toISOString() };
    const edited: WebhookEndpoint = {
      ...current,
      // The latest keeps signing through the overlap; any older one still live ends now.
      secrets: [...(previous ? [{ ...previous, expiresAt: overlapEnds }] : []), added],
      updatedAt: now.toISOString(),
    };
    return (await replaceEndpoint(edited, current)) ? { edited, added } : TRY_AGAIN;
  });
  return { ...version.edited, secret: await deriveEndpointSecret(programId, endpointId, version.added.id) };
}

/** An endpoint's delivery log, newest first (owner or brand). @throws AppError `forbidden`, `not_found`. */
export async function listWebhookDeliveries(
  user: AuthUser,
  programId: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): Promise<Page<WebhookDelivery>> {
  await assertCanManage(user, programId);
  await endpointOrNotFound(programId, endpointId);
  return listDeliveries(programId, endpointId, query);
}

/**
 * Sends one delivery again, under its own `webhook-id`, with a fresh run of retries: a failed
 * one from the dead letters, or a delivered one a receiver lost.
 * @throws AppError `forbidden`, `not_found`, `conflict` (the endpoint is disabled).
 */
export async function replayWebhookDelivery(
  user: AuthUser,
  programId: string,
  endpointId: string,
  deliveryId: string,
): Promise<void> {
  await assertCanManage(user, programId);
  const endpoint = await endpointOrNotFound(programId, endpointId);
  if (endpoint.status !== 'enabled') throw conflict('The endpoint is disabled; enable it first');
  if (!(await replayDelivery({ programId, endpointId, eventId: deliveryId }, nowIso())))
    throw notFound('Delivery');
}

/**
 * Sends a `webhook.test` event to this endpoint alone, whatever it subscribes to, through the
 * same signing, retries and log as any event.
 * @returns the event's id (the delivery's).
 * @throws AppError `forbidden`, `not_found`, `conflict` (the endpoint is disabled).
 */
export async function sendTestWebhook(
  user: AuthUser,
  programId: string,
  endpointId: string,
): Promise<{ id: string }> {
  await assertCanManage(user, programId);
  const endpoint = await endpointOrNotFound(programId, endpointId);
  if (endpoint.status !== 'enabled') throw conflict('The endpoint is disabled; enable it first');
  const createdAt = nowIso();
  const id = webhookEventId(createdAt, newId(), TEST_EVENT_TYPE);
  await putEvent({
    id,
    type: TEST_EVENT_TYPE,
    createdAt,
    programId,
    data: { message: 'A test event from Embassy', endpointId, sentBy: user.id },
  });
  await insertDelivery({ programId, endpointId, eventId: id }, TEST_EVENT_TYPE, createdAt, createdAt);
  return { id };
}

import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { CommissionSchema } from '../commissions/commission.schema.ts';
import { ConversionSchema } from '../conversions/conversion.schema.ts';
import { deterministicId } from '../ids.ts';
import { PayoutSchema } from '../payouts/payout.schema.ts';
import type { ENTITY } from '../platform/db/keys.ts';
import { MembershipSchema } from '../programs/membership.schema.ts';
import {
  CodeLeakSchema,
  codeLeakView,
  ReferralCodeSchema,
  referralCodeView,
} from '../referrals/referral-code.schema.ts';
import { RedemptionSchema, StoredRedemptionSchema } from '../rewards/redemption.schema.ts';
import { redemptionView } from '../rewards/redemption-view.ts';
import { ShopifyCodeSchema } from '../shopify/shopify-code.schema.ts';
import { SubmissionSchema } from '../submissions/submission.schema.ts';
import type { WebhookEventEnvelope, WebhookEventType } from './webhook.schema.ts';

type Image = Record<string, unknown> | undefined;

/** A table change as the stream gives it: what the event catalogue reads. */
export type ItemChange = {
  eventName: string;
  newImage: Image;
  oldImage: Image;
  /** The stream record's id: the same on every redelivery, so the event's id is too. */
  eventId: string;
};

type Rule = {
  type: WebhookEventType;
  /** The item's `entity`, as the table names it. */
  entity: (typeof ENTITY)[keyof typeof ENTITY];
  /** Whether this change is the event. */
  when: (change: ItemChange, now: Image, before: Image) => boolean;
  /** When it happened, from the item. */
  at: (now: Record<string, unknown>) => unknown;
  /** The event's `data`: the item in the shape the API documents for it. */
  data: (now: Record<string, unknown>) => unknown;
};

const inserted = (change: ItemChange) => change.eventName === 'INSERT';
const became = (field: string, value: string) => (_change: ItemChange, now: Image, before: Image) =>
  now?.[field] === value && before?.[field] !== value;
const isAmbassador = (item: Image) => item?.role === 'ambassador';
const refunded = (item: Image) => Number(item?.refundedAmount ?? 0);

/**
 * The catalogue: which change of which entity is which event. A status is compared before and
 * after, so an event fires once per move, however often the item is written.
 */
const RULES: readonly Rule[] = [
  {
    type: 'ambassador.applied',
    entity: 'membership',
    when: (change, now, before) => isAmbassador(now) && became('status', 'pending')(change, now, before),
    at: (now) => now.statusAt,
    data: (now) => MembershipSchema.parse(now),
  },
  {
    type: 'ambassador.approved',
    entity: 'membership',
    // From an application, not a reinstatement after a suspension.
    when: (_change, now, before) =>
      isAmbassador(now) && now?.status === 'approved' && before?.status === 'pending',
    at: (now) => now.statusAt,
    data: (now) => MembershipSchema.parse(now),
  },
  {
    type: 'ambassador.left',
    entity: 'membership',
    when: (change, now, before) => isAmbassador(now) && became('status', 'left')(change, now, before),
    at: (now) => now.statusAt,
    data: (now) => MembershipSchema.parse(now),
  },
  {
    type: 'submission.submitted',
    entity: 'submission',
    // A new post, or a new version of one sent back with changes requested.
    when: (change, now, before) =>
      now?.status === 'pending' &&
      (inserted(change) || before?.status !== 'pending' || before?.version !== now.version),
    at: (now) => now.updatedAt ?? now.submittedAt,
    data: (now) => SubmissionSchema.parse(now),
  },
  {
    type: 'submission.approved',
    entity: 'submission',
    when: became('status', 'approved'),
    at: (now) => now.reviewedAt ?? now.updatedAt,
    data: (now) => SubmissionSchema.parse(now),
  },
  {
    type: 'conversion.created',
    entity: 'conversion',
    when: inserted,
    at: (now) => now.recordedAt,
    data: (now) => ConversionSchema.parse(now),
  },
  {
    type: 'conversion.refunded',
    entity: 'conversion',
    // A refund applied to the order (also one that arrived before it, taken in when it came).
    when: (_change, now, before) => refunded(now) > refunded(before),
    at: (now) => now.updatedAt ?? now.recordedAt,
    data: (now) => ConversionSchema.parse(now),
  },
  {
    type: 'commission.approved',
    entity: 'commission',
    when: became('state', 'approved'),
    at: (now) => now.availableAt ?? now.createdAt,
    data: (now) => CommissionSchema.parse(now),
  },
  {
    type: 'payout.created',
    entity: 'payout',
    when: inserted,
    at: (now) => now.createdAt,
    data: (now) => PayoutSchema.parse(now),
  },
  {
    type: 'payout.confirmed',
    entity: 'payout',
    when: became('status', 'paid'),
    at: (now) => now.confirmedAt ?? now.createdAt,
    data: (now) => PayoutSchema.parse(now),
  },
  {
    type: 'reward.redeemed',
    entity: 'redemption',
    when: inserted,
    at: (now) => now.createdAt,
    // The team's view: a code reward's code masked, as the fulfilment queue shows it.
    data: (now) => redemptionView(StoredRedemptionSchema.parse(now), 'team'),
  },
  {
    type: 'shopify_code.failed',
    entity: 'shopifyCode',
    // Shopify refused an ambassador's code, or kept failing: the code exists only in Embassy.
    when: became('status', 'failed'),
    at: (now) => now.updatedAt,
    data: (now) => ShopifyCodeSchema.parse(now),
  },
  {
    type: 'referral_code.rotated',
    entity: 'referralCode',
    // The old code's item gets `retiresAt` once, with `nextCode`, in the rotation's transaction
    // (an ambassador leaving retires their code with no next one: that is `ambassador.left`).
    when: (_change, now, before) =>
      typeof now?.retiresAt === 'string' &&
      before?.retiresAt === undefined &&
      typeof now.nextCode === 'string',
    at: (now) => now.retiresAt,
    data: (now) => referralCodeView(now),
  },
  {
    type: 'referral_code.leak_suspected',
    entity: 'codeLeakDay',
    // `alertedAt` is set once per code and day, with the team's notifications.
    when: (_change, now, before) => typeof now?.alertedAt === 'string' && before?.alertedAt === undefined,
    at: (now) => now.alertedAt,
    data: (now) => codeLeakView(now),
  },
];

/** Each event's `data`, as the API documents it: what the OpenAPI document lists under `webhooks`. */
export const WEBHOOK_EVENT_DATA: Record<WebhookEventType, { schema: z.ZodType; summary: string }> = {
  'ambassador.applied': { schema: MembershipSchema, summary: 'Someone applied to the program' },
  'ambassador.approved': { schema: MembershipSchema, summary: 'An application was approved' },
  'ambassador.left': {
    schema: MembershipSchema,
    summary: 'An ambassador left the program (or withdrew an application); their code retired then',
  },
  'submission.submitted': {
    schema: SubmissionSchema,
    summary: 'A post was submitted, or resubmitted after changes',
  },
  'submission.approved': { schema: SubmissionSchema, summary: 'A post was approved' },
  'conversion.created': { schema: ConversionSchema, summary: 'A referral sale was recorded' },
  'conversion.refunded': {
    schema: ConversionSchema,
    summary: 'A referral sale was refunded, in part or whole',
  },
  'commission.approved': {
    schema: CommissionSchema,
    summary: 'A commission passed its hold and can be paid',
  },
  'payout.created': { schema: PayoutSchema, summary: 'A payout was prepared' },
  'payout.confirmed': { schema: PayoutSchema, summary: 'A payout was confirmed as paid' },
  'reward.redeemed': {
    schema: RedemptionSchema,
    summary: 'An ambassador redeemed a reward (a code reward’s code masked)',
  },
  'shopify_code.failed': {
    schema: ShopifyCodeSchema,
    summary: 'Shopify did not take an ambassador’s code (the reason is in the data); it can be retried',
  },
  'referral_code.rotated': {
    schema: ReferralCodeSchema,
    summary: 'An ambassador’s code was replaced: it attributes until `retiresAt`, `nextCode` from now on',
  },
  'referral_code.leak_suspected': {
    schema: CodeLeakSchema,
    summary: 'A code had the program’s threshold of code-only orders from new customers in one UTC day',
  },
};

/** The entities the catalogue reads: what the sender's stream filter lets through. */
export const EVENT_ENTITIES = [...new Set(RULES.map((rule) => rule.entity))];

/** The same id for the same event every time: time-sortable, from the stream record and the type. */
export function webhookEventId(at: string, source: string, type: string): string {
  const suffix = createHash('sha256').update(`${source}:${type}`).digest('hex').slice(0, 16).toUpperCase();
  return `evt_${deterministicId(at, suffix)}`;
}

const isoOr = (value: unknown, fallback: string) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;

/**
 * The webhook events one table change stands for (most stand for none), with their data.
 * @throws ZodError for an item that is not what its entity says (the stream handler parks it).
 */
export async function eventsOf(change: ItemChange, now: Date = new Date()): Promise<WebhookEventEnvelope[]> {
  const item = change.newImage;
  if (!item || typeof item.programId !== 'string') return [];
  const events: WebhookEventEnvelope[] = [];
  for (const rule of RULES) {
    if (item.entity !== rule.entity || !rule.when(change, item, change.oldImage)) continue;
    const createdAt = isoOr(rule.at(item), now.toISOString());
    events.push({
      id: webhookEventId(createdAt, change.eventId, rule.type),
      type: rule.type,
      createdAt,
      programId: item.programId,
      data: await rule.data(item),
    });
  }
  return events;
}

import type { InferResponseType } from 'hono/client';
import { api } from '../../../../api/client.ts';

export const webhooksApi = api.webhooks.api.programs[':programId'].webhooks;
export type Endpoint = InferResponseType<typeof webhooksApi.$get, 200>['items'][number];
export type NewEndpoint = InferResponseType<typeof webhooksApi.$post, 201>;
export type Delivery = InferResponseType<
  (typeof webhooksApi)[':endpointId']['deliveries']['$get'],
  200
>['items'][number];

/** The events an endpoint can ask for, in the words the form shows. */
export const EVENT_LABELS = {
  'ambassador.applied': 'Someone applied',
  'ambassador.approved': 'An application was approved',
  'submission.submitted': 'A post was submitted',
  'submission.approved': 'A post was approved',
  'conversion.created': 'A referral sale was recorded',
  'conversion.refunded': 'A referral sale was refunded',
  'commission.approved': 'A commission can be paid',
  'payout.created': 'A payout was prepared',
  'payout.confirmed': 'A payout was confirmed as paid',
  'reward.redeemed': 'A reward was redeemed',
  'shopify_code.failed': 'Shopify did not take an ambassador’s code',
  'referral_code.rotated': 'An ambassador’s code was rotated',
  'referral_code.leak_suspected': 'A referral code may have leaked',
  'ambassador.left': 'An ambassador left the program',
} as const satisfies Record<Endpoint['eventTypes'][number], string>;

export type EventType = keyof typeof EVENT_LABELS;
export const EVENT_TYPES = Object.keys(EVENT_LABELS) as EventType[];

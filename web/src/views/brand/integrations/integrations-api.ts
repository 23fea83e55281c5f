import type { InferResponseType } from 'hono/client';
import { api } from '../../../api/client.ts';

export const programApi = api.referrals.api.programs[':programId'];
export type ApiKey = InferResponseType<(typeof programApi)['api-keys']['$get'], 200>['items'][number];
export type NewKey = InferResponseType<(typeof programApi)['api-keys']['$post'], 201>;
export type NewSecret = InferResponseType<(typeof programApi)['signing-secrets']['$post'], 201>;
export type Shopify = InferResponseType<typeof programApi.integrations.shopify.$get, 200>;

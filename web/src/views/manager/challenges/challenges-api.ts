import type { InferRequestType, InferResponseType } from 'hono/client';
import { api } from '../../../api/client.ts';

export const challengesApi = api.challenges.api.programs[':programId'].challenges;
export type Month = InferResponseType<typeof challengesApi.$get, 200>;
export type Challenge = Month['items'][number];
export type CreateBody = InferRequestType<typeof challengesApi.$post>['json'];
export type UpdateBody = InferRequestType<(typeof challengesApi)[':challengeId']['$patch']>['json'];
export type Platform = Challenge['requirements']['platforms'][number];
export type ReachMetric = NonNullable<Challenge['reachBonuses']>[number]['metric'];

/** Every platform, in the order the form and the cards list them. */
export const PLATFORMS: readonly Platform[] = [
  'instagram',
  'tiktok',
  'youtube',
  'x',
  'facebook',
  'blog',
  'other',
];

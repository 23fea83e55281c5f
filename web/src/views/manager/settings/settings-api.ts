import type { InferRequestType } from 'hono/client';
import { api } from '../../../api/client.ts';

export const programApi = api.programs.api.programs[':programId'];
/** The settings as the API takes them. */
export type Patch = InferRequestType<typeof programApi.$patch>['json'];
export type Invitation = InferRequestType<typeof programApi.invitations.$post>['json'];

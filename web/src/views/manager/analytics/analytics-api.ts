import type { InferResponseType } from 'hono/client';
import { api } from '../../../api/client.ts';

export const programApi = api.analytics.api.programs[':programId'];
export type Journey = InferResponseType<typeof programApi.analytics.journey.$get, 200>;
export type Figures = Journey['months'][number];
export type Chains = InferResponseType<typeof programApi.analytics.chains.$get, 200>;

/** The monthly report (its JSON form). */
export type MonthlyReport = Exclude<
  InferResponseType<(typeof programApi.reports.monthly)[':month']['$get'], 200>,
  string | Response
>;

import type { InferResponseType } from 'hono/client';
import { api } from '../../../api/client.ts';

export const programApi = api.analytics.api.programs[':programId'];
export type Journey = InferResponseType<typeof programApi.analytics.journey.$get, 200>;
export type Figures = Journey['months'][number];
export type Chains = InferResponseType<typeof programApi.analytics.chains.$get, 200>;

/**
 * The monthly report. The route declares a passthrough object, so its shape is spelled out
 * here from shared/analytics/monthly-report.service.ts (MonthlyReport).
 */
export type MonthlyReport = {
  month: string;
  generatedAt: string;
  final: boolean;
  kpis?: Figures;
  topAmbassadors: { userId: string; displayName: string; points: number; orders: number; revenue: number }[];
  /** Missing from reports written before posts had figures. */
  reachByPlatform?: {
    platform: string;
    posts: number;
    views: number;
    impressions: number;
    reach: number;
    engagements: number;
  }[];
  topPosts: { submissionId: string; authorName: string; postUrl: string; kudos: number }[];
  chains: {
    topTransitions: { from: string; to: string; count: number; medianHours: number | null }[];
    topChain?: { chain: string[]; count: number };
    biggestDeadEnd?: { action: string; actions: number; deadEnds: number };
  };
};

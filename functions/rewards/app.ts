import { createApp } from '../http/create-app.ts';
import { pointsRoutes } from './points.routes.ts';
import { rewardsRoutes } from './rewards.routes.ts';

/**
 * The "rewards" context: the catalogue, code pools, redemptions and their fulfilment, and points
 * (the ledger, the leaderboard, adjustments).
 */
export const rewardsApp = createApp().route('/', rewardsRoutes).route('/', pointsRoutes);

import { createApp } from '../http/create-app.ts';
import { rewardsRoutes } from './rewards.routes.ts';

/** The "rewards" context: the catalogue, code pools, redemptions and their fulfilment, points adjustments. */
export const rewardsApp = createApp().route('/', rewardsRoutes);

import { handleApi } from './http/handle-api.ts';
import { rewardsApp } from './rewards/app.ts';

/** Lambda entry for rewards, redemptions and points adjustments (see shared/platform/routes.ts). */
export const handler = handleApi(rewardsApp);

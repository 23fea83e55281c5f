import { handleApi } from './http/handle-api.ts';
import { referralsApp } from './referrals/app.ts';

/** Lambda entry for `/api/programs/{programId}/links` (see shared/platform/routes.ts). */
export const handler = handleApi(referralsApp);

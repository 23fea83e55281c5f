import { analyticsApp } from './analytics/app.ts';
import { handleApi } from './http/handle-api.ts';

/** Lambda entry for `/api/programs/{programId}/analytics/*` (see shared/platform/routes.ts). */
export const handler = handleApi(analyticsApp);

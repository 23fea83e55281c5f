import { handleApi } from './http/handle-api.ts';
import { programsApp } from './programs/app.ts';

/** Lambda entry for `/api/me`, `/api/health` and `/api/programs/...` (see shared/platform/routes.ts). */
export const handler = handleApi(programsApp);

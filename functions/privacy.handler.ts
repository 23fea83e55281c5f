import { handleApi } from './http/handle-api.ts';
import { privacyApp } from './privacy/app.ts';

/** Lambda entry for the data export and account deletion (see shared/platform/routes.ts). */
export const handler = handleApi(privacyApp);

import { accountsApp } from './accounts/app.ts';
import { handleApi } from './http/handle-api.ts';

/**
 * Lambda entry for people's own accounts: their profile and avatar, and their public page (its
 * settings, its public read and its visits); see shared/platform/routes.ts.
 */
export const handler = handleApi(accountsApp);

import { challengesApp } from './challenges/app.ts';
import { handleApi } from './http/handle-api.ts';

/** Lambda entry for challenges, submissions, review and points (see shared/platform/routes.ts). */
export const handler = handleApi(challengesApp);

import { handle } from 'hono/aws-lambda';
import { analyticsApp } from './analytics/app.ts';

/** Lambda entry for `/api/programs/{programId}/analytics/*` (see shared/routes.ts). */
export const handler = handle(analyticsApp);

import { handle } from 'hono/aws-lambda';
import { referralsApp } from './referrals/app.ts';

/** Lambda entry for `/api/programs/{programId}/links` (see shared/routes.ts). */
export const handler = handle(referralsApp);

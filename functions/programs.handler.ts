import { handle } from 'hono/aws-lambda';
import { programsApp } from './programs/app.ts';

/** Lambda entry for `/api/me`, `/api/health` and `/api/programs/...` (see shared/routes.ts). */
export const handler = handle(programsApp);

import { handle } from 'hono/aws-lambda';
import { challengesApp } from './challenges/app.ts';

/** Lambda entry for challenges, submissions, review and points (see shared/routes.ts). */
export const handler = handle(challengesApp);

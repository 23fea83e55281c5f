import { createApp } from '../http/create-app.ts';
import { challengesRoutes } from './challenges.routes.ts';
import { submissionsRoutes } from './submissions.routes.ts';

/** The "challenges" context: challenges, submissions, proof uploads and review. */
export const challengesApp = createApp().route('/', challengesRoutes).route('/', submissionsRoutes);

import { createApp } from '../http/create-app.ts';
import { challengesRoutes } from './challenges.routes.ts';
import { submissionsRoutes } from './submissions.routes.ts';

/** The "challenges and content" context: challenges, submissions, review, points and leaderboards. */
export const challengesApp = createApp().route('/', challengesRoutes).route('/', submissionsRoutes);

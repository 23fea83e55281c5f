import { createApp } from '../http/create-app.ts';
import { analyticsRoutes } from './analytics.routes.ts';

/** The "analytics" context: journey KPIs and participation chains. */
export const analyticsApp = createApp().route('/', analyticsRoutes);

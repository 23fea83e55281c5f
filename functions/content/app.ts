import { createApp } from '../http/create-app.ts';
import { metricsRoutes } from './metrics.routes.ts';

/** The "content" context: posts' figures and their verification. */
export const contentApp = createApp().route('/', metricsRoutes);

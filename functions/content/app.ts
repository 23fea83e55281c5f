import { createApp } from '../http/create-app.ts';
import { libraryRoutes } from './library.routes.ts';
import { metricsRoutes } from './metrics.routes.ts';

/** The "content" context: posts' figures and their verification, rights grants, the brand's content library. */
export const contentApp = createApp().route('/', metricsRoutes).route('/', libraryRoutes);

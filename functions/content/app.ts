import { createApp } from '../http/create-app.ts';
import { galleryRoutes } from './gallery.routes.ts';
import { libraryRoutes } from './library.routes.ts';
import { metricsRoutes } from './metrics.routes.ts';

/**
 * The "content" context: the gallery and kudos, posts' figures and their verification, rights
 * grants, the brand's content library.
 */
export const contentApp = createApp()
  .route('/', galleryRoutes)
  .route('/', metricsRoutes)
  .route('/', libraryRoutes);

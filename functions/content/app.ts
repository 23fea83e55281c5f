import { createApp } from '../http/create-app.ts';
import { libraryRoutes } from './library.routes.ts';

/** The "content" context: rights grants on posts, and the brand's content library. */
export const contentApp = createApp().route('/', libraryRoutes);

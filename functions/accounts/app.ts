import { createApp } from '../http/create-app.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { profileRoutes } from './profile.routes.ts';
import { publicPageRoutes } from './public-page.routes.ts';

/**
 * The "accounts" context: a person's profile, their notifications and how they want them, and an
 * ambassador's public page.
 */
export const accountsApp = createApp()
  .route('/', profileRoutes)
  .route('/', notificationsRoutes)
  .route('/', publicPageRoutes);

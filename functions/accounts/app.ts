import { createApp } from '../http/create-app.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { profileRoutes } from './profile.routes.ts';
import { publicPageRoutes } from './public-page.routes.ts';
import { teamRoutes } from './team.routes.ts';

/**
 * The "accounts" context: a person's profile, their notifications and how they want them, an
 * ambassador's public page, and a program's team (members, invitations, ownership) and audit log.
 */
export const accountsApp = createApp()
  .route('/', profileRoutes)
  .route('/', notificationsRoutes)
  .route('/', publicPageRoutes)
  .route('/', teamRoutes);

import { handleApi } from './http/handle-api.ts';
import { type RouteGroupLoaders, routeGroups } from './http/route-groups.ts';

/** Each route module loads on the first request for one of its routes (see ./accounts/app.ts for the whole app). */
export const routeLoaders: RouteGroupLoaders<'accounts'> = {
  profile: async () => (await import('./accounts/profile.routes.ts')).profileRoutes,
  notifications: async () => (await import('./accounts/notifications.routes.ts')).notificationsRoutes,
  publicPage: async () => (await import('./accounts/public-page.routes.ts')).publicPageRoutes,
  team: async () => (await import('./accounts/team.routes.ts')).teamRoutes,
};

/**
 * Lambda entry for people's own accounts: their profile and avatar, and their public page (its
 * settings, its public read and its visits); see shared/platform/routes.ts.
 */
export const handler = handleApi(routeGroups('accounts', routeLoaders));

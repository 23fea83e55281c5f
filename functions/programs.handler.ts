import { handleApi } from './http/handle-api.ts';
import { type RouteGroupLoaders, routeGroups } from './http/route-groups.ts';

/** Each route module loads on the first request for one of its routes (see ./programs/app.ts for the whole app). */
export const routeLoaders: RouteGroupLoaders<'programs'> = {
  me: async () => (await import('./programs/me.routes.ts')).meRoutes,
  programs: async () => (await import('./programs/programs.routes.ts')).programsRoutes,
  ambassadors: async () => (await import('./programs/ambassadors.routes.ts')).ambassadorsRoutes,
};

/** Lambda entry for `/api/me`, `/api/health` and `/api/programs/...` (see shared/platform/routes.ts). */
export const handler = handleApi(routeGroups('programs', routeLoaders));

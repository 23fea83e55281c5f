import { handleApi } from './http/handle-api.ts';
import { type RouteGroupLoaders, routeGroups } from './http/route-groups.ts';

/** Each route module loads on the first request for one of its routes (see ./referrals/app.ts for the whole app). */
export const routeLoaders: RouteGroupLoaders<'referrals'> = {
  links: async () => (await import('./referrals/links.routes.ts')).linksRoutes,
  conversions: async () => (await import('./referrals/conversions.routes.ts')).conversionsRoutes,
  sales: async () => (await import('./referrals/sales.routes.ts')).salesRoutes,
  payouts: async () => (await import('./referrals/payouts.routes.ts')).payoutsRoutes,
  shopify: async () => (await import('./referrals/shopify.routes.ts')).shopifyRoutes,
};

/** Lambda entry for `/api/programs/{programId}/links` (see shared/platform/routes.ts). */
export const handler = handleApi(routeGroups('referrals', routeLoaders));

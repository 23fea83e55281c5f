import { type GroupedFunction, ROUTES, type RouteGroupName } from '#shared/platform/routes.ts';
import { type App, createApp, type createRouter } from './create-app.ts';
import type { HttpApiEvent } from './handle-api.ts';
import { routePattern } from './route-pattern.ts';

type Router = ReturnType<typeof createRouter>;

/** How a function loads each of its route modules: `() => import('./x.routes.ts')`, on first use. */
export type RouteGroupLoaders<F extends GroupedFunction> = Record<RouteGroupName<F>, () => Promise<Router>>;

/**
 * The app that serves a request, for a function of several route modules (ROUTE_GROUPS in
 * shared/platform/routes.ts): the module of the request's row, mounted on an app of its own on
 * the first request for it, so a cold start builds one module's routes and schemas, not every
 * module's. The row is API Gateway's `routeKey` (the local gateway sends it too); an event
 * without one is matched by its method and path, as the gateway would. A path no row has gets
 * an app without routes: the error-shaped 404.
 */
export function routeGroups<F extends GroupedFunction>(
  fn: F,
  loaders: RouteGroupLoaders<F>,
): (event: HttpApiEvent) => Promise<App> {
  const rows = ROUTES.filter((route) => route.function === fn && route.group).map((route) => ({
    key: `${route.method} ${route.path}`,
    method: route.method,
    pattern: routePattern(route.path),
    group: route.group as RouteGroupName<F>,
  }));
  const byKey = new Map(rows.map((row) => [row.key, row.group]));
  const apps = new Map<RouteGroupName<F> | undefined, Promise<App>>();

  const groupOf = (event: HttpApiEvent): RouteGroupName<F> | undefined => {
    const known = byKey.get(event.routeKey);
    if (known) return known;
    const method = event.requestContext?.http?.method;
    const atPath = rows.filter((row) => row.pattern.test(event.rawPath));
    return (
      atPath.find((row) => row.method === method || (method === 'HEAD' && row.method === 'GET')) ?? atPath[0]
    )?.group;
  };

  return (event) => {
    const group = groupOf(event);
    let app = apps.get(group);
    if (!app) {
      app = group
        ? loaders[group]().then((routes) => createApp().route('/', routes) as App)
        : Promise.resolve(createApp());
      // A load that failed (a chunk missing) is tried again by the next request, not cached.
      app.catch(() => apps.delete(group));
      apps.set(group, app);
    }
    return app;
  };
}

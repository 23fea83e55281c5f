import { ROUTES } from '#shared/platform/routes.ts';
import { routePattern } from './route-pattern.ts';

const matchers = ROUTES.filter((route) => route.method !== 'ANY').map((route) => ({
  method: route.method,
  pattern: routePattern(route.path),
}));

/**
 * The methods the route table serves at a request path, for a 405's `Allow`: empty when no
 * route has the path at all (a 404). Only the catch-all asks, for requests no route took.
 */
export function allowedMethods(path: string): string[] {
  return [...new Set(matchers.filter((m) => m.pattern.test(path)).map((m) => m.method))].sort();
}

import { ROUTES } from '#shared/platform/routes.ts';

/** A row's path as a matcher of request paths: `{param}` is one segment, `{proxy+}` the rest. */
const matchers = ROUTES.filter((route) => route.method !== 'ANY').map((route) => ({
  method: route.method,
  pattern: new RegExp(
    `^${route.path
      .split('/')
      .map((segment) =>
        /^\{\w+\+\}$/.test(segment)
          ? '.+'
          : /^\{\w+\}$/.test(segment)
            ? '[^/]+'
            : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}$`,
  ),
}));

/**
 * The methods the route table serves at a request path, for a 405's `Allow`: empty when no
 * route has the path at all (a 404). Only the catch-all asks, for requests no route took.
 */
export function allowedMethods(path: string): string[] {
  return [...new Set(matchers.filter((m) => m.pattern.test(path)).map((m) => m.method))].sort();
}

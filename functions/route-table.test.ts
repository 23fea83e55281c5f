import { describe, expect, it } from 'vitest';
import { type GroupedFunction, ROUTE_GROUPS, ROUTES } from '#shared/platform/routes.ts';
import { accountsApp } from './accounts/app.ts';
import { routeLoaders as accountsLoaders } from './accounts.handler.ts';
import { analyticsApp } from './analytics/app.ts';
import { challengesApp } from './challenges/app.ts';
import { contentApp } from './content/app.ts';
import type { HttpApiEvent } from './http/handle-api.ts';
import { type RouteGroupLoaders, routeGroups } from './http/route-groups.ts';
import { privacyApp } from './privacy/app.ts';
import { programsApp } from './programs/app.ts';
import { routeLoaders as programsLoaders } from './programs.handler.ts';
import { referralsApp } from './referrals/app.ts';
import { routeLoaders as referralsLoaders } from './referrals.handler.ts';
import { rewardsApp } from './rewards/app.ts';
import { shopifyCodesApp } from './shopify-codes/app.ts';
import { webhooksApp } from './webhooks/app.ts';

/** What an app's OpenAPI registry says it serves, as `METHOD /path` rows. */
const servedBy = (app: { openAPIRegistry: typeof programsApp.openAPIRegistry }) =>
  app.openAPIRegistry.definitions
    .flatMap((d) => (d.type === 'route' ? [`${d.route.method.toUpperCase()} ${d.route.path}`] : []))
    .sort();

describe('the route table and the apps agree', () => {
  it.each([
    ['programs', programsApp],
    ['challenges', challengesApp],
    ['referrals', referralsApp],
    ['rewards', rewardsApp],
    ['content', contentApp],
    ['analytics', analyticsApp],
    ['webhooks', webhooksApp],
    ['shopifyCodes', shopifyCodesApp],
    ['privacy', privacyApp],
    ['accounts', accountsApp],
  ] as const)('the %s function serves exactly its rows', (name, app) => {
    const served = servedBy(app);
    const table = ROUTES.filter((r) => r.function === name)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(served).toEqual(table);
  });

  it('every row has a known function and a unique method and path', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of ROUTES) expect(route.path).toMatch(/^\/(api|r)(\/|$)/);
  });
});

describe('a function of several route modules loads the one a request is for', () => {
  const loaders: Record<GroupedFunction, Record<string, () => Promise<typeof programsApp>>> = {
    programs: programsLoaders,
    referrals: referralsLoaders,
    accounts: accountsLoaders,
  };
  const grouped = Object.keys(ROUTE_GROUPS) as GroupedFunction[];
  const eventFor = (method: string, path: string, routeKey: string): HttpApiEvent =>
    ({
      version: '2.0',
      routeKey,
      rawPath: path,
      rawQueryString: '',
      headers: {},
      requestContext: { http: { method, path }, requestId: 'route-groups' },
      isBase64Encoded: false,
    }) as unknown as HttpApiEvent;

  it.each(grouped)('every module of %s serves exactly the rows the table gives it', async (fn) => {
    for (const group of ROUTE_GROUPS[fn]) {
      const table = ROUTES.filter((r) => r.function === fn && r.group === group)
        .map((r) => `${r.method} ${r.path}`)
        .sort();
      expect(table.length, `${fn}.${group} has rows`).toBeGreaterThan(0);
      const load = loaders[fn][group];
      expect(load, `${fn}.${group} has a loader`).toBeTypeOf('function');
      expect(servedBy(await (load as () => Promise<typeof programsApp>)()), `${fn}.${group}`).toEqual(table);
    }
    // Every row of a grouped function names a module.
    expect(ROUTES.filter((r) => r.function === fn && !r.group)).toEqual([]);
  });

  it.each(grouped)(
    '%s picks a row’s module by its route key, and by its path when there is none',
    async (fn) => {
      const pick = routeGroups(fn, loaders[fn] as RouteGroupLoaders<typeof fn>);
      for (const route of ROUTES.filter((r) => r.function === fn)) {
        // A path as a client sends it: every parameter filled in.
        const path = route.path.replace(/\{\w+\}/g, 'x1');
        const key = `${route.method} ${route.path}`;
        for (const routeKey of [key, '$default']) {
          const app = await pick(eventFor(route.method, path, routeKey));
          expect(servedBy(app), `${key} (route key ${routeKey})`).toContain(key);
        }
      }
      // A path no row has gets an app with no routes (the error-shaped 404), loading nothing.
      expect(servedBy(await pick(eventFor('GET', '/api/nowhere', '$default')))).toEqual([]);
    },
  );
});

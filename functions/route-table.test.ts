import { describe, expect, it } from 'vitest';
import { ROUTES } from '#shared/platform/routes.ts';
import { accountsApp } from './accounts/app.ts';
import { analyticsApp } from './analytics/app.ts';
import { challengesApp } from './challenges/app.ts';
import { contentApp } from './content/app.ts';
import { privacyApp } from './privacy/app.ts';
import { programsApp } from './programs/app.ts';
import { referralsApp } from './referrals/app.ts';
import { rewardsApp } from './rewards/app.ts';
import { shopifyCodesApp } from './shopify-codes/app.ts';
import { webhooksApp } from './webhooks/app.ts';

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
    const served = app.openAPIRegistry.definitions
      .flatMap((d) => (d.type === 'route' ? [`${d.route.method.toUpperCase()} ${d.route.path}`] : []))
      .sort();
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

import { describe, expect, it } from 'vitest';
import { ROUTES } from '../shared/routes.ts';
import { compileRoutes, matchRoute } from './gateway.ts';

const compiled = compileRoutes(ROUTES);
const match = (method: string, path: string) => {
  const found = matchRoute(compiled, method, path);
  return found && { key: `${found.route.method} ${found.route.path}`, params: found.pathParameters };
};

describe('local gateway route matching', () => {
  it('prefers the most specific route, as API Gateway does', () => {
    expect(match('GET', '/api/programs/P1')).toEqual({
      key: 'GET /api/programs/{programId}',
      params: { programId: 'P1' },
    });
    expect(match('POST', '/api/programs/P1/invitations/accept')?.key).toBe(
      'POST /api/programs/{programId}/invitations/accept',
    );
    expect(match('GET', '/api/programs/P1/ambassadors/A%2F1')?.params).toEqual({
      programId: 'P1',
      ambassadorId: 'A/1',
    });
  });

  it('sends unknown API paths and methods to the greedy fallback, and nothing else', () => {
    expect(match('GET', '/api/nothing/here')).toEqual({
      key: 'ANY /api/{proxy+}',
      params: { proxy: 'nothing/here' },
    });
    expect(match('DELETE', '/api/programs/P1')?.key).toBe('ANY /api/{proxy+}');
    expect(match('GET', '/r/ANNA-7K2Q')).toEqual({ key: 'GET /r/{code}', params: { code: 'ANNA-7K2Q' } });
    expect(match('GET', '/r/ANNA-7K2Q/summer')).toEqual({
      key: 'GET /r/{code}/{slug}',
      params: { code: 'ANNA-7K2Q', slug: 'summer' },
    });
    expect(match('HEAD', '/r/ANNA-7K2Q')?.key).toBe('HEAD /r/{code}');
    expect(match('GET', '/r/a/b/c')).toBeUndefined();
    expect(match('GET', '/index.html')).toBeUndefined();
  });
});

import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/http/openapi-document.ts';
import { ROUTES } from '../../shared/platform/routes.ts';

const document = buildOpenApiDocument();
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation of the document as `METHOD path` with its object. */
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId?: string; security?: unknown[] }>)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
);

/** Every `pattern` anywhere in the document. */
function patterns(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) patterns(item, found);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string') found.push(item);
      else patterns(item, found);
    }
  return found;
}

describe('the OpenAPI document', () => {
  it('lints clean with Redocly’s recommended rules: no errors, no warnings', async () => {
    // The referral redirect answers 302 by design; every other operation's 2xx is asserted below.
    const config = await createConfig({
      extends: ['recommended'],
      rules: { 'operation-2xx-response': 'off' },
    });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    const lines = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(lines).toEqual([]);
  });

  it('names every operation after its route-table row and states its security', () => {
    const documented = ROUTES.filter((r) => r.method !== 'ANY').map((r) => `${r.method} ${r.path}`);
    expect(operations.map((o) => o.key).sort()).toEqual([...documented].sort());
    for (const route of ROUTES.filter((r) => r.method !== 'ANY')) {
      const { operation } = operations.find((o) => o.key === `${route.method} ${route.path}`) ?? {};
      expect(operation?.operationId, route.path).toBe(route.operationId);
      expect(Array.isArray(operation?.security), route.path).toBe(true);
      expect((operation?.security ?? []).length === 0, route.path).toBe(route.access === 'public');
      const statuses = Object.keys((operation as { responses: object }).responses);
      expect(statuses.some((s) => s.startsWith(route.function === 'redirect' ? '3' : '2'))).toBe(true);
    }
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has patterns a JSON Schema validator reads: no JavaScript flags, each compiles in Unicode mode', () => {
    const all = patterns(document);
    expect(all.length).toBeGreaterThan(5);
    for (const pattern of all) {
      expect(pattern, 'a pattern carries JavaScript regex flags').not.toMatch(/(?<!\\)\/[dgimsuyv]+$/);
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
  });

  it('says where it is served', () => {
    expect(document.servers?.length).toBeGreaterThan(0);
  });
});

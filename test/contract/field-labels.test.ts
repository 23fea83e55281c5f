import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/http/openapi-document.ts';
import { FIELD_LABELS, fieldLabel, hasFieldLabel } from '../../shared/platform/http/field-labels.ts';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Operation = { operationId?: string; requestBody?: { content?: Record<string, { schema?: Schema }> } };

const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
const components = document.components?.schemas ?? {};

/** Every field path a body schema allows, `*` for a list position or record key. */
function fieldPaths(schema: Schema | undefined, prefix: string[] = [], seen = new Set<string>()): string[] {
  if (!schema) return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return seen.has(name) ? [] : fieldPaths(components[name], prefix, new Set([...seen, name]));
  }
  const found: string[] = [];
  for (const branch of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    found.push(...fieldPaths(branch, prefix, seen));
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push([...prefix, name].join('.'), ...fieldPaths(property, [...prefix, name], seen));
  }
  const inner =
    schema.items ??
    (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
  if (inner) found.push([...prefix, '*'].join('.'), ...fieldPaths(inner, [...prefix, '*'], seen));
  return found;
}

/** Each operation that takes a JSON body, with the field paths of its body. */
const bodies = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]) => {
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    return schema
      ? [{ route: `${method.toUpperCase()} ${path}`, fields: [...new Set(fieldPaths(schema))] }]
      : [];
  }),
);

describe('the human names of request fields', () => {
  it('name every field of every request body in the route table', () => {
    // Prepare: the bodies come from the same route definitions that serve the API.
    expect(bodies.length).toBeGreaterThan(30);

    // Act
    const unnamed = bodies.flatMap(({ route, fields }) =>
      fields.filter((field) => !hasFieldLabel(field)).map((field) => `${route}: ${field}`),
    );

    // Assess
    expect(unnamed).toEqual([]);
  });

  it('name a field as the API reports it, with list positions counted from 1', () => {
    expect(fieldLabel('requirements.hashtags.1')).toBe('Hashtag 2');
    expect(fieldLabel('questions.3.options.0')).toBe('Question choice');
    expect(fieldLabel('preferences.kudos_received')).toBe('Notification setting');
    expect(fieldLabel('noSuchField')).toBeUndefined();
  });

  it('are plain words, not code names', () => {
    for (const [pattern, label] of Object.entries(FIELD_LABELS)) {
      expect(label, pattern).toMatch(/^[A-Z][\w\s(),'-]*(\{n\}|\{key\})?[\w\s(),'-]*$/);
      expect(label, pattern).not.toMatch(/[a-z][A-Z]/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as unknown as Json & {
  paths: Record<string, Record<string, Json & { parameters?: Json[]; responses: Record<string, Json> }>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json> };
};

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Beachhead API', version: '1.0.0' });
  });

  it('documents the events filters, including limit with its bounds', () => {
    const list = doc.paths['/api/v1/events']?.get;
    expect(list).toBeDefined();
    const names = list!.parameters!.map((p) => p.name);
    expect(names).toEqual(['vendor', 'region', 'type', 'status', 'from', 'to', 'q', 'limit', 'cursor']);
    const limit = list!.parameters!.find((p) => p.name === 'limit');
    expect(limit).toMatchObject({
      in: 'query',
      schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    });
    expect(list!.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/EventPage' } } },
    });
  });

  it('has components for the response DTOs and the entity inputs', () => {
    const schemas = Object.keys(doc.components.schemas);
    for (const name of [
      'EventListItem',
      'EventDetail',
      'EventPage',
      'Citation',
      'OrganizationProfile',
      'RegionProfile',
      'Error',
    ]) {
      expect(schemas).toContain(name);
    }
    for (const name of [
      'OrganizationInput',
      'RegionInput',
      'PersonInput',
      'ProductInput',
      'SourceInput',
      'EventInput',
      'EventLinkInput',
      'MetricInput',
      'ViewInput',
    ]) {
      expect(schemas).toContain(name);
    }
    expect(doc.components.schemas.EventListItem).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['id', 'title', 'date', 'sources', 'version']),
    });
    // Inputs are request shapes: defaults are optional, the fuzzy date is typed text.
    expect(doc.components.schemas.EventInput).toMatchObject({
      required: ['title', 'type', 'status', 'date'],
      properties: { date: { type: 'string' } },
    });
  });

  it('gives every operation a summary, an operationId and JSON error responses where they apply', () => {
    const operations = Object.entries(doc.paths)
      .filter(([, item]) => item.get && !item.get.tags?.toString().includes('write'))
      .map(([path, item]) => [path, item.get!] as const);
    expect(operations.length).toBeGreaterThanOrEqual(9);
    for (const [path, op] of operations) {
      expect(op.summary, path).toBeTruthy();
      expect(op.operationId, path).toBeTruthy();
      expect(op.responses['200'], path).toBeDefined();
      if (!path.startsWith('/api/v1/') || path.endsWith('openapi.json')) continue;
      expect(op.responses['400'], path).toEqual({ $ref: '#/components/responses/BadRequest' });
      expect(op.responses['503'], path).toEqual({ $ref: '#/components/responses/ServiceUnavailable' });
      if (path.includes('{')) {
        expect(op.responses['404'], path).toEqual({ $ref: '#/components/responses/NotFound' });
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(pathParams, path).toEqual([path.match(/\{(\w+)\}/)![1]]);
      }
    }
    expect(doc.components.responses.BadRequest).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const [, kind, name] = ref.match(/#\/components\/(\w+)\/([^"]+)/) ?? [];
      const section = (doc.components as unknown as Record<string, Record<string, unknown>>)[kind!];
      expect(section?.[name!], ref).toBeDefined();
    }
  });

  it('documents the write operations with their request bodies and statuses', () => {
    const post = doc.paths['/api/v1/events']?.post;
    expect(post).toMatchObject({
      operationId: 'createEvent',
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/EventInput' } } },
      },
    });
    expect(Object.keys(post!.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '413', '415']),
    );
    for (const [resource, param] of [
      ['events', 'id'],
      ['organizations', 'slug'],
      ['regions', 'slug'],
      ['people', 'id'],
      ['products', 'id'],
      ['sources', 'id'],
      ['event-links', 'id'],
      ['metrics', 'id'],
    ] as const) {
      const item = doc.paths[`/api/v1/${resource}/{${param}}`];
      expect(item?.patch, resource).toBeDefined();
      expect(item?.delete, resource).toBeDefined();
      expect(Object.keys(item!.patch!.responses)).toEqual(expect.arrayContaining(['200', '409', '428']));
      const headers = (item!.delete!.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
      expect(headers, resource).toEqual(['If-Match']);
      expect(doc.paths[`/api/v1/${resource}/{${param}}/restore`]?.post, resource).toBeDefined();
      expect(doc.paths[`/api/v1/${resource}/{${param}}/revert`]?.post, resource).toBeDefined();
      expect(doc.paths[`/api/v1/${resource}`]?.post, resource).toBeDefined();
    }
    // The metrics collection keeps its list (GET) beside the create (POST).
    expect(doc.paths['/api/v1/metrics']?.get).toBeDefined();
    expect(doc.paths['/api/v1/metrics/{id}']?.get).toBeDefined();
    expect(doc.paths['/api/v1/import']?.post?.operationId).toBe('importEvents');
    expect(doc.paths['/api/v1/import/template.csv']?.get).toBeDefined();
    expect(
      (doc.components as unknown as Record<string, Record<string, unknown>>).securitySchemes,
    ).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
    });
    expect(doc.components.schemas.RecordImage).toBeDefined();
    expect(doc.components.schemas.EventPatch).toBeDefined();
  });
});

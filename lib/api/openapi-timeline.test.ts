import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

type Json = Record<string, unknown>;
type Op = Json & { parameters?: Json[]; requestBody?: Json; responses: Record<string, Json> };
const doc = buildOpenApiDocument() as unknown as Json & {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json> };
};

describe('the OpenAPI document: timeline, as known on, saved views', () => {
  it('documents asof wherever the API takes it', () => {
    for (const path of ['/api/v1/timeline', '/api/v1/events/{id}']) {
      const asof = doc.paths[path]?.get?.parameters?.find((p) => p.name === 'asof');
      expect(asof, path).toMatchObject({ in: 'query', schema: { type: 'string' } });
    }
    expect(doc.paths['/api/v1/timeline']!.get!.parameters!.map((p) => p.name)).toEqual([
      'vendors',
      'regions',
      'types',
      'statuses',
      'asof',
    ]);
    expect(JSON.stringify(doc.paths['/api/v1/events/{id}']!.get!.responses['200'])).toContain(
      'EventAsKnownOn',
    );
    expect(doc.components.schemas.EventAsKnownOn).toMatchObject({
      required: expect.arrayContaining(['sources', 'links', 'asOf']),
    });
  });

  it('documents POST /api/v1/views: the view state as the URL holds it → {slug, url}, and its errors', () => {
    const post = doc.paths['/api/v1/views']?.post;
    expect(post).toBeDefined();
    const body = JSON.stringify(post!.requestBody);
    expect(body).toContain('SavedViewBody');
    const schema = doc.components.schemas.SavedViewBody as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'vendors',
        'regions',
        'types',
        'statuses',
        'group',
        'from',
        'to',
        'event',
        'asof',
        'mode',
        'title',
        'pin',
      ]),
    );
    expect(doc.components.schemas.SavedViewCreated).toMatchObject({
      required: expect.arrayContaining(['slug', 'url']),
    });
    expect(Object.keys(post!.responses)).toEqual(
      expect.arrayContaining(['201', '400', '403', '413', '429', '500', '503']),
    );
    expect(post!.responses['429']).toEqual({ $ref: '#/components/responses/SavedViewRateLimited' });
    expect(JSON.stringify(doc.components.responses.SavedViewRateLimited)).toContain('Retry-After');
  });
});

import { describe, expect, it } from 'vitest';
import { getOpenApiDocument } from './openapi';

// The exports, feeds and metrics operations are in the document, and their shared responses resolve.

describe('OpenAPI: exports, feeds and metrics', () => {
  const doc = getOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    components: { responses: Record<string, unknown>; schemas: Record<string, unknown> };
  };

  it('documents every new endpoint', () => {
    expect(doc.paths['/api/v1/events.csv']?.get?.operationId).toBe('exportEventsCsv');
    expect(doc.paths['/api/v1/events.json']?.get?.operationId).toBe('exportEventsJson');
    expect(doc.paths['/api/v1/metrics']?.get?.operationId).toBe('listMetrics');
    expect(doc.paths['/api/v1/metrics/import']?.post?.operationId).toBe('importMetrics');
    expect(doc.paths['/api/v1/metrics/import/template.csv']?.get).toBeDefined();
    expect(doc.paths['/feeds/planned.ics']?.get?.operationId).toBe('getPlannedCalendar');
    expect(doc.paths['/feeds/changes.atom']?.get?.operationId).toBe('getChangesFeed');
    expect(doc.components.schemas.MetricPoint).toBeDefined();
  });

  it('gives every metric its quote: in the point read, the input written and the import columns', () => {
    const point = doc.components.schemas.MetricPoint as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(point.properties.quote).toMatchObject({ type: 'string' });
    expect(point.required).toContain('quote');
    const input = doc.components.schemas.MetricInput as {
      properties: Record<string, { minLength?: number; maxLength?: number }>;
      required: string[];
    };
    expect(input.properties.quote).toMatchObject({ minLength: 1, maxLength: 5000 });
    expect(input.required).toContain('quote');
    const importDoc = JSON.stringify(doc.paths['/api/v1/metrics/import']);
    expect(importDoc).toContain('`quote` (required)');
  });

  it('only references responses that exist', () => {
    const refs = JSON.stringify(doc.paths).match(/#\/components\/responses\/\w+/g) ?? [];
    for (const ref of new Set(refs))
      expect(doc.components.responses[ref.split('/').pop()!], ref).toBeDefined();
  });
});

import type { z } from 'zod';
import {
  eventInput,
  eventLinkInput,
  metricInput,
  organizationInput,
  personInput,
  productInput,
  regionInput,
  sourceInput,
} from '@/lib/domain/schemas';
import type { EntityType } from '@/lib/domain/vocabulary';

// The resources of the write API: URL name → entity type, how an item is named in the path, and
// the input schema (the same zod schema the write path validates with). One table for the route
// handlers and the OpenAPI document.

export interface WriteResource {
  /** The collection's path segment under /api/v1. */
  name: string;
  type: EntityType;
  /** 'id': a UUID; 'id-or-slug': a UUID, or the record's slug (deleted records included). */
  key: 'id' | 'id-or-slug';
  /** The path parameter's name (existing read routes use `slug` for organizations and regions). */
  param: 'id' | 'slug';
  schema: z.ZodObject;
  /** OpenAPI component of the input schema. */
  inputComponent: string;
  label: string;
  plural: string;
}

export const WRITE_RESOURCES = {
  events: {
    name: 'events',
    type: 'event',
    key: 'id',
    param: 'id',
    schema: eventInput,
    inputComponent: 'EventInput',
    label: 'event',
    plural: 'events',
  },
  organizations: {
    name: 'organizations',
    type: 'organization',
    key: 'id-or-slug',
    param: 'slug',
    schema: organizationInput,
    inputComponent: 'OrganizationInput',
    label: 'organization',
    plural: 'organizations',
  },
  regions: {
    name: 'regions',
    type: 'region',
    key: 'id-or-slug',
    param: 'slug',
    schema: regionInput,
    inputComponent: 'RegionInput',
    label: 'region',
    plural: 'regions',
  },
  people: {
    name: 'people',
    type: 'person',
    key: 'id-or-slug',
    param: 'id',
    schema: personInput,
    inputComponent: 'PersonInput',
    label: 'person',
    plural: 'people',
  },
  products: {
    name: 'products',
    type: 'product',
    key: 'id-or-slug',
    param: 'id',
    schema: productInput,
    inputComponent: 'ProductInput',
    label: 'product',
    plural: 'products',
  },
  sources: {
    name: 'sources',
    type: 'source',
    key: 'id',
    param: 'id',
    schema: sourceInput,
    inputComponent: 'SourceInput',
    label: 'source',
    plural: 'sources',
  },
  'event-links': {
    name: 'event-links',
    type: 'event_link',
    key: 'id',
    param: 'id',
    schema: eventLinkInput,
    inputComponent: 'EventLinkInput',
    label: 'event link',
    plural: 'event links',
  },
  metrics: {
    name: 'metrics',
    type: 'metric',
    key: 'id',
    param: 'id',
    schema: metricInput,
    inputComponent: 'MetricInput',
    label: 'metric',
    plural: 'metrics',
  },
} as const satisfies Record<string, WriteResource>;

export type WriteResourceName = keyof typeof WRITE_RESOURCES;

/** Fields of a record image that are bookkeeping: accepted in a PATCH body (a client may send back what it read) and ignored. */
export const IGNORED_BODY_FIELDS = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const;

/** Body fields the schema does not know, as field errors (a misspelt field silently ignored would lose data). */
export function unknownFields(
  resource: WriteResource,
  body: Record<string, unknown>,
  allowed: readonly string[] = [],
): Record<string, string[]> {
  const known = new Set([...Object.keys(resource.schema.shape), ...allowed]);
  const errors: Record<string, string[]> = {};
  for (const key of Object.keys(body)) {
    if (!known.has(key))
      errors[key] = [
        `Unknown field "${key}" for ${resource.label === 'event' ? 'an' : 'a'} ${resource.label}`,
      ];
  }
  return errors;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

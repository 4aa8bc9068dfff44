import type { EntityType } from '@/lib/domain/vocabulary';

// Which fields of an after-image hold ids of other records, so a history page can show names
// instead of UUIDs (looked up in bulk: one query per referenced table).

export const REFERENCE_FIELDS: Readonly<Record<string, EntityType>> = {
  vendorId: 'organization',
  organizationId: 'organization',
  counterpartyIds: 'organization',
  actorIds: 'organization',
  regionId: 'region',
  regionIds: 'region',
  parentIds: 'region',
  personIds: 'person',
  speakerId: 'person',
  productIds: 'product',
  sourceId: 'source',
  fromEventId: 'event',
  toEventId: 'event',
};

export interface RecordKey {
  type: EntityType;
  id: string;
}

/** Every referenced id in an image (nested lists such as citations included), by type. */
export function collectReferences(
  value: unknown,
  into: Map<string, RecordKey> = new Map(),
): Map<string, RecordKey> {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into);
    return into;
  }
  if (typeof value !== 'object' || value === null) return into;
  for (const [field, inner] of Object.entries(value as Record<string, unknown>)) {
    const type = REFERENCE_FIELDS[field];
    if (type) {
      for (const id of Array.isArray(inner) ? inner : [inner]) {
        if (typeof id === 'string' && id) into.set(`${type}:${id}`, { type, id });
      }
    } else if (typeof inner === 'object' && inner !== null) {
      collectReferences(inner, into);
    }
  }
  return into;
}

/** What a page needs to name and link a record. */
export interface RecordRef {
  type: EntityType;
  id: string;
  label: string;
  /** Organizations, regions, people, products. */
  slug?: string;
  /** Organizations: where their page is. */
  kind?: string;
  deleted: boolean;
}

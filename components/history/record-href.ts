import type { EntityType, OrganizationKind } from '@/lib/domain/vocabulary';
import { historyHref } from '@/lib/history/change-filters';
import type { RecordRef } from '@/lib/history/references';
import { eventHref } from '@/components/events/event-href';
import { organizationHref } from '@/components/organizations/organization-href';
import { regionHref } from '@/components/regions/region-href';

/** The record's own page when it has one and is live; otherwise its history page. */
export function recordHref(ref: Pick<RecordRef, 'type' | 'id' | 'slug' | 'kind' | 'deleted'>): string {
  if (!ref.deleted) {
    if (ref.type === 'event') return eventHref(ref);
    if (ref.type === 'organization' && ref.slug && ref.kind)
      return organizationHref({ slug: ref.slug, kind: ref.kind as OrganizationKind });
    if (ref.type === 'region' && ref.slug) return regionHref({ slug: ref.slug });
  }
  return historyHref(ref.type, ref.id);
}

/** Whether the record has a page of its own (besides its history). */
export function hasOwnPage(type: EntityType): boolean {
  return type === 'event' || type === 'organization' || type === 'region';
}

import type { EntityType, RevisionAction } from '@/lib/domain/vocabulary';

export const ACTION_LABELS: Record<RevisionAction, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  restore: 'Restored',
  revert: 'Reverted',
};

export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  organization: { one: 'Organization', many: 'Organizations' },
  region: { one: 'Region', many: 'Regions' },
  person: { one: 'Person', many: 'People' },
  product: { one: 'Product', many: 'Products' },
  source: { one: 'Source', many: 'Sources' },
  event: { one: 'Event', many: 'Events' },
  event_link: { one: 'Event link', many: 'Event links' },
  metric: { one: 'Metric', many: 'Metrics' },
  view: { one: 'Saved view', many: 'Saved views' },
};

/** Field names of after-images, in words. Unknown fields fall back to their name, spaced out. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  type: 'Type',
  status: 'Status',
  vendorId: 'Vendor',
  regionId: 'Region',
  date: 'Date',
  counterpartyIds: 'Counterparties',
  counterpartyNote: 'Counterparty note',
  actorIds: 'Actors',
  personIds: 'People',
  productIds: 'Products',
  citations: 'Sources cited',
  sourceId: 'Source',
  quote: 'Quote',
  speakerId: 'Speaker',
  stance: 'Stance',
  note: 'Note',
  slug: 'Slug',
  name: 'Name',
  kind: 'Kind',
  hqCountry: 'Headquarters country',
  website: 'Website',
  description: 'Description',
  regionIds: 'Regions',
  isoCode: 'ISO code',
  isoNumeric: 'ISO numeric code',
  parentIds: 'Part of',
  role: 'Role',
  organizationId: 'Organization',
  category: 'Category',
  url: 'URL',
  outlet: 'Outlet',
  published: 'Published',
  retrievedOn: 'Retrieved on',
  author: 'Author',
  fromEventId: 'From event',
  toEventId: 'To event',
  period: 'Period',
  metric: 'Metric',
  value: 'Value',
  state: 'View state',
  asKnownOn: 'As known on',
  deletedAt: 'Deleted at',
};

export function fieldLabel(field: string): string {
  return (
    FIELD_LABELS[field] ??
    field
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .replace(/^./, (c) => c.toUpperCase())
  );
}

/** Fields holding fuzzy dates (EDTF): shown with their reading in words. */
export const DATE_FIELDS = new Set(['date', 'published']);

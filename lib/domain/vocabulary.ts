// Controlled vocabularies of the domain. Each list is the single source for the database enums,
// the zod schemas, the URL codec and the labels shown to people.

export const ORGANIZATION_KINDS = ['vendor', 'carrier', 'retailer', 'agency', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const REGION_KINDS = ['global', 'continent', 'grouping', 'country', 'subdivision', 'city'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const PRODUCT_CATEGORIES = [
  'smartphone',
  'tablet',
  'tv',
  'audio',
  'set_top_box',
  'wearable',
  'accessory',
  'smart_home',
  'other',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const EVENT_TYPES = [
  'market_entry',
  'planned_entry',
  'presence',
  'store_opening',
  'retail_availability',
  'carrier_partnership',
  'partnership_cancelled',
  'product_launch',
  'regulatory_action',
  'statement',
  'market_exit',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = [
  'rumoured',
  'planned',
  'announced',
  'happened',
  'postponed',
  'cancelled',
  'denied',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const DATE_PRECISIONS = [
  'day',
  'month',
  'quarter',
  'half',
  'season',
  'year',
  'decade',
  'window',
] as const;

export const EVENT_ORG_ROLES = ['counterparty', 'actor'] as const;
export type EventOrgRole = (typeof EVENT_ORG_ROLES)[number];

export const EVENT_LINK_TYPES = ['fulfils', 'cancels', 'supersedes', 'responds_to', 'related'] as const;
export type EventLinkType = (typeof EVENT_LINK_TYPES)[number];

export const CITATION_STANCES = ['supports', 'contradicts'] as const;
export type CitationStance = (typeof CITATION_STANCES)[number];

export const METRIC_KINDS = ['market_share_pct', 'shipments_units'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore', 'revert'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Signed-in roles. Anonymous visitors are viewers and have no row. */
export const USER_ROLES = ['contributor', 'editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ENTITY_TYPES = [
  'organization',
  'region',
  'person',
  'product',
  'source',
  'event',
  'event_link',
  'metric',
  'view',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

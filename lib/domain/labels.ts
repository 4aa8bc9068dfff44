import type {
  EventLinkType,
  EventStatus,
  EventType,
  OrganizationKind,
  ProductCategory,
  RegionKind,
} from './vocabulary';

// Words shown to people for each vocabulary value.

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  market_entry: 'Market entry',
  planned_entry: 'Planned entry',
  presence: 'Presence',
  store_opening: 'Store opening',
  retail_availability: 'Retail availability',
  carrier_partnership: 'Carrier partnership',
  partnership_cancelled: 'Partnership cancelled',
  product_launch: 'Product launch',
  regulatory_action: 'Regulatory action',
  statement: 'Statement',
  market_exit: 'Market exit',
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  rumoured: 'Rumoured',
  planned: 'Planned',
  announced: 'Announced',
  happened: 'Happened',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  denied: 'Denied',
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, { one: string; many: string }> = {
  vendor: { one: 'Vendor', many: 'Vendors' },
  carrier: { one: 'Carrier', many: 'Carriers' },
  retailer: { one: 'Retailer', many: 'Retailers' },
  agency: { one: 'Agency', many: 'Agencies' },
  other: { one: 'Organization', many: 'Organizations' },
};

export const REGION_KIND_LABELS: Record<RegionKind, string> = {
  global: 'Global',
  continent: 'Continent',
  grouping: 'Grouping',
  country: 'Country',
  subdivision: 'Subdivision',
  city: 'City',
};

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  smartphone: 'Smartphone',
  tablet: 'Tablet',
  tv: 'TV',
  audio: 'Audio',
  set_top_box: 'Set-top box',
  wearable: 'Wearable',
  accessory: 'Accessory',
  smart_home: 'Smart home',
  other: 'Other',
};

/** How a link reads from its source event ("cancels") and from its target ("cancelled by"). */
export const EVENT_LINK_LABELS: Record<EventLinkType, { outgoing: string; incoming: string }> = {
  fulfils: { outgoing: 'Fulfils', incoming: 'Fulfilled by' },
  cancels: { outgoing: 'Cancels', incoming: 'Cancelled by' },
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  responds_to: { outgoing: 'Responds to', incoming: 'Responses' },
  related: { outgoing: 'Related to', incoming: 'Related to' },
};

import type {
  CitationStance,
  EventLinkType,
  EventStatus,
  EventType,
  OrganizationKind,
  ProductCategory,
  RegionKind,
  RevisionAction,
} from './vocabulary';

// Shapes the read layer (db/queries) returns and components render. Plain JSON (dates as
// strings) so they pass from server to client components and out of the API unchanged.

export interface OrgRef {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
}

export interface RegionRef {
  id: string;
  slug: string;
  name: string;
  kind: RegionKind;
  isoCode: string | null;
}

export interface PersonRef {
  id: string;
  slug: string;
  name: string;
  role: string;
}

export interface ProductRef {
  id: string;
  slug: string;
  name: string;
  category: ProductCategory;
}

export interface EventDate {
  edtf: string;
  lo: string;
  hi: string;
  precision: string;
  approximate: boolean;
  uncertain: boolean;
  /** The window in words, e.g. "around December 2018 to around March 2019". */
  label: string;
}

export interface Citation {
  sourceId: string;
  outlet: string;
  title: string;
  url: string | null;
  /** EDTF of the publication date, when known, and its label. */
  published: string | null;
  publishedLabel: string | null;
  quote: string;
  speaker: PersonRef | null;
  stance: CitationStance;
  /** The citation's own note (why this passage, what it leaves out). */
  note: string;
  /** The source's note (e.g. how it is known), shown with every citation of it. */
  sourceNote: string;
}

export interface EventListItem {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  status: EventStatus;
  date: EventDate;
  vendor: OrgRef | null;
  region: RegionRef | null;
  counterparties: OrgRef[];
  counterpartyNote: string;
  actors: OrgRef[];
  sources: Citation[];
  version: number;
  updatedAt: string;
}

export interface LinkedEvent {
  linkId: string;
  type: EventLinkType;
  /** 'outgoing': this event → other ("cancels" the other); 'incoming': other → this. */
  direction: 'outgoing' | 'incoming';
  note: string;
  event: { id: string; title: string; status: EventStatus; type: EventType; dateLabel: string };
}

/**
 * An event as it was recorded at a past moment (GET /api/v1/events/{id}?asof=…), rebuilt from
 * revisions: its fields, its citations (sources as they were then) and its links then.
 */
export interface EventAsKnownOn {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  status: EventStatus;
  date: EventDate;
  sources: Citation[];
  links: LinkedEvent[];
  /** The event's version then. */
  version: number;
  /** The moment (ISO 8601). */
  asOf: string;
}

export interface RevisionSummary {
  id: number;
  entityType: string;
  entityId: string;
  version: number;
  action: RevisionAction;
  actorLabel: string;
  createdAt: string;
  /** A readable name of the record at that version (title or name). */
  label: string;
}

export interface EventDetail extends EventListItem {
  people: PersonRef[];
  products: ProductRef[];
  links: LinkedEvent[];
  history: RevisionSummary[];
}

export interface OrganizationSummary extends OrgRef {
  hqCountry: string | null;
  website: string | null;
  description: string;
  eventCount: number;
}

/** Where a vendor stands in a region, derived from its events there (and in member regions). */
export interface PresenceEntry {
  region: RegionRef;
  /** The most telling status: established / entered / planned / cancelled / exited. */
  state: 'established' | 'entered' | 'planned' | 'cancelled' | 'exited';
  latestEvent: { id: string; title: string; dateLabel: string };
}

export interface OrganizationProfile extends OrganizationSummary {
  regions: RegionRef[];
  events: EventListItem[];
  presence: PresenceEntry[];
  partners: (OrgRef & { eventCount: number })[];
  products: ProductRef[];
  people: PersonRef[];
}

export interface RegionSummary extends RegionRef {
  isoNumeric: string | null;
  note: string;
  parents: RegionRef[];
  eventCount: number;
}

export interface RegionProfile extends RegionSummary {
  members: RegionRef[];
  events: EventListItem[];
  vendors: (OrgRef & { eventCount: number })[];
  carriers: OrgRef[];
  retailers: OrgRef[];
}

export interface Overview {
  counts: { vendors: number; regions: number; events: number; sources: number; plansPending: number };
  upcoming: EventListItem[];
  recentEvents: EventListItem[];
  recentChanges: RevisionSummary[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

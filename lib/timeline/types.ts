import type { EventLinkType, EventStatus, EventType } from '@/lib/domain/vocabulary';

// The compact shapes the timeline draws. Plain JSON, so the server can send them to the browser
// (and later to export, preview-image and embed renderers) unchanged.

/** How lanes are formed. The first is the default. */
export const GROUP_BY = ['vendor', 'region', 'counterparty', 'type'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  vendor: 'Vendor',
  region: 'Region',
  counterparty: 'Counterparty',
  type: 'Event type',
};

export interface TimelineRef {
  id: string;
  slug: string;
  name: string;
}

export interface TimelineDate {
  /** Canonical EDTF, e.g. `2018-12~/2019-03~`. */
  edtf: string;
  /** First day the value can mean, YYYY-MM-DD (inclusive). */
  lo: string;
  /** Last day the value can mean, YYYY-MM-DD (inclusive). */
  hi: string;
  precision: string;
  approximate: boolean;
  uncertain: boolean;
  /** The window in words: "around December 2018 to around March 2019". */
  label: string;
}

export interface TimelineItem {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  date: TimelineDate;
  vendor: TimelineRef | null;
  region: TimelineRef | null;
  counterparties: TimelineRef[];
  /** Unnamed counterparties in words ("major US carriers"). */
  counterpartyNote: string;
  /** Citations backing the event; 0 = unsourced. */
  sourceCount: number;
}

/** A typed edge between two events: `from` cancels / fulfils / responds to `to`. */
export interface TimelineLink {
  fromId: string;
  toId: string;
  type: EventLinkType;
}

export interface TimelineData {
  items: TimelineItem[];
  /** Links whose two ends are both in `items`. */
  links: TimelineLink[];
  /** True when more events matched than `limit`; the earliest `limit` are given. */
  truncated: boolean;
  limit: number;
}

/** A time window in epoch milliseconds (UTC), `end` exclusive. */
export interface TimeWindow {
  start: number;
  end: number;
}

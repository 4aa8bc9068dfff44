import { EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { EVENT_TYPES } from '@/lib/domain/vocabulary';
import type { TimelineModel } from './model';
import type { GroupBy, TimelineItem } from './types';

// Lanes: one per vendor, region, counterparty or event type. An event with two counterparties
// sits in both counterparty lanes; every other grouping puts each event in exactly one lane.

export interface Lane {
  /** Stable key: the slug (or type value); '~none' for events without one. */
  key: string;
  label: string;
  /** Item indices in time order (date_lo, date_hi, id). */
  entries: Int32Array;
}

export const NO_LANE_KEY = '~none';

const NONE_LABEL: Record<GroupBy, string> = {
  vendor: 'No vendor',
  region: 'No region',
  counterparty: 'No named counterparty',
  type: 'No type',
};

function laneKeys(item: TimelineItem, group: GroupBy): { key: string; label: string }[] {
  switch (group) {
    case 'vendor':
      return item.vendor ? [{ key: item.vendor.slug, label: item.vendor.name }] : [];
    case 'region':
      return item.region ? [{ key: item.region.slug, label: item.region.name }] : [];
    case 'counterparty':
      return item.counterparties.map((c) => ({ key: c.slug, label: c.name }));
    case 'type':
      return [{ key: item.type, label: EVENT_TYPE_LABELS[item.type] }];
  }
}

let collator: Intl.Collator | undefined;
/** One collator for lane names (localeCompare with options builds one per call). */
function laneCollator(): Intl.Collator {
  collator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return collator;
}

/** Letters, digits and spaces (ASCII): what most vendor and region names are. */
const PLAIN = /^[A-Za-z0-9 ]*$/;

/**
 * Lane names in the collator's order (English, case- and accent-insensitive). For plain ASCII
 * letters, digits and spaces that order is the order of the lower-cased code points (space,
 * digits, letters; a prefix first), so the collator, whose creation costs milliseconds, is only
 * made for names with anything else in them.
 */
export function compareLaneLabels(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return laneCollator().compare(a, b);
}

/**
 * Groups the items into lanes, each in time order. Lanes are sorted by name (event types in
 * vocabulary order), with the "none" lane last.
 */
export function buildLanes(model: TimelineModel, group: GroupBy): Lane[] {
  const { order, items } = model;
  let lanes: Lane[];
  if (group === 'counterparty') {
    const byKey = new Map<string, { label: string; entries: number[] }>();
    const add = (key: string, label: string, index: number) => {
      const lane = byKey.get(key);
      if (lane) lane.entries.push(index);
      else byKey.set(key, { label, entries: [index] });
    };
    for (const index of order) {
      const keys = laneKeys(items[index]!, group);
      if (keys.length === 0) add(NO_LANE_KEY, NONE_LABEL[group], index);
      for (const { key, label } of keys) add(key, label, index);
    }
    lanes = [...byKey.entries()].map(([key, lane]) => ({
      key,
      label: lane.label,
      entries: Int32Array.from(lane.entries),
    }));
  } else {
    // One lane per event. First pass: each event's lane (the previous event's lane is tried
    // first) and the lanes' sizes; second pass: the lanes' entries, straight into typed arrays.
    // No per-event allocation: this runs before the first frame.
    const n = order.length;
    const laneAt = new Int32Array(n);
    const keys: string[] = [];
    const labels: string[] = [];
    const sizes: number[] = [];
    const indexOf = new Map<string, number>();
    let lastKey: string | null = null;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const item = items[order[k]!]!;
      let key: string;
      if (group === 'type') key = item.type;
      else {
        const ref = group === 'vendor' ? item.vendor : item.region;
        key = ref ? ref.slug : NO_LANE_KEY;
      }
      if (key !== lastKey) {
        let lane = indexOf.get(key);
        if (lane === undefined) {
          lane = keys.length;
          indexOf.set(key, lane);
          keys.push(key);
          sizes.push(0);
          if (group === 'type') labels.push(EVENT_TYPE_LABELS[item.type]);
          else {
            const ref = group === 'vendor' ? item.vendor : item.region;
            labels.push(ref ? ref.name : NONE_LABEL[group]);
          }
        }
        lastKey = key;
        last = lane;
      }
      laneAt[k] = last;
      sizes[last]!++;
    }
    const entries = sizes.map((size) => new Int32Array(size));
    const fill = new Int32Array(sizes.length);
    for (let k = 0; k < n; k++) {
      const lane = laneAt[k]!;
      entries[lane]![fill[lane]!++] = order[k]!;
    }
    lanes = keys.map((key, l) => ({ key, label: labels[l]!, entries: entries[l]! }));
  }
  const typeRank = (key: string) => {
    const rank = (EVENT_TYPES as readonly string[]).indexOf(key);
    return rank < 0 ? EVENT_TYPES.length : rank;
  };
  lanes.sort((a, b) => {
    if (a.key === NO_LANE_KEY || b.key === NO_LANE_KEY)
      return a.key === NO_LANE_KEY ? (b.key === NO_LANE_KEY ? 0 : 1) : -1;
    if (group === 'type') return typeRank(a.key) - typeRank(b.key);
    return compareLaneLabels(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  return lanes;
}

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

/**
 * Groups the items into lanes, each in time order. Lanes are sorted by name (event types in
 * vocabulary order), with the "none" lane last.
 */
export function buildLanes(model: TimelineModel, group: GroupBy): Lane[] {
  const byKey = new Map<string, { label: string; entries: number[] }>();
  const add = (key: string, label: string, index: number) => {
    const lane = byKey.get(key);
    if (lane) lane.entries.push(index);
    else byKey.set(key, { label, entries: [index] });
  };
  const { order, items } = model;
  if (group === 'counterparty') {
    for (const index of model.order) {
      const keys = laneKeys(model.items[index]!, group);
      if (keys.length === 0) add(NO_LANE_KEY, NONE_LABEL[group], index);
      for (const { key, label } of keys) add(key, label, index);
    }
  } else {
    // One lane per event: no per-event allocation, and the previous event's lane is tried
    // first (this runs before the first frame).
    let lastKey = '';
    let last: number[] | null = null;
    for (let k = 0; k < order.length; k++) {
      const index = order[k]!;
      const item = items[index]!;
      let key: string;
      let label: string;
      if (group === 'type') {
        key = item.type;
        label = EVENT_TYPE_LABELS[item.type];
      } else {
        const ref = group === 'vendor' ? item.vendor : item.region;
        key = ref ? ref.slug : NO_LANE_KEY;
        label = ref ? ref.name : NONE_LABEL[group];
      }
      if (last && key === lastKey) {
        last.push(index);
        continue;
      }
      add(key, label, index);
      lastKey = key;
      last = byKey.get(key)!.entries;
    }
  }
  const lanes = [...byKey.entries()].map(([key, lane]) => ({
    key,
    label: lane.label,
    entries: Int32Array.from(lane.entries),
  }));
  const typeRank = (key: string) => {
    const rank = (EVENT_TYPES as readonly string[]).indexOf(key);
    return rank < 0 ? EVENT_TYPES.length : rank;
  };
  lanes.sort((a, b) => {
    if (a.key === NO_LANE_KEY || b.key === NO_LANE_KEY)
      return a.key === NO_LANE_KEY ? (b.key === NO_LANE_KEY ? 0 : 1) : -1;
    if (group === 'type') return typeRank(a.key) - typeRank(b.key);
    return laneCollator().compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  return lanes;
}

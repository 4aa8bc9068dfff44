import { MONTH_NAMES } from '@/lib/dates/calendar';
import { EVENT_STATUSES, EVENT_TYPES, type EventLinkType, type EventStatus } from '@/lib/domain/vocabulary';
import { DAY_MS, msToDay } from './time';
import type { TimelineData, TimelineItem, TimelineLink } from './types';

// Synthetic timelines for performance checks and the benchmark: `count` events in `lanes`
// vendors, 2010-2026, 70% exact days and 30% windows of 1-6 months (some approximate), with a
// few plan → outcome links, in the order the API delivers events. Deterministic for a given seed.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function monthWords(ms: number): string {
  const d = new Date(ms);
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export interface SyntheticOptions {
  count: number;
  lanes?: number;
  seed?: number;
  from?: number;
  to?: number;
}

export function syntheticTimeline({
  count,
  lanes = 20,
  seed = 1,
  from = Date.UTC(2010, 0, 1),
  to = Date.UTC(2026, 0, 1),
}: SyntheticOptions): TimelineData {
  const random = mulberry32(seed);
  const vendors = Array.from({ length: lanes }, (_, k) => ({
    id: syntheticId(900_000_000 + k),
    slug: `vendor-${String(k + 1).padStart(2, '0')}`,
    name: `Vendor ${String(k + 1).padStart(2, '0')}`,
  }));
  const statuses: EventStatus[] = [
    'happened',
    'happened',
    'happened',
    'planned',
    'announced',
    'cancelled',
    'denied',
    'rumoured',
    'postponed',
  ];
  const items: TimelineItem[] = [];
  const days = Math.floor((to - from) / DAY_MS);
  for (let n = 0; n < count; n++) {
    const vendor = vendors[Math.floor(random() * lanes)]!;
    const startDay = from + Math.floor(random() * days) * DAY_MS;
    let lo: string;
    let hi: string;
    let edtf: string;
    let label: string;
    let precision: string;
    let approximate = false;
    if (random() < 0.7) {
      lo = hi = edtf = msToDay(startDay);
      const d = new Date(startDay);
      label = `${d.getUTCDate()} ${monthWords(startDay)}`;
      precision = 'day';
    } else {
      const start = new Date(startDay);
      const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      const months = 1 + Math.floor(random() * 6);
      const endExclusive = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
      lo = msToDay(first);
      hi = msToDay(endExclusive - DAY_MS);
      approximate = random() < 0.5;
      const mark = approximate ? '~' : '';
      const a = lo.slice(0, 7);
      const b = hi.slice(0, 7);
      edtf = months === 1 ? `${a}${mark}` : `${a}${mark}/${b}${mark}`;
      const around = approximate ? 'around ' : '';
      label =
        months === 1
          ? `${around}${monthWords(first)}`
          : `${around}${monthWords(first)} to ${around}${monthWords(endExclusive - DAY_MS)}`;
      precision = months === 1 ? 'month' : months === 3 ? 'quarter' : 'window';
    }
    const type = EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!;
    items.push({
      id: syntheticId(n),
      title: `${vendor.name} ${type.replace(/_/g, ' ')} #${n}`,
      type,
      status: statuses[Math.floor(random() * statuses.length)] ?? EVENT_STATUSES[0],
      date: { edtf, lo, hi, precision, approximate, uncertain: false, label },
      vendor,
      region: null,
      counterparties: [],
      counterpartyNote: '',
      sourceCount: 1,
    });
  }
  // In the API's order (db/queries/hydrate-events.ts: date_lo, date_hi, id).
  items.sort((a, b) =>
    a.date.lo < b.date.lo
      ? -1
      : a.date.lo > b.date.lo
        ? 1
        : a.date.hi < b.date.hi
          ? -1
          : a.date.hi > b.date.hi
            ? 1
            : a.id < b.id
              ? -1
              : 1,
  );
  const links: TimelineLink[] = [];
  const linkTypes: EventLinkType[] = ['cancels', 'fulfils', 'responds_to'];
  const lastByVendor = new Map<string, string>();
  for (const item of items) {
    const previous = lastByVendor.get(item.vendor!.slug);
    if (previous && random() < 0.05)
      links.push({ fromId: item.id, toId: previous, type: linkTypes[Math.floor(random() * 3)]! });
    lastByVendor.set(item.vendor!.slug, item.id);
  }
  return { items, links, truncated: false, limit: count };
}

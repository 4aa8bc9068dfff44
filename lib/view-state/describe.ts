import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { dataExtent } from '@/lib/timeline/model';
import { fitWindow, formatWindow, resolveWindow } from '@/lib/timeline/time';
import { GROUP_BY_LABELS, type TimeWindow, type TimelineData } from '@/lib/timeline/types';
import type { ViewState } from './schema';

// A view in words: the default title of a saved view, and the title and description of its
// page's meta tags and preview image. Names come from the view's own data where it has them.

export interface ViewWords {
  /** "Xiaomi and Huawei, Jan 2017 – Dec 2019". */
  title: string;
  /** "9 events in 2 lanes (by vendor), Jan 2017 – Dec 2019. Statuses: planned. As recorded on 1 March 2018." */
  description: string;
  /** The window shown ("Jan 2017 – Dec 2019"). */
  window: string;
  /** The moment of an "as known on" view in words (UTC), or null. */
  asOf: string | null;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} and ${words[1]}`;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function shortList(words: string[], max = 3): string {
  if (words.length <= max) return joinWords(words);
  return `${words.slice(0, max).join(', ')} and ${words.length - max} more`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 March 2018, 14:05 UTC" (the time left out at midnight). */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return iso;
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0 && d.getUTCMilliseconds() === 0) return day;
  const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
  return `${day}, ${time} UTC`;
}

/** The window a view shows: its own bounds, or the data's extent. */
export function viewWindow(
  state: Pick<ViewState, 'from' | 'to'>,
  data: Pick<TimelineData, 'items'>,
): TimeWindow {
  return resolveWindow(state.from, state.to, fitWindow(dataExtent(data.items)));
}

export function describeView(state: ViewState, data: Pick<TimelineData, 'items'>): ViewWords {
  const vendorNames = new Map<string, string>();
  const regionNames = new Map<string, string>();
  for (const item of data.items) {
    if (item.vendor) vendorNames.set(item.vendor.slug, item.vendor.name);
    if (item.region) regionNames.set(item.region.slug, item.region.name);
  }
  const name = (names: Map<string, string>, slug: string) =>
    names.get(slug) ?? slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  const window = formatWindow(viewWindow(state, data));
  const subject: string[] = [];
  if (state.vendors.length) subject.push(shortList(state.vendors.map((s) => name(vendorNames, s))));
  if (state.regions.length) subject.push(`in ${shortList(state.regions.map((s) => name(regionNames, s)))}`);
  if (state.types.length)
    subject.push(`(${shortList(state.types.map((t) => EVENT_TYPE_LABELS[t].toLowerCase()))})`);
  const title = `${subject.length ? subject.join(' ') : 'Market entries'}, ${window}`;

  const count = data.items.length;
  const lanes = new Set(
    data.items.map((i) =>
      state.group === 'vendor'
        ? (i.vendor?.slug ?? '')
        : state.group === 'region'
          ? (i.region?.slug ?? '')
          : state.group === 'type'
            ? i.type
            : (i.counterparties[0]?.slug ?? ''),
    ),
  ).size;
  const asOf = state.asOf ? formatMoment(state.asOf) : null;
  const parts = [
    `${count} ${count === 1 ? 'event' : 'events'} in ${lanes} ${lanes === 1 ? 'lane' : 'lanes'} (by ${GROUP_BY_LABELS[state.group].toLowerCase()}), ${window}.`,
  ];
  if (state.statuses.length)
    parts.push(`Statuses: ${joinWords(state.statuses.map((s) => EVENT_STATUS_LABELS[s].toLowerCase()))}.`);
  if (asOf) parts.push(`As recorded on ${asOf}.`);
  parts.push('Plans and outcomes of smartphone vendors entering markets, each event tied to its sources.');
  return { title, description: parts.join(' '), window, asOf };
}

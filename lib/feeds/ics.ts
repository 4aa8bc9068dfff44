// iCalendar (RFC 5545) for the calendar of pending plans: all-day events spanning each plan's
// window. Text is escaped (backslash, semicolon, comma, line breaks), lines are folded at 75
// octets without splitting a UTF-8 character, and every line ends with CRLF. Pure.

export interface PlannedCalendarEntry {
  id: string;
  title: string;
  summary: string;
  /** The window, inclusive days (YYYY-MM-DD). */
  windowStart: string;
  windowEnd: string;
  /** How people read the window ("by end 2018 or early 2019"). */
  windowLabel: string;
  status: string;
  type: string;
  vendor: string | null;
  region: string | null;
  /** When the record last changed (ISO 8601). */
  updatedAt: string;
}

export interface CalendarOptions {
  /** Absolute origin of the site, e.g. https://beachhead.example. */
  baseUrl: string;
  /** Today (YYYY-MM-DD, UTC): windows ending before it are overdue. */
  today: string;
  name: string;
  description?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');

/** The day after an ISO day (DTEND of an all-day event is exclusive). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME: 20261124T031600Z. */
export function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function isOverdue(entry: Pick<PlannedCalendarEntry, 'windowEnd'>, today: string): boolean {
  return entry.windowEnd < today;
}

function eventLines(entry: PlannedCalendarEntry, options: CalendarOptions): string[] {
  const overdue = isOverdue(entry, options.today);
  const url = `${options.baseUrl}/events/${entry.id}`;
  const where = [entry.vendor, entry.region].filter(Boolean).join(' in ');
  const description = [
    overdue
      ? `Overdue: the window (${entry.windowLabel}) has passed and no outcome is recorded.`
      : `Window: ${entry.windowLabel}.`,
    entry.summary,
    where ? `${where}.` : '',
    `Status: ${entry.status}. ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
  const categories = [overdue ? 'Overdue' : 'Pending', entry.type.replace(/_/g, ' '), entry.status]
    .map(escapeText)
    .join(',');
  return [
    'BEGIN:VEVENT',
    `UID:event-${entry.id}@beachhead`,
    `DTSTAMP:${utcStamp(entry.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(entry.updatedAt)}`,
    `DTSTART;VALUE=DATE:${compactDay(entry.windowStart)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(entry.windowEnd))}`,
    `SUMMARY:${escapeText(`${overdue ? 'Overdue: ' : ''}${entry.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${categories}`,
    `STATUS:${entry.status === 'announced' ? 'CONFIRMED' : 'TENTATIVE'}`,
    'TRANSP:TRANSPARENT',
    `URL:${url}`,
    'END:VEVENT',
  ];
}

/** The whole calendar, CRLF line ends, folded. */
export function buildPlannedCalendar(
  entries: readonly PlannedCalendarEntry[],
  options: CalendarOptions,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Beachhead//Planned market entries//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.description ? [`X-WR-CALDESC:${escapeText(options.description)}`] : []),
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...entries.flatMap((entry) => eventLines(entry, options)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

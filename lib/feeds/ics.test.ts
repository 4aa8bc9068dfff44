import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlannedCalendar, escapeText, foldLine, nextDay, type PlannedCalendarEntry } from './ics';

const HOSTILE = 'Deal, "quoted"; back\\slash\nnew line <script>alert(1)</script> — Xiaomi 小米 café 🚀';

const entry = (over: Partial<PlannedCalendarEntry> = {}): PlannedCalendarEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Xiaomi plans to enter the US market',
  summary: 'By end 2018 or early 2019.',
  windowStart: '2018-12-01',
  windowEnd: '2019-03-31',
  windowLabel: 'by end 2018 or early 2019',
  status: 'planned',
  type: 'planned_entry',
  vendor: 'Xiaomi',
  region: 'United States',
  updatedAt: '2026-11-24T03:00:00.000Z',
  ...over,
});

const options = {
  baseUrl: 'https://beachhead.test',
  today: '2026-11-24',
  name: 'Beachhead: planned entries',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('ICS serialiser', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(escapeText('bell\u0007')).toBe('bell');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const long = `SUMMARY:${'小米'.repeat(40)}${'x'.repeat(100)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    expect(foldLine('short')).toBe('short');
  });

  it('gives all-day windows with an exclusive end', () => {
    expect(nextDay('2019-03-31')).toBe('2019-04-01');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
    const [event] = parse(buildPlannedCalendar([entry()], options));
    expect(event!.startDate.toString()).toBe('2018-12-01');
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.endDate.toString()).toBe('2019-04-01');
  });

  it('round-trips hostile strings through ical.js', () => {
    const text = buildPlannedCalendar(
      [entry({ title: HOSTILE, summary: HOSTILE, vendor: 'Vendor, Inc; "x"', windowEnd: '2099-01-31' })],
      { ...options, name: HOSTILE },
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // X-WR-CALNAME is an extension property: ical.js keeps its raw (escaped) text.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Deal\\, "quoted"\\; back\\\\slash\\nnew line <script>alert(1)</script> — Xiaomi 小米 café 🚀',
    );
    const [event] = parse(text);
    expect(event!.summary).toBe(HOSTILE);
    expect(event!.description).toContain(HOSTILE);
    expect(event!.description).toContain('Vendor, Inc; "x" in United States.');
    expect(event!.uid).toBe('event-00000000-0000-4000-8000-000000000001@beachhead');
  });

  it('marks windows already past as overdue and keeps them', () => {
    const text = buildPlannedCalendar(
      [
        entry(),
        entry({ id: '00000000-0000-4000-8000-000000000002', windowEnd: '2027-06-30', title: 'Later' }),
      ],
      options,
    );
    const events = parse(text);
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe('Overdue: Xiaomi plans to enter the US market');
    expect(events[0]!.component.getFirstProperty('categories')!.getValues()).toContain('Overdue');
    expect(events[1]!.summary).toBe('Later');
    expect(events[1]!.component.getFirstProperty('categories')!.getValues()).toContain('Pending');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(events[0]!.component.getFirstPropertyValue('url'))).toBe(
      'https://beachhead.test/events/00000000-0000-4000-8000-000000000001',
    );
  });

  it('is a valid calendar when empty', () => {
    const calendar = new ICAL.Component(ICAL.parse(buildPlannedCalendar([], options)));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

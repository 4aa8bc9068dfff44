import { z } from 'zod';
import { apiDb } from '@/app/api/_lib/db';
import { listPendingPlans } from '@/db/queries/feeds';
import { parseQuery } from '@/lib/api/query';
import { apiRoute, readOnlyMethod } from '@/lib/api/route';
import { buildPlannedCalendar, type PlannedCalendarEntry } from '@/lib/feeds/ics';
import { publicOrigin, todayUtc } from '@/lib/feeds/origin';

// GET /feeds/planned.ics[?vendor=xiaomi][&region=united-states]: the pending plans (planned or
// announced, no outcome linked) as an iCalendar feed of all-day events spanning their windows.
// Windows already past stay in the feed, marked overdue. Subscribe to it from any calendar.

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/, 'Use a slug such as "xiaomi" or "united-states"');
const calendarQuery = z.object({ vendor: slug.optional(), region: slug.optional() });

export const GET = apiRoute(async (request) => {
  const query = parseQuery(request.nextUrl.searchParams, calendarQuery);
  const db = await apiDb();
  const plans = await listPendingPlans(db, {
    vendor: query.vendor ? [query.vendor] : undefined,
    region: query.region ? [query.region] : undefined,
  });
  const entries: PlannedCalendarEntry[] = plans.map((event) => ({
    id: event.id,
    title: event.title,
    summary: event.summary,
    windowStart: event.date.lo,
    windowEnd: event.date.hi,
    windowLabel: event.date.label,
    status: event.status,
    type: event.type,
    vendor: event.vendor?.name ?? null,
    region: event.region?.name ?? null,
    updatedAt: event.updatedAt,
  }));
  const scope = [query.vendor, query.region].filter(Boolean).join(', ');
  const body = buildPlannedCalendar(entries, {
    baseUrl: publicOrigin(request.nextUrl),
    today: todayUtc(),
    name: `Beachhead: planned market entries${scope ? ` (${scope})` : ''}`,
    description:
      'Pending plans of smartphone vendors, over their expected windows. Past windows are marked overdue.',
  });
  const name = `beachhead-planned${query.vendor ? `-${query.vendor}` : ''}${query.region ? `-${query.region}` : ''}.ics`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${name}"`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});

export { readOnlyMethod as POST, readOnlyMethod as PUT, readOnlyMethod as PATCH, readOnlyMethod as DELETE };

import { z } from 'zod';
import { moment } from '@/lib/view-state/schema';

// `asof`: a past moment at which the data is shown as it was recorded then (from revisions).
// Taken by GET /api/v1/timeline and GET /api/v1/events/{id}; parsed like the /timeline URL's.

export const asOfParam = moment.meta({
  description:
    'Show the data as it was recorded at this moment (ISO 8601: a day, read as 00:00 UTC, or a date-time with offset).',
  example: '2019-06-01T00:00:00Z',
});

/** The query of GET /api/v1/events/{id}. */
export const eventAsOfQuery = z.object({ asof: asOfParam.optional() });

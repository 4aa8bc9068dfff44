import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { invalidParameter } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { parseViewState, viewStateUrlKeys } from '@/lib/view-state/codec';
import { filtersOf, LIST_FIELDS, listItemSchemas, moment, viewStateSchema } from '@/lib/view-state/schema';
import { apiDb } from '../../_lib/db';

// GET /api/v1/timeline?vendors=xiaomi,huawei&types=…&statuses=…&regions=…&asof=…
// The compact events of a timeline view (lib/timeline/types.ts TimelineData). It takes the
// query string of /timeline as it is; the filters decide the events and `asof` the moment the
// data is shown as recorded (window, selection, grouping and mode are the browser's business).
// Unknown parameters and invalid values are refused by name, like the rest of the API.

const KNOWN = new Set<string>(
  Object.keys(viewStateSchema.shape).map((k) => (viewStateUrlKeys as Record<string, string>)[k] ?? k),
);

export const GET = apiRoute(async (request) => {
  const params = request.nextUrl.searchParams;
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) throw invalidParameter(key, `Unknown parameter "${key}"`);
  }
  for (const key of LIST_FIELDS) {
    for (const value of params.getAll(key).flatMap((v) => v.split(','))) {
      if (value !== '' && !listItemSchemas[key].safeParse(value.trim()).success) {
        throw invalidParameter(key, `"${value}" is not a valid value of ${key}`);
      }
    }
  }
  const asof = params.get('asof');
  if (asof !== null && !moment.safeParse(asof).success) {
    throw invalidParameter('asof', `"${asof}" is not a moment: use e.g. 2018-03-01 or 2018-03-01T12:00:00Z`);
  }
  const state = parseViewState(params);
  const db = await apiDb();
  return jsonResponse(await getTimelineDataAt(db, filtersOf(state), state.asOf));
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';

import type { NextRequest } from 'next/server';
import { getTimelineDataAt } from '@/db/queries/as-known-on';
import { createSavedView } from '@/db/queries/views';
import { readJsonObject } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { describeView } from '@/lib/view-state/describe';
import { parseSavedViewBody, type SavedViewCreated } from '@/lib/view-state/saved-view';
import { filtersOf } from '@/lib/view-state/schema';
import { mutationContext } from '../_lib/mutation';
import { enforceViewCreationLimit } from '../_lib/view-limit';

// POST /api/v1/views — saves a timeline view as a shareable link.
//   body: the query of a /timeline URL as a JSON object, e.g.
//     {"vendors": "xiaomi,huawei", "from": "2017-01", "to": "2019-12", "event": "<uuid>",
//      "title": "Xiaomi and Huawei", "pin": true}
//   → 201 {"slug": "a1B2c3D4e5", "url": "https://…/v/a1B2c3D4e5"}
// `pin` saves the data as known now (later edits do not change what the link shows); a body
// with `asof` is pinned to that moment. Any visitor may save a view (lib/domain/permissions.ts);
// like every write, a cookie-carrying request must come from this site (lib/security/origin.ts).
// Rate limited (db/auth/view-limits.ts): 30 per client address per 10 minutes for anonymous
// visitors, 300 per account for signed-in people → 429 with Retry-After.

export const POST = apiRoute(async (request: NextRequest) => {
  const { db, actor } = await mutationContext(request);
  await enforceViewCreationLimit(db, actor, request.headers);
  const body = await readJsonObject(request, { limit: 16 * 1024 });
  const parsed = parseSavedViewBody(body);
  if (!parsed.ok) {
    throw new ApiError(400, {
      code: 'validation_failed',
      message: `${parsed.field}: ${parsed.message}`,
      fieldErrors: { [parsed.field]: [parsed.message] },
    });
  }
  const { state, title, pin } = parsed.value;
  const asKnownOn = state.asOf ?? (pin ? new Date().toISOString() : null);
  const pinned = { ...state, asOf: asKnownOn };
  const name = title ?? describeView(pinned, await getTimelineDataAt(db, filtersOf(pinned), asKnownOn)).title;
  const view = await createSavedView(db, { state: pinned, title: name, asKnownOn }, actor);
  const url = new URL(`/v/${view.slug}`, request.nextUrl.origin);
  const forwardedHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (forwardedHost) url.host = forwardedHost.split(',')[0]!.trim();
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
  return jsonResponse(
    {
      slug: view.slug,
      url: url.toString(),
      title: view.title,
      asKnownOn: view.asKnownOn,
    } satisfies SavedViewCreated,
    { status: 201, headers: { Location: `/v/${view.slug}` } },
  );
});

const notHere = methodNotAllowed('POST');
export { notHere as GET, notHere as PUT, notHere as PATCH, notHere as DELETE };

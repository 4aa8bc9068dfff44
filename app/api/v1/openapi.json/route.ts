import { getOpenApiDocument } from '@/lib/api/openapi';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';

// Unlike data, the document only changes with a deploy: clients may cache it briefly.
export const GET = apiRoute(async () =>
  jsonResponse(getOpenApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
);

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';

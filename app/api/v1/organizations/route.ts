import { listOrganizations } from '@/db/queries/organizations';
import { organizationListQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse, type ListBody } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { OrganizationSummary } from '@/lib/domain/dto';
import { apiDb } from '../../_lib/db';

export const GET = apiRoute(async (request) => {
  const { kind } = parseQuery(request.nextUrl.searchParams, organizationListQuery);
  const db = await apiDb();
  const body: ListBody<OrganizationSummary> = { items: await listOrganizations(db, kind) };
  return jsonResponse(body);
});

export {
  readOnlyMethod as POST,
  readOnlyMethod as PUT,
  readOnlyMethod as PATCH,
  readOnlyMethod as DELETE,
} from '@/lib/api/route';

import { listOrganizations } from '@/db/queries/organizations';
import { organizationListQuery, parseQuery } from '@/lib/api/query';
import { jsonResponse, type ListBody } from '@/lib/api/responses';
import { apiRoute, methodNotAllowed } from '@/lib/api/route';
import { WRITE_RESOURCES } from '@/lib/api/write-resources';
import type { OrganizationSummary } from '@/lib/domain/dto';
import { apiDb } from '../../_lib/db';
import { createRoute } from '../_lib/mutation';

export const GET = apiRoute(async (request) => {
  const { kind } = parseQuery(request.nextUrl.searchParams, organizationListQuery);
  const db = await apiDb();
  const body: ListBody<OrganizationSummary> = { items: await listOrganizations(db, kind) };
  return jsonResponse(body);
});

export const POST = createRoute(WRITE_RESOURCES.organizations);

const notHere = methodNotAllowed('GET, POST');
export { notHere as PUT, notHere as PATCH, notHere as DELETE };

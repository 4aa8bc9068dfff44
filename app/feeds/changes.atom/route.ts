import { apiDb } from '@/app/api/_lib/db';
import { listChanges } from '@/db/queries/history';
import { noQuery, parseQuery } from '@/lib/api/query';
import { apiRoute, readOnlyMethod } from '@/lib/api/route';
import { buildAtomFeed } from '@/lib/feeds/atom';
import { publicOrigin } from '@/lib/feeds/origin';
import { entityTypeSlug } from '@/lib/history/change-filters';

// GET /feeds/changes.atom: the 50 most recent changes of domain records (the /changes feed) as
// Atom. Each entry links to the record's history page, /changes/<type>/<id>.

const ACTIONS: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  restore: 'restored',
  revert: 'reverted',
};

export const GET = apiRoute(async (request) => {
  parseQuery(request.nextUrl.searchParams, noQuery);
  const db = await apiDb();
  const origin = publicOrigin(request.nextUrl);
  const page = await listChanges(db, { limit: 50 });
  const entries = page.items.map((change) => {
    const type = entityTypeSlug(change.entityType);
    const what = change.entityType.replace(/_/g, ' ');
    const name = change.label || change.record?.label || what;
    return {
      id: `urn:beachhead:revision:${change.revisionId}`,
      title: `${name}: ${what} ${ACTIONS[change.action] ?? change.action}`,
      updated: change.createdAt,
      link: `${origin}/changes/${type}/${change.entityId}`,
      summary: `${change.actorLabel || 'Someone'} ${ACTIONS[change.action] ?? change.action} the ${what} “${name}” (version ${change.version}).`,
      author: change.actorLabel,
      categories: [type, change.action],
    };
  });
  const body = buildAtomFeed({
    id: `${origin}/changes`,
    title: 'Beachhead: recent changes',
    subtitle: 'Every accepted write to Beachhead’s records, newest first.',
    updated: page.items[0]?.createdAt ?? new Date(0).toISOString(),
    selfUrl: `${origin}/feeds/changes.atom`,
    alternateUrl: `${origin}/changes`,
    entries,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});

export { readOnlyMethod as POST, readOnlyMethod as PUT, readOnlyMethod as PATCH, readOnlyMethod as DELETE };

import { dehydrate } from '@tanstack/react-query';
import { getDashboard } from '@/db/queries/dashboard';
import { listOrganizations } from '@/db/queries/organizations';
import { listRegions } from '@/db/queries/regions';
import { requestDb } from '@/db/server';
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '@/lib/geo/world-shapes';
import { dashboardFiltersOf, parseDashboardState } from '@/lib/view-state/dashboard';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { dashboardQueryKey } from '@/components/dashboard/queries';
import { makeQueryClient } from '@/components/providers/query-client';
import { PageHeader } from '@/components/ui/page-header';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The analyst dashboard. The first view is rendered here from the URL's filters (the panels
// prefetched into react-query and dehydrated); the browser then keeps URL and panels in step.
// No providers: DashboardView writes the URL with the History API and hands the dehydrated
// state to react-query when it loads it (components/dashboard/dashboard-query.tsx).
export default async function DashboardPage({ searchParams }: Props) {
  const state = parseDashboardState(await searchParams);
  const filters = dashboardFiltersOf(state);
  const db = await requestDb();
  const [data, vendors, regions] = await Promise.all([
    getDashboard(db, filters),
    listOrganizations(db, 'vendor'),
    listRegions(db),
  ]);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(dashboardQueryKey(filters), data);
  return (
    <>
      <PageHeader
        title="How smartphone vendors enter markets"
        lead="Who is where, what is planned and what changed: store openings, carrier deals, planned entries and cancelled partnerships, each tied to its sources. Filters apply to every panel."
      />
      <DashboardView
        vendors={vendors.map((v) => ({ slug: v.slug, name: v.name }))}
        regions={regions.map((r) => ({ slug: r.slug, name: r.name }))}
        map={{ shapes: worldShapes(), width: MAP_WIDTH, height: MAP_HEIGHT }}
        dehydrated={dehydrate(queryClient)}
      />
    </>
  );
}

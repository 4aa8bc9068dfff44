import { getOverview } from '@/db/queries/overview';
import { listOrganizations } from '@/db/queries/organizations';
import { requestDb } from '@/db/server';
import { OverviewDashboard } from '@/components/overview/overview-dashboard';

export default async function OverviewPage() {
  const db = await requestDb();
  const [overview, vendors] = await Promise.all([getOverview(db), listOrganizations(db, 'vendor')]);
  return <OverviewDashboard overview={overview} vendors={vendors} />;
}

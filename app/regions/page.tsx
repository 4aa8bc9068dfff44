import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listRegions } from '@/db/queries/regions';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { RegionIndex } from '@/components/regions/region-index';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Regions',
  description:
    'Markets, from continents and groupings such as the European Union down to countries and cities.',
};

export default async function RegionsPage() {
  const db = await requestDb();
  const [regions, actor] = await Promise.all([listRegions(db), getRequestActor()]);
  return (
    <>
      <PageHeader
        title="Regions"
        lead="Markets from the widest to the narrowest. A region can sit in several others at once: Spain is in Western Europe, Europe and the European Union."
        actions={
          <RecordActions
            canEdit={decide(actor, 'create', 'region').allowed}
            label="Regions"
            add={{ href: '/regions/new', text: 'Add region' }}
          />
        }
      />
      <RegionIndex regions={regions} />
    </>
  );
}

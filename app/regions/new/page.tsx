import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { emptyRegionValues } from '@/lib/forms/region-form';
import { FormPage } from '@/components/forms/form-page';
import { RegionForm } from '@/components/forms/region-form';
import { createRegionAction } from '../actions';

export const metadata: Metadata = { title: 'Add a region' };

export default async function NewRegionPage() {
  const allowed = decide(await getRequestActor(), 'create', 'region').allowed;
  return (
    <FormPage
      title="Add a region"
      lead="A country, city, continent or grouping of countries, and where it sits."
      crumbs={[{ label: 'Regions', href: '/regions' }, { label: 'Add' }]}
      signIn={allowed ? null : { what: 'add a region', next: '/regions/new' }}
    >
      {allowed ? (
        <RegionForm
          action={createRegionAction}
          initialValues={emptyRegionValues()}
          regions={await listRegionOptions(await requestDb())}
          cancelHref="/regions"
        />
      ) : null}
    </FormPage>
  );
}

import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions, listSourceOptions, listVendorOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { emptyMetricValues } from '@/lib/forms/metric-form';
import { FormPage } from '@/components/forms/form-page';
import { MetricForm } from '@/components/metrics/metric-form';
import { createMetricAction } from '../actions';

export const metadata: Metadata = { title: 'Add a metric value' };

export default async function NewMetricPage() {
  const allowed = decide(await getRequestActor(), 'create', 'metric').allowed;
  const db = await requestDb();
  const [vendors, regions, sources] = allowed
    ? await Promise.all([listVendorOptions(db), listRegionOptions(db), listSourceOptions(db)])
    : [[], [], []];
  return (
    <FormPage
      title="Add a metric value"
      lead="One market-share or shipments figure of a vendor in a region for a quarter, exactly as a source states it. Many at once? Import a CSV instead."
      crumbs={[{ label: 'Metrics', href: '/metrics' }, { label: 'Add' }]}
      signIn={allowed ? null : { what: 'add a metric value', next: '/metrics/new' }}
    >
      <MetricForm
        action={createMetricAction}
        initialValues={emptyMetricValues()}
        vendors={vendors}
        regions={regions}
        sources={sources}
        cancelHref="/metrics"
      />
    </FormPage>
  );
}

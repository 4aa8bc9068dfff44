import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions, listSourceOptions, listVendorOptions } from '@/db/queries/options';
import { organizationSlugById } from '@/db/queries/metrics';
import { getEditableRecord } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { metricValuesFromRecord } from '@/lib/forms/metric-form';
import { MEASURE_LABELS } from '@/lib/metrics/query';
import type { MetricKind } from '@/lib/domain/vocabulary';
import { FormPage } from '@/components/forms/form-page';
import { MetricForm } from '@/components/metrics/metric-form';
import { updateMetricAction } from '../../actions';

export const metadata: Metadata = { title: 'Correct a metric value' };

// Correcting one figure (a misread value, the wrong quarter, a better source): the same form as
// adding one, prefilled, saving the version read so a concurrent correction shows a conflict.

export default async function EditMetricPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const db = await requestDb();
  const record = await getEditableRecord(db, 'metric', id);
  if (!record) notFound();
  const { image } = record;
  const values = metricValuesFromRecord(image);
  const [vendors, regions, sources, vendorSlug] = await Promise.all([
    listVendorOptions(db),
    listRegionOptions(db),
    listSourceOptions(db),
    organizationSlugById(db, values.vendorId),
  ]);
  const vendor = vendors.find((o) => o.id === values.vendorId)?.label ?? 'Vendor';
  const region = regions.find((o) => o.id === values.regionId)?.label ?? 'region';
  const measure = MEASURE_LABELS[values.metric as MetricKind]?.name ?? values.metric;
  const title = `${vendor}, ${region}, ${values.period}`;
  const href = `/metrics/${encodeURIComponent(id)}/edit`;
  // Back to the figure's chart.
  const chartHref = `/metrics?${new URLSearchParams({ ...(vendorSlug ? { vendor: vendorSlug } : {}), measure: values.metric })}`;
  const allowed = decide(await getRequestActor(), 'update', 'metric').allowed;
  return (
    <FormPage
      eyebrow={`Correct ${measure.toLowerCase()}`}
      title={title}
      crumbs={[
        { label: 'Metrics', href: '/metrics' },
        { label: title, href: chartHref },
        { label: 'Correct' },
      ]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: `correct this figure`, next: href }}
    >
      <MetricForm
        action={updateMetricAction.bind(null, image.id)}
        initialValues={values}
        vendors={vendors}
        regions={regions}
        sources={sources}
        cancelHref={chartHref}
        edit={{ version: image.version, reloadHref: href }}
      />
    </FormPage>
  );
}

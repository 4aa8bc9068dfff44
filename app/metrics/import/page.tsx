import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { decideImport } from '@/lib/import/permissions';
import { METRIC_IMPORT_COLUMNS } from '@/lib/metrics/import';
import { MetricImportUploader } from '@/components/metrics/metric-import-uploader';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ImportColumnsTable } from '@/components/import/import-columns-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = {
  title: 'Import metrics',
  description:
    'Bulk import of market-share and shipment figures, each with its source, from a CSV file (editors).',
  robots: { index: false },
};

export default async function MetricImportPage() {
  const decision = decideImport(await getRequestActor());
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb items={[{ label: 'Metrics', href: '/metrics' }, { label: 'Import' }]} />}
        eyebrow="Editors"
        title="Import metrics"
        lead="Market share and shipments per vendor, region and quarter, each with the source that states it. All or nothing: either every row is imported, each with its own revision, or none is."
      />
      <div className="stack">
        {decision.allowed ? (
          <Section id="upload" title="Upload a CSV file">
            <MetricImportUploader />
          </Section>
        ) : (
          <div className="callout" role="note">
            {decision.reason === 'unauthenticated' ? (
              <p>
                <Link href="/sign-in?next=/metrics/import">Sign in</Link> as an editor to import. The template
                and the columns below are open to everyone; contributors can{' '}
                <Link href="/metrics/new">add values one by one</Link>.
              </p>
            ) : (
              <p>
                {decision.message} You can <Link href="/metrics/new">add values one by one</Link>.
              </p>
            )}
          </div>
        )}
        <Section id="template" title="Template">
          <p>
            <a href="/api/v1/metrics/import/template.csv" download>
              Download the CSV template
            </a>{' '}
            <span className="muted">
              (the header and one example row whose value is left for you to fill from your source)
            </span>
          </p>
        </Section>
        <Section id="columns" title="Columns">
          <ImportColumnsTable caption="Columns of a metrics import file" columns={METRIC_IMPORT_COLUMNS} />
          <p className="muted">
            Rows are numbered as in a spreadsheet: the header is row 1. Every row needs a source: its URL (an
            existing source is reused), or the outlet and title of a new one. A value already recorded for the
            same vendor, region, measure and quarter is refused; edit that one instead.
          </p>
        </Section>
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/columns';
import { decideImport } from '@/lib/import/permissions';
import { ImportUploader } from '@/components/import/import-uploader';
import { ImportColumnsTable } from '@/components/import/import-columns-table';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = {
  title: 'Import events',
  description: 'Bulk import of events with their sources from a CSV or JSON file (editors).',
  robots: { index: false },
};

export default async function ImportPage() {
  const actor = await getRequestActor();
  const decision = decideImport(actor);
  return (
    <>
      <PageHeader
        eyebrow="Editors"
        title="Import events"
        lead={`Add many events with their sources at once from a CSV or JSON file (up to ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, ${MAX_IMPORT_BYTES / (1024 * 1024)} MB). All or nothing: either every row is imported, each with its own revision, or none is.`}
      />
      <div className="stack">
        {decision.allowed ? (
          <Section id="upload" title="Upload a file">
            <ImportUploader />
          </Section>
        ) : (
          <div className="callout" role="note">
            {decision.reason === 'unauthenticated' ? (
              <p>
                <Link href="/sign-in?next=/import">Sign in</Link> as an editor to import. The template and the
                columns below are open to everyone.
              </p>
            ) : (
              <p>{decision.message} Ask an admin if you need to import.</p>
            )}
          </div>
        )}
        <Section id="template" title="Template">
          <p>Start from the template: a header row and two example rows (replace them).</p>
          <ul className="link-list">
            <li>
              <a href="/api/v1/import/template.csv" download>
                Download the CSV template
              </a>
            </li>
            <li>
              <a href="/api/v1/import/template.json" download>
                Download the JSON example
              </a>{' '}
              <span className="muted">
                (an array of events, or {'{"events": [...]}'}; an event may list several sources under
                “sources”)
              </span>
            </li>
          </ul>
        </Section>
        <Section id="columns" title="Columns">
          <ImportColumnsTable caption="Columns of an import file" columns={IMPORT_COLUMNS} />
          <p className="muted">
            Rows are numbered as in a spreadsheet: the header is row 1. Sources are matched to existing ones
            by URL; a new source is created once per file, however many rows cite it.
          </p>
        </Section>
      </div>
    </>
  );
}

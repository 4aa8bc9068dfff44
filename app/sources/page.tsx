import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { listSources } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'The articles, interviews and filings the events rest on.',
};

export default async function SourcesPage() {
  const db = await requestDb();
  const [sources, actor] = await Promise.all([listSources(db), getRequestActor()]);
  return (
    <>
      <PageHeader
        title="Sources"
        lead="The articles, interviews and filings every event rests on, most recent first."
        actions={
          <RecordActions
            canEdit={decide(actor, 'create', 'source').allowed}
            label="Sources"
            add={{ href: '/sources/new', text: 'Add source' }}
          />
        }
      />
      {sources.length === 0 ? (
        <EmptyState title="No sources recorded yet." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Sources, most recently published first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">
                    <Link href={`/sources/${source.id}`}>{source.title}</Link>
                  </th>
                  <td>{source.outlet}</td>
                  <td>{source.publishedLabel ?? <span className="muted">not recorded</span>}</td>
                  <td className="num">{source.eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

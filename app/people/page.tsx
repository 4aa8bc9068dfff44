import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { listPeople } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'People',
  description: 'Executives and spokespeople quoted by the sources.',
};

export default async function PeoplePage() {
  const db = await requestDb();
  const [people, actor] = await Promise.all([listPeople(db), getRequestActor()]);
  return (
    <>
      <PageHeader
        title="People"
        lead="Executives and spokespeople the events involve or the sources quote."
        actions={
          <RecordActions
            canEdit={decide(actor, 'create', 'person').allowed}
            label="People"
            add={{ href: '/people/new', text: 'Add person' }}
          />
        }
      />
      {people.length === 0 ? (
        <EmptyState title="No people recorded yet." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">People, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Organization</th>
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link href={`/people/${encodeURIComponent(person.slug)}`}>{person.name}</Link>
                  </th>
                  <td>{person.role}</td>
                  <td>{person.organization ? <OrganizationLink org={person.organization} /> : null}</td>
                  <td className="num">{person.eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

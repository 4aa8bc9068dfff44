import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listPeople } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { RecordTablePage } from '@/components/ui/record-table-page';

export const metadata: Metadata = {
  title: 'People',
  description: 'Executives and spokespeople quoted by the sources.',
};

export default async function PeoplePage() {
  const db = await requestDb();
  const [people, actor] = await Promise.all([listPeople(db), getRequestActor()]);
  return (
    <RecordTablePage
      title="People"
      lead="Executives and spokespeople the events involve or the sources quote."
      actions={
        <RecordActions
          canEdit={decide(actor, 'create', 'person').allowed}
          label="People"
          add={{ href: '/people/new', text: 'Add person' }}
        />
      }
      caption="People, by name"
      emptyTitle="No people recorded yet."
      columns={['Name', 'Role', 'Organization']}
      rows={people.map((person) => ({
        id: person.id,
        name: person.name,
        href: `/people/${encodeURIComponent(person.slug)}`,
        cells: [person.role, person.organization ? <OrganizationLink org={person.organization} /> : null],
        eventCount: person.eventCount,
      }))}
    />
  );
}

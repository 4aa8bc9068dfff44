import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listOrganizationOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { emptyPersonValues } from '@/lib/forms/person-form';
import { FormPage } from '@/components/forms/form-page';
import { PersonForm } from '@/components/forms/person-form';
import { createPersonAction } from '../actions';

export const metadata: Metadata = { title: 'Add a person' };

export default async function NewPersonPage({
  searchParams,
}: {
  searchParams: Promise<{ organization?: string | string[] }>;
}) {
  const allowed = decide(await getRequestActor(), 'create', 'person').allowed;
  const organizations = allowed ? await listOrganizationOptions(await requestDb()) : [];
  const wanted = String((await searchParams).organization ?? '');
  return (
    <FormPage
      title="Add a person"
      crumbs={[{ label: 'People', href: '/people' }, { label: 'Add' }]}
      signIn={allowed ? null : { what: 'add a person', next: '/people/new' }}
    >
      <PersonForm
        action={createPersonAction}
        initialValues={emptyPersonValues(organizations.some((o) => o.id === wanted) ? wanted : '')}
        organizations={organizations}
        cancelHref="/people"
      />
    </FormPage>
  );
}

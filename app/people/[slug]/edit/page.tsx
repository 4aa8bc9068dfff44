import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { listOrganizationOptions } from '@/db/queries/options';
import { getEditableBySlug } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { personValuesFromRecord } from '@/lib/forms/person-form';
import { FormPage } from '@/components/forms/form-page';
import { PersonForm } from '@/components/forms/person-form';
import { updatePersonAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit person' };

export default async function EditPersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const db = await requestDb();
  const record = await getEditableBySlug(db, 'person', slug);
  if (!record) notFound();
  const { image } = record;
  const values = personValuesFromRecord(image);
  const href = `/people/${encodeURIComponent(slug)}`;
  const allowed = decide(await getRequestActor(), 'update', 'person').allowed;
  return (
    <FormPage
      eyebrow="Edit person"
      title={values.name}
      crumbs={[{ label: 'People', href: '/people' }, { label: values.name, href }, { label: 'Edit' }]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: `edit ${values.name}`, next: `${href}/edit` }}
    >
      <PersonForm
        action={updatePersonAction.bind(null, image.id, slug)}
        initialValues={values}
        organizations={await listOrganizationOptions(db)}
        cancelHref={href}
        edit={{ version: image.version, reloadHref: `${href}/edit` }}
      />
    </FormPage>
  );
}

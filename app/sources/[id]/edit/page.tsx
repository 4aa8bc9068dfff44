import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { getEditableRecord } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { sourceValuesFromRecord } from '@/lib/forms/source-form';
import { FormPage } from '@/components/forms/form-page';
import { SourceForm } from '@/components/forms/source-form';
import { updateSourceAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const record = await getEditableRecord(await requestDb(), 'source', id);
  if (!record) notFound();
  const { image } = record;
  const values = sourceValuesFromRecord(image);
  const href = `/sources/${id}`;
  const allowed = decide(await getRequestActor(), 'update', 'source').allowed;
  return (
    <FormPage
      eyebrow={`Edit source · ${values.outlet}`}
      title={values.title}
      crumbs={[{ label: 'Sources', href: '/sources' }, { label: values.outlet, href }, { label: 'Edit' }]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: 'edit this source', next: `${href}/edit` }}
    >
      <SourceForm
        action={updateSourceAction.bind(null, id)}
        initialValues={values}
        cancelHref={href}
        edit={{ version: image.version, reloadHref: `${href}/edit` }}
      />
    </FormPage>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions } from '@/db/queries/options';
import { getEditableBySlug } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { decide } from '@/lib/domain/permissions';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import { organizationValuesFromRecord } from '@/lib/forms/organization-form';
import { FormPage } from '@/components/forms/form-page';
import { OrganizationForm } from '@/components/forms/organization-form';
import { organizationHref } from '@/components/organizations/organization-href';
import { updateOrganizationAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit organization' };

export default async function EditOrganizationPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const db = await requestDb();
  const record = await getEditableBySlug(db, 'organization', slug);
  if (!record) notFound();
  const { image } = record;
  const values = organizationValuesFromRecord(image);
  const href = organizationHref({ slug, kind: values.kind as OrganizationKind });
  const editHref = `/organizations/${encodeURIComponent(slug)}/edit`;
  const allowed = decide(await getRequestActor(), 'update', 'organization').allowed;
  return (
    <FormPage
      eyebrow={`Edit ${ORGANIZATION_KIND_LABELS[values.kind as OrganizationKind]?.one.toLowerCase() ?? 'organization'}`}
      title={values.name}
      crumbs={[{ label: values.name, href }, { label: 'Edit' }]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: `edit ${values.name}`, next: editHref }}
    >
      {allowed ? (
        <OrganizationForm
          action={updateOrganizationAction.bind(null, image.id, slug)}
          initialValues={values}
          regions={await listRegionOptions(db)}
          cancelHref={href}
          edit={{ version: image.version, reloadHref: editHref }}
        />
      ) : null}
    </FormPage>
  );
}

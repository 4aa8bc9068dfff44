import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { listRegionOptions } from '@/db/queries/options';
import { getEditableBySlug } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { regionValuesFromRecord } from '@/lib/forms/region-form';
import { FormPage } from '@/components/forms/form-page';
import { RegionForm } from '@/components/forms/region-form';
import { regionHref } from '@/components/regions/region-href';
import { updateRegionAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit region' };

export default async function EditRegionPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const db = await requestDb();
  const record = await getEditableBySlug(db, 'region', slug);
  if (!record) notFound();
  const { image } = record;
  const values = regionValuesFromRecord(image);
  const href = regionHref({ slug });
  const editHref = `${href}/edit`;
  const allowed = decide(await getRequestActor(), 'update', 'region').allowed;
  return (
    <FormPage
      eyebrow="Edit region"
      title={values.name}
      crumbs={[{ label: 'Regions', href: '/regions' }, { label: values.name, href }, { label: 'Edit' }]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: `edit ${values.name}`, next: editHref }}
    >
      {allowed ? (
        <RegionForm
          action={updateRegionAction.bind(null, image.id, slug)}
          initialValues={values}
          regions={await listRegionOptions(db)}
          cancelHref={href}
          edit={{ version: image.version, reloadHref: editHref, regionId: image.id }}
        />
      ) : null}
    </FormPage>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestActor } from '@/db/auth/actor';
import { listVendorOptions } from '@/db/queries/options';
import { getEditableBySlug } from '@/db/queries/records';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { productValuesFromRecord } from '@/lib/forms/product-form';
import { FormPage } from '@/components/forms/form-page';
import { ProductForm } from '@/components/forms/product-form';
import { updateProductAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit product' };

export default async function EditProductPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const db = await requestDb();
  const record = await getEditableBySlug(db, 'product', slug);
  if (!record) notFound();
  const { image } = record;
  const values = productValuesFromRecord(image);
  const href = `/products/${encodeURIComponent(slug)}`;
  const allowed = decide(await getRequestActor(), 'update', 'product').allowed;
  return (
    <FormPage
      eyebrow="Edit product"
      title={values.name}
      crumbs={[{ label: 'Products', href: '/products' }, { label: values.name, href }, { label: 'Edit' }]}
      stamp={{ version: image.version, stamp: record.stamp }}
      signIn={allowed ? null : { what: `edit ${values.name}`, next: `${href}/edit` }}
    >
      <ProductForm
        action={updateProductAction.bind(null, image.id, slug)}
        initialValues={values}
        vendors={await listVendorOptions(db)}
        cancelHref={href}
        edit={{ version: image.version, reloadHref: `${href}/edit` }}
      />
    </FormPage>
  );
}

import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listVendorOptions } from '@/db/queries/options';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { emptyProductValues } from '@/lib/forms/product-form';
import { FormPage } from '@/components/forms/form-page';
import { ProductForm } from '@/components/forms/product-form';
import { createProductAction } from '../actions';

export const metadata: Metadata = { title: 'Add a product' };

export default async function NewProductPage({
  searchParams,
}: {
  searchParams: Promise<{ vendor?: string | string[] }>;
}) {
  const allowed = decide(await getRequestActor(), 'create', 'product').allowed;
  const vendors = allowed ? await listVendorOptions(await requestDb()) : [];
  const wanted = String((await searchParams).vendor ?? '');
  return (
    <FormPage
      title="Add a product"
      crumbs={[{ label: 'Products', href: '/products' }, { label: 'Add' }]}
      signIn={allowed ? null : { what: 'add a product', next: '/products/new' }}
    >
      <ProductForm
        action={createProductAction}
        initialValues={emptyProductValues(vendors.some((v) => v.id === wanted) ? wanted : '')}
        vendors={vendors}
        cancelHref="/products"
      />
    </FormPage>
  );
}

import type { Metadata } from 'next';
import { getRequestActor } from '@/db/auth/actor';
import { listProducts } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { RecordTablePage } from '@/components/ui/record-table-page';

export const metadata: Metadata = {
  title: 'Products',
  description: 'Phones and other devices named in the events.',
};

export default async function ProductsPage() {
  const db = await requestDb();
  const [products, actor] = await Promise.all([listProducts(db), getRequestActor()]);
  return (
    <RecordTablePage
      title="Products"
      lead="Phones and other devices the events name: what a vendor led with, or sold without its phones."
      actions={
        <RecordActions
          canEdit={decide(actor, 'create', 'product').allowed}
          label="Products"
          add={{ href: '/products/new', text: 'Add product' }}
        />
      }
      caption="Products, by name"
      emptyTitle="No products recorded yet."
      columns={['Product', 'Category', 'Vendor']}
      rows={products.map((product) => ({
        id: product.id,
        name: product.name,
        href: `/products/${encodeURIComponent(product.slug)}`,
        cells: [
          PRODUCT_CATEGORY_LABELS[product.category],
          product.vendor ? <OrganizationLink org={product.vendor} /> : null,
        ],
        eventCount: product.eventCount,
      }))}
    />
  );
}

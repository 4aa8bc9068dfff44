import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { listProducts } from '@/db/queries/profiles';
import { requestDb } from '@/db/server';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';
import { decide } from '@/lib/domain/permissions';
import { RecordActions } from '@/components/forms/record-actions';
import { OrganizationLink } from '@/components/organizations/organization-link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = {
  title: 'Products',
  description: 'Phones and other devices named in the events.',
};

export default async function ProductsPage() {
  const db = await requestDb();
  const [products, actor] = await Promise.all([listProducts(db), getRequestActor()]);
  return (
    <>
      <PageHeader
        title="Products"
        lead="Phones and other devices the events name: what a vendor led with, or sold without its phones."
        actions={
          <RecordActions
            canEdit={decide(actor, 'create', 'product').allowed}
            label="Products"
            add={{ href: '/products/new', text: 'Add product' }}
          />
        }
      />
      {products.length === 0 ? (
        <EmptyState title="No products recorded yet." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Products, by name</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Category</th>
                <th scope="col">Vendor</th>
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <th scope="row">
                    <Link href={`/products/${encodeURIComponent(product.slug)}`}>{product.name}</Link>
                  </th>
                  <td>{PRODUCT_CATEGORY_LABELS[product.category]}</td>
                  <td>{product.vendor ? <OrganizationLink org={product.vendor} /> : null}</td>
                  <td className="num">{product.eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import Link from 'next/link';
import type { ProductRef } from '@/lib/domain/dto';
import { PRODUCT_CATEGORY_LABELS } from '@/lib/domain/labels';

export function ProductList({ products }: { products: ProductRef[] }) {
  return (
    <ul className="link-list">
      {products.map((product) => (
        <li key={product.id} className="link-list__row">
          <Link href={`/products/${encodeURIComponent(product.slug)}`}>{product.name}</Link>
          <span className="link-list__note">{PRODUCT_CATEGORY_LABELS[product.category]}</span>
        </li>
      ))}
    </ul>
  );
}

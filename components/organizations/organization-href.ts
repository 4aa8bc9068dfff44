import type { OrganizationKind } from '@/lib/domain/vocabulary';

/** Kinds with their own list and profile routes; every other kind lives under /organizations. */
export const KIND_ROUTES = {
  vendor: '/vendors',
  carrier: '/carriers',
  retailer: '/retailers',
} as const satisfies Partial<Record<OrganizationKind, string>>;

export type RoutedKind = keyof typeof KIND_ROUTES;

export function isRoutedKind(kind: OrganizationKind): kind is RoutedKind {
  return kind in KIND_ROUTES;
}

/** The one place that decides where an organization's page is. */
export function organizationHref(org: { slug: string; kind: OrganizationKind }): string {
  const base = isRoutedKind(org.kind) ? KIND_ROUTES[org.kind] : '/organizations';
  return `${base}/${encodeURIComponent(org.slug)}`;
}

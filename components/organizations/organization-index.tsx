import type { ReactNode } from 'react';
import type { OrganizationSummary } from '@/lib/domain/dto';
import { PageHeader } from '@/components/ui/page-header';
import { OrganizationList } from './organization-list';
import type { RoutedKind } from './organization-href';

export const ORGANIZATION_INDEX_COPY: Record<RoutedKind, { title: string; lead: string; empty: string }> = {
  vendor: {
    title: 'Vendors',
    lead: 'Smartphone makers and where they have entered, planned to enter or pulled out of a market.',
    empty: 'No vendors recorded yet.',
  },
  carrier: {
    title: 'Carriers',
    lead: 'Mobile network operators: the gatekeepers of markets where phones are mostly sold on contract.',
    empty: 'No carriers recorded yet.',
  },
  retailer: {
    title: 'Retailers',
    lead: 'Shops and chains through which vendors reach buyers without a carrier.',
    empty: 'No retailers recorded yet.',
  },
};

/** The list page shared by /vendors, /carriers and /retailers. */
export function OrganizationIndex({
  kind,
  organizations,
  actions,
}: {
  kind: RoutedKind;
  organizations: OrganizationSummary[];
  actions?: ReactNode;
}) {
  const copy = ORGANIZATION_INDEX_COPY[kind];
  return (
    <>
      <PageHeader title={copy.title} lead={copy.lead} actions={actions} />
      <OrganizationList organizations={organizations} emptyTitle={copy.empty} />
    </>
  );
}

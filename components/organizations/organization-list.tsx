import Link from 'next/link';
import type { OrganizationSummary } from '@/lib/domain/dto';
import { EmptyState } from '@/components/ui/empty-state';
import { displayHost, ExternalLink } from '@/components/ui/external-link';
import { organizationHref } from './organization-href';

function eventCountLabel(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}

/** Cards for a list of organizations (vendors, carriers, retailers share it). */
export function OrganizationList({
  organizations,
  emptyTitle,
}: {
  organizations: OrganizationSummary[];
  emptyTitle: string;
}) {
  if (organizations.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <ul className="grid" role="list">
      {organizations.map((org) => (
        <li key={org.id} className="card">
          <h2 className="org-card__title">
            <Link href={organizationHref(org)}>{org.name}</Link>
          </h2>
          {org.description ? <p>{org.description}</p> : null}
          <p className="org-card__facts">
            <span>{eventCountLabel(org.eventCount)}</span>
            {org.hqCountry ? <span>Headquarters: {org.hqCountry}</span> : null}
            {org.website ? <ExternalLink href={org.website}>{displayHost(org.website)}</ExternalLink> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

export { eventCountLabel };

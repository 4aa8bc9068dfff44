import Link from 'next/link';
import type { OrgRef } from '@/lib/domain/dto';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/labels';
import { organizationHref } from './organization-href';
import { eventCountLabel } from './organization-list';

/** Organizations met in shared events, as chips: name, kind, how many events. */
export function PartnerList({ partners }: { partners: (OrgRef & { eventCount: number })[] }) {
  return (
    <ul className="chips">
      {partners.map((partner) => (
        <li key={partner.id}>
          <Link className="chip" href={organizationHref(partner)}>
            {partner.name}{' '}
            <span className="chip__meta">
              {ORGANIZATION_KIND_LABELS[partner.kind].one}, {eventCountLabel(partner.eventCount)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

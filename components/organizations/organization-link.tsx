import Link from 'next/link';
import type { OrgRef } from '@/lib/domain/dto';
import { organizationHref } from './organization-href';

export function OrganizationLink({ org }: { org: Pick<OrgRef, 'slug' | 'kind' | 'name'> }) {
  return <Link href={organizationHref(org)}>{org.name}</Link>;
}

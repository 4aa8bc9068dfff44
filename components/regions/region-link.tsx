import Link from 'next/link';
import type { RegionRef } from '@/lib/domain/dto';
import { regionHref } from './region-href';

export function RegionLink({ region }: { region: Pick<RegionRef, 'slug' | 'name'> }) {
  return <Link href={regionHref(region)}>{region.name}</Link>;
}

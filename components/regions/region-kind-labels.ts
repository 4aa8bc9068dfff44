import type { RegionKind } from '@/lib/domain/vocabulary';

/** Headings for groups of regions of one kind. */
export const REGION_KIND_PLURALS: Record<RegionKind, string> = {
  global: 'Global',
  continent: 'Continents',
  grouping: 'Groupings',
  country: 'Countries',
  subdivision: 'Subdivisions',
  city: 'Cities',
};

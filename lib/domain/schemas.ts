import { z } from 'zod';
import {
  CITATION_STANCES,
  EVENT_LINK_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  METRIC_KINDS,
  ORGANIZATION_KINDS,
  PRODUCT_CATEGORIES,
  REGION_KINDS,
} from './vocabulary';
import {
  fuzzyDate,
  httpUrl,
  id,
  idList,
  isoDay,
  name,
  optionalFuzzyDate,
  optionalHttpUrl,
  optionalText,
  slug,
} from './fields';

// One schema per entity, shared by the write path, forms, route handlers and the OpenAPI
// document. Each is the full record as a contributor states it; updates are merged onto the
// current record and validated whole, so the same schema serves create, update and revert.

/** A quote (the passage of a source that states a claim): a citation's or a metric's. */
export const QUOTE_MAX = 5000;
export const METRIC_QUOTE_REQUIRED = 'Quote the passage of the source that states the figure';

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { message: `${label} must be one of: ${values.join(', ')}` });

export const organizationInput = z.object({
  slug,
  name: name('Name'),
  kind: enumOf(ORGANIZATION_KINDS, 'Kind'),
  hqCountry: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code, e.g. "CN"')
    .nullish()
    .transform((v) => v ?? null),
  website: optionalHttpUrl,
  description: optionalText('Description'),
  regionIds: idList('Regions'),
});

export const regionInput = z.object({
  slug,
  name: name('Name'),
  kind: enumOf(REGION_KINDS, 'Kind'),
  isoCode: z
    .string()
    .trim()
    .regex(
      /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
      'Use an ISO 3166 code: "ES" for a country, "ES-MD" for a subdivision',
    )
    .nullish()
    .transform((v) => v ?? null),
  isoNumeric: z
    .string()
    .trim()
    .regex(/^\d{3}$/, 'Use the three-digit ISO 3166-1 numeric code, e.g. "724"')
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText('Note'),
  parentIds: idList('Parent regions'),
});

export const personInput = z.object({
  slug,
  name: name('Name'),
  role: optionalText('Role', 200),
  organizationId: id('Organization')
    .nullish()
    .transform((v) => v ?? null),
});

export const productInput = z.object({
  slug,
  name: name('Name'),
  vendorId: id('Vendor'),
  category: enumOf(PRODUCT_CATEGORIES, 'Category'),
});

export const sourceInput = z.object({
  url: optionalHttpUrl,
  outlet: name('Outlet', 120),
  title: name('Title', 300),
  published: optionalFuzzyDate,
  retrievedOn: isoDay.nullish().transform((v) => v ?? null),
  author: optionalText('Author', 200),
  note: optionalText('Note', 2000),
});

export const citationInput = z.object({
  sourceId: id('Source'),
  quote: optionalText('Quote', QUOTE_MAX),
  speakerId: id('Speaker')
    .nullish()
    .transform((v) => v ?? null),
  stance: enumOf(CITATION_STANCES, 'Stance').default('supports'),
  note: optionalText('Note', 2000),
});

export const eventInput = z.object({
  title: name('Title'),
  summary: optionalText('Summary'),
  type: enumOf(EVENT_TYPES, 'Type'),
  status: enumOf(EVENT_STATUSES, 'Status'),
  vendorId: id('Vendor')
    .nullish()
    .transform((v) => v ?? null),
  regionId: id('Region')
    .nullish()
    .transform((v) => v ?? null),
  date: fuzzyDate,
  counterpartyIds: idList('Counterparties'),
  counterpartyNote: optionalText('Counterparty note', 300),
  actorIds: idList('Actors'),
  personIds: idList('People'),
  productIds: idList('Products'),
  citations: z.array(citationInput).max(50, 'At most 50 citations').default([]),
});

export const eventLinkInput = z
  .object({
    fromEventId: id('From event'),
    toEventId: id('To event'),
    type: enumOf(EVENT_LINK_TYPES, 'Link type'),
    note: optionalText('Note', 1000),
  })
  .refine((v) => v.fromEventId !== v.toEventId, {
    message: 'An event cannot link to itself',
    path: ['toEventId'],
  });

export const quarterPeriod = z
  .string()
  .trim()
  .regex(/^\d{4}-Q[1-4]$/, 'Use a quarter as YYYY-Qn, e.g. "2018-Q4"');

export const metricInput = z
  .object({
    vendorId: id('Vendor'),
    regionId: id('Region'),
    period: quarterPeriod,
    metric: enumOf(METRIC_KINDS, 'Metric'),
    value: z.coerce.number().finite('Value must be a number').min(0, 'Value cannot be negative'),
    sourceId: id('Source'),
    /** The passage of the source that states the figure; as long as a citation's quote may be. */
    quote: z
      .string({ message: METRIC_QUOTE_REQUIRED })
      .trim()
      .min(1, METRIC_QUOTE_REQUIRED)
      .max(QUOTE_MAX, `Quote has at most ${QUOTE_MAX} characters`),
  })
  .refine((m) => m.metric !== 'market_share_pct' || m.value <= 100, {
    message: 'A market share is a percentage from 0 to 100',
    path: ['value'],
  });

export const viewInput = z.object({
  slug: z.string().regex(/^[A-Za-z0-9_-]{6,32}$/, 'A view slug has 6-32 letters, digits, "-" or "_"'),
  title: name('Title', 200),
  state: z.record(z.string(), z.unknown()),
  asKnownOn: z.iso
    .datetime({ offset: true, message: 'Use an ISO 8601 moment, e.g. 2018-03-01T00:00:00Z' })
    .nullish()
    .transform((v) => v ?? null),
});

export type OrganizationInput = z.infer<typeof organizationInput>;
export type RegionInput = z.infer<typeof regionInput>;
export type PersonInput = z.infer<typeof personInput>;
export type ProductInput = z.infer<typeof productInput>;
export type SourceInput = z.infer<typeof sourceInput>;
export type CitationInput = z.infer<typeof citationInput>;
export type EventInput = z.infer<typeof eventInput>;
export type EventLinkInput = z.infer<typeof eventLinkInput>;
export type MetricInput = z.infer<typeof metricInput>;
export type ViewInput = z.infer<typeof viewInput>;

export { httpUrl };

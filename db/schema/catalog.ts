import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordId, versioned } from './columns';
import { organizationKind, productCategory, regionKind } from './enums';

/** Vendors, carriers, retailers, agencies: one table, told apart by `kind`. */
export const organizations = pgTable(
  'organizations',
  {
    id: recordId(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: organizationKind('kind').notNull(),
    /** ISO 3166-1 alpha-2 of the headquarters, when known. */
    hqCountry: text('hq_country'),
    website: text('website'),
    description: text('description').notNull().default(''),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('organizations_slug_key').on(t.slug),
    index('organizations_kind_idx').on(t.kind),
    check('organizations_website_http', sql`${t.website} is null or ${t.website} ~ '^https?://'`),
  ],
);

/** Regions of any size. Countries carry ISO 3166 codes because the world map keys on them. */
export const regions = pgTable(
  'regions',
  {
    id: recordId(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: regionKind('kind').notNull(),
    /** ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (subdivisions). */
    isoCode: text('iso_code'),
    /** ISO 3166-1 numeric, as used by world-atlas for country shapes. */
    isoNumeric: text('iso_numeric'),
    note: text('note').notNull().default(''),
    ...versioned(),
  },
  (t) => [
    uniqueIndex('regions_slug_key').on(t.slug),
    uniqueIndex('regions_iso_code_key').on(t.isoCode),
    index('regions_kind_idx').on(t.kind),
  ],
);

/**
 * Many-to-many membership: Spain sits in Western Europe, Europe and the EU at once; Madrid in
 * Spain. Written as part of the child region's record (its `parentIds`).
 */
export const regionMembers = pgTable(
  'region_members',
  {
    parentId: uuid('parent_id')
      .notNull()
      .references(() => regions.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [
    primaryKey({ columns: [t.parentId, t.childId] }),
    index('region_members_child_idx').on(t.childId),
    check('region_members_not_self', sql`${t.parentId} <> ${t.childId}`),
  ],
);

/** Where an organization operates (carriers belong to regions). Part of the organization record. */
export const organizationRegions = pgTable(
  'organization_regions',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.regionId] }),
    index('organization_regions_region_idx').on(t.regionId),
  ],
);

export const people = pgTable(
  'people',
  {
    id: recordId(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    organizationId: uuid('organization_id').references(() => organizations.id),
    ...versioned(),
  },
  (t) => [uniqueIndex('people_slug_key').on(t.slug), index('people_organization_idx').on(t.organizationId)],
);

export const products = pgTable(
  'products',
  {
    id: recordId(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => organizations.id),
    category: productCategory('category').notNull(),
    ...versioned(),
  },
  (t) => [uniqueIndex('products_slug_key').on(t.slug), index('products_vendor_idx').on(t.vendorId)],
);

import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatFuzzyDate } from '@/lib/dates';
import type { EventPickerOptions, PickerOption } from '@/lib/forms/options';
import { ORGANIZATION_KIND_LABELS, REGION_KIND_LABELS } from '@/lib/domain/labels';
import type { OrganizationKind } from '@/lib/domain/vocabulary';
import type { Executor } from '../client';
import { events, organizations, people, products, regions, sources } from '../schema';

// Option lists for the forms' pickers: live records, id + label (+ a hint that is searched too).
// Datasets are small; each list is capped so a form never ships more than a few thousand rows.

export const OPTION_LIMIT = 5000;

function safeDateLabel(edtf: string | null): string {
  if (!edtf) return '';
  try {
    return formatFuzzyDate(edtf);
  } catch {
    return edtf;
  }
}

/** Organizations, optionally of some kinds only; the hint is the kind unless one kind is asked for. */
export async function listOrganizationOptions(
  db: Executor,
  kinds?: readonly OrganizationKind[],
): Promise<PickerOption[]> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      hq: organizations.hqCountry,
    })
    .from(organizations)
    .where(
      and(
        isNull(organizations.deletedAt),
        kinds?.length ? inArray(organizations.kind, [...kinds]) : undefined,
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(OPTION_LIMIT);
  const oneKind = kinds?.length === 1;
  return rows.map((r) => ({
    id: r.id,
    label: r.name,
    hint: oneKind ? (r.hq ?? undefined) : ORGANIZATION_KIND_LABELS[r.kind].one,
  }));
}

export const listVendorOptions = (db: Executor) => listOrganizationOptions(db, ['vendor']);

export async function listRegionOptions(db: Executor): Promise<PickerOption[]> {
  const rows = await db
    .select({ id: regions.id, name: regions.name, kind: regions.kind, iso: regions.isoCode })
    .from(regions)
    .where(isNull(regions.deletedAt))
    .orderBy(asc(regions.name))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    label: r.name,
    hint: r.iso ? `${REGION_KIND_LABELS[r.kind]} · ${r.iso}` : REGION_KIND_LABELS[r.kind],
  }));
}

export async function listPersonOptions(db: Executor): Promise<PickerOption[]> {
  const rows = await db
    .select({ id: people.id, name: people.name, role: people.role })
    .from(people)
    .where(isNull(people.deletedAt))
    .orderBy(asc(people.name))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.name, hint: r.role || undefined }));
}

export async function listProductOptions(db: Executor): Promise<PickerOption[]> {
  const vendor = alias(organizations, 'product_vendor');
  const rows = await db
    .select({ id: products.id, name: products.name, vendor: vendor.name })
    .from(products)
    .leftJoin(vendor, eq(vendor.id, products.vendorId))
    .where(isNull(products.deletedAt))
    .orderBy(asc(products.name))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.name, hint: r.vendor ?? undefined }));
}

/** Sources read "Outlet: Title"; the hint is the publication date. Newest first. */
export async function listSourceOptions(db: Executor): Promise<PickerOption[]> {
  const rows = await db
    .select({
      id: sources.id,
      outlet: sources.outlet,
      title: sources.title,
      published: sources.publishedEdtf,
    })
    .from(sources)
    .where(isNull(sources.deletedAt))
    .orderBy(desc(sources.publishedOn), asc(sources.outlet), asc(sources.id))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    label: `${r.outlet}: ${r.title}`,
    hint: safeDateLabel(r.published) || undefined,
  }));
}

/** Events by title, with their date in words (and vendor) as the hint. Newest first. */
export async function listEventOptions(db: Executor): Promise<PickerOption[]> {
  const vendor = alias(organizations, 'event_vendor');
  const rows = await db
    .select({ id: events.id, title: events.title, date: events.dateEdtf, vendor: vendor.name })
    .from(events)
    .leftJoin(vendor, eq(vendor.id, events.vendorId))
    .where(isNull(events.deletedAt))
    .orderBy(desc(events.dateLo), asc(events.id))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    label: r.title,
    hint: [safeDateLabel(r.date), r.vendor].filter(Boolean).join(' · ') || undefined,
  }));
}

/** Everything the event form picks from, read in parallel. */
export async function getEventFormOptions(db: Executor): Promise<EventPickerOptions> {
  const [vendors, organizationsAll, regionList, personList, productList, sourceList, eventList] =
    await Promise.all([
      listVendorOptions(db),
      listOrganizationOptions(db),
      listRegionOptions(db),
      listPersonOptions(db),
      listProductOptions(db),
      listSourceOptions(db),
      listEventOptions(db),
    ]);
  return {
    vendors,
    organizations: organizationsAll,
    regions: regionList,
    people: personList,
    products: productList,
    sources: sourceList,
    events: eventList,
  };
}

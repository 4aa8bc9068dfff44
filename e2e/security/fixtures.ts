import { expect } from '@playwright/test';
import { PASSWORD } from '../support/accounts';
import { BASE, IDS, http, json, recordVersion, unique, type ActionCall, type Session } from './support';

// Records the security specs write to: created by the given session through the REST API (same
// origin), so an edit, revert, delete or restore made with a forged request would succeed if it
// got through, and so other specs' data is never touched.

export interface Targets {
  event: { id: string; version: number };
  /** A second event, for event links. */
  otherEvent: { id: string; version: number };
  /** A deleted event (restore). */
  deletedEvent: { id: string; version: number };
  organization: { id: string; slug: string; version: number };
  region: { id: string; slug: string; version: number };
  person: { id: string; slug: string; version: number };
  product: { id: string; slug: string; version: number };
  source: { id: string; version: number };
  eventLink: { id: string; version: number };
  /** A metric value of the targets' own vendor and region (at version 2: something to revert to). */
  metric: { id: string; version: number };
}

export function sessionHeaders(session: Session, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: session.cookie, origin: BASE, 'content-type': 'application/json', ...extra };
}

export async function apiWrite(
  session: Session,
  method: string,
  path: string,
  body?: unknown,
  version?: number,
): Promise<Record<string, unknown>> {
  const headers = sessionHeaders(session, version === undefined ? {} : { 'if-match': `"${version}"` });
  const response = await http(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const result = await json(response);
  expect(response.status, `${method} ${path}: ${JSON.stringify(result)}`).toBeLessThan(300);
  return result!;
}

/** Valid create bodies, one per write resource (a unique label keeps names and slugs apart). */
export function createBodies(label = unique('sec')): Record<string, Record<string, unknown>> {
  const slug = label.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return {
    events: {
      title: `Security test event ${label}`,
      type: 'statement',
      status: 'happened',
      vendorId: IDS.org.xiaomi,
      date: 'March 2018',
    },
    organizations: { slug: `org-${slug}`, name: `Org ${label}`, kind: 'vendor' },
    regions: { slug: `region-${slug}`, name: `Region ${label}`, kind: 'country' },
    people: { slug: `person-${slug}`, name: `Person ${label}` },
    products: {
      slug: `product-${slug}`,
      name: `Product ${label}`,
      vendorId: IDS.org.xiaomi,
      category: 'smartphone',
    },
    sources: { outlet: 'Security outlet', title: `Source ${label}`, url: 'https://example.com/a' },
  };
}

let metricPeriods = 0;
/**
 * A valid metric create body for the targets' own vendor, region and source: each call a quarter
 * of its own (2000-Q1 onwards, clear of the 2019 quarters the import and form fixtures use), so
 * creates never collide on the one-live-value-per-series-point rule.
 */
export function metricBody(
  targets: Pick<Targets, 'organization' | 'region' | 'source'>,
): Record<string, unknown> {
  const n = metricPeriods++;
  return {
    vendorId: targets.organization.id,
    regionId: targets.region.id,
    period: `${2000 + Math.floor(n / 4)}-Q${(n % 4) + 1}`,
    metric: 'market_share_pct',
    value: 11.5,
    sourceId: targets.source.id,
    quote: 'The security suite states 11.5.',
  };
}

export async function createTargets(session: Session): Promise<Targets> {
  const bodies = createBodies();
  const made: Record<string, Record<string, unknown>> = {};
  for (const [resource, body] of Object.entries(bodies)) {
    made[resource] = await apiWrite(session, 'POST', `/api/v1/${resource}`, body);
  }
  const other = await apiWrite(session, 'POST', '/api/v1/events', {
    ...bodies.events,
    title: `${bodies.events!.title} (2)`,
  });
  const doomed = await apiWrite(session, 'POST', '/api/v1/events', {
    ...bodies.events,
    title: `${bodies.events!.title} (3)`,
  });
  const deleted = await apiWrite(session, 'DELETE', `/api/v1/events/${String(doomed.id)}`, undefined, 1);
  // The first event gets a second version, so there is something to revert to.
  const event = await apiWrite(
    session,
    'PATCH',
    `/api/v1/events/${String(made.events!.id)}`,
    { summary: 'v2' },
    1,
  );
  const link = await apiWrite(session, 'POST', '/api/v1/event-links', {
    fromEventId: made.events!.id,
    toEventId: other.id,
    type: 'related',
  });
  const pick = (r: Record<string, unknown>) => ({ id: String(r.id), version: Number(r.version) });
  const withSlug = (r: Record<string, unknown>) => ({ ...pick(r), slug: String(r.slug) });
  const firstMetric = await apiWrite(
    session,
    'POST',
    '/api/v1/metrics',
    metricBody({
      organization: withSlug(made.organizations!),
      region: withSlug(made.regions!),
      source: pick(made.sources!),
    }),
  );
  const metric = await apiWrite(
    session,
    'PATCH',
    `/api/v1/metrics/${String(firstMetric.id)}`,
    { value: 12 },
    1,
  );
  return {
    event: pick(event),
    otherEvent: pick(other),
    deletedEvent: pick(deleted),
    organization: withSlug(made.organizations!),
    region: withSlug(made.regions!),
    person: withSlug(made.people!),
    product: withSlug(made.products!),
    source: pick(made.sources!),
    eventLink: pick(link),
    metric: pick(metric),
  };
}

/** The item key of each write resource in `targets` (the path parameter). */
export function itemKey(targets: Targets, resource: string): { key: string; version: number } {
  const table: Record<string, { id: string; version: number; slug?: string }> = {
    events: targets.event,
    organizations: targets.organization,
    regions: targets.region,
    people: targets.person,
    products: targets.product,
    sources: targets.source,
    'event-links': targets.eventLink,
    metrics: targets.metric,
  };
  const target = table[resource];
  if (!target) throw new Error(`no target for ${resource}`);
  return { key: target.id, version: target.version };
}

/** A minimal valid import file (CSV) with one event and its source. */
export function importCsv(label = unique('import')): string {
  return [
    'title,type,status,vendor,date,source_url,source_outlet,source_title',
    `Imported ${label},statement,happened,xiaomi,2018-03,https://example.com/${label},Outlet,Title ${label}`,
  ].join('\n');
}

/** One CSV cell, quoted (RFC 4180). */
export function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export const METRIC_CSV_HEADER =
  'vendor,region,period,metric,value,source_url,source_outlet,source_title,quote';

/**
 * A valid metric import file: one value for the targets' own vendor and region (a series no other
 * spec uses), with a new source. `period` keeps several imports of one series apart.
 */
export function metricCsv(targets: Targets, period = '2019-Q3', label = unique('metric')): string {
  return [
    METRIC_CSV_HEADER,
    [
      targets.organization.slug,
      targets.region.slug,
      period,
      'market_share_pct',
      '12.5',
      `https://example.com/metric/${label}`,
      'Security outlet',
      `Metric source ${label}`,
      `The security suite states 12.5 for ${label}.`,
    ]
      .map(csvCell)
      .join(','),
  ].join('\n');
}

/** Soft-deletes the live events of `targets` (the shared e2e database stays as other specs expect). */
export async function removeTargets(session: Session, targets: Targets): Promise<void> {
  for (const { id } of [targets.event, targets.otherEvent]) {
    const response = await http(`/api/v1/events/${id}`, { headers: { cookie: session.cookie } });
    if (response.status !== 200) continue;
    const version = Number((await json(response))?.version);
    await http(`/api/v1/events/${id}`, {
      method: 'DELETE',
      headers: sessionHeaders(session, { 'if-match': `"${version}"` }),
    });
  }
}

/**
 * A call of each server action that succeeds for an allowed user: valid values, the records'
 * current versions (read now). Throws for an action the table does not know.
 */
export async function actionCallFor(
  name: string,
  targets: Targets,
  extra: { tokenId: string; roleTarget: string; email: string; role?: string },
): Promise<ActionCall> {
  const v = async (resource: string, id: string) => String((await recordVersion(resource, id)) ?? 0);
  const prev = { submission: 0 };
  const bodies = createBodies();
  const flat = (body: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) as Record<string, string>;
  switch (name) {
    case 'signOutAction':
      return { page: '/account', args: [], form: {} };
    case 'createTokenAction':
      return { page: '/account', form: { name: unique('forged token') } };
    case 'revokeTokenAction':
      return { page: '/account', args: [], form: { tokenId: extra.tokenId } };
    case 'changeRoleAction':
      return { form: { userId: extra.roleTarget, role: extra.role ?? 'admin' } };
    case 'signInAction':
      return { form: { email: extra.email, password: PASSWORD, next: '/' } };
    case 'signUpAction':
      return { form: { name: 'Forged', email: `${unique('forged')}@example.test`, password: PASSWORD } };
    case 'revertToVersion':
      return {
        page: `/changes/event/${targets.event.id}`,
        form: {
          entityType: 'event',
          id: targets.event.id,
          version: await v('events', targets.event.id),
          toVersion: '1',
        },
      };
    case 'deleteFromHistory':
      return {
        page: `/changes/event/${targets.event.id}`,
        form: { entityType: 'event', id: targets.event.id, version: await v('events', targets.event.id) },
      };
    case 'restoreFromHistory':
      return {
        page: `/changes/event/${targets.deletedEvent.id}`,
        form: {
          entityType: 'event',
          id: targets.deletedEvent.id,
          version: await v('events', targets.deletedEvent.id),
        },
      };
    case 'createEventAction':
      return { args: [prev], form: flat(bodies.events!) };
    case 'createOrganizationAction':
      return { args: [prev], form: flat(bodies.organizations!) };
    case 'createRegionAction':
      return { args: [prev], form: flat(bodies.regions!) };
    case 'createPersonAction':
      return { args: [prev], form: flat(bodies.people!) };
    case 'createProductAction':
      return { args: [prev], form: flat(bodies.products!) };
    case 'createSourceAction':
      return { args: [prev], form: flat(bodies.sources!) };
    case 'createMetricAction':
      // The targets' own vendor and region: a series nobody else writes to.
      return {
        page: '/metrics/new',
        args: [prev],
        form: {
          vendorId: targets.organization.id,
          regionId: targets.region.id,
          period: '2019-Q2',
          metric: 'market_share_pct',
          value: '12.5',
          sourceId: targets.source.id,
          quote: 'The security suite states 12.5.',
        },
      };
    case 'updateMetricAction':
      // The targets' own metric: another quarter of the targets' own series.
      return {
        page: `/metrics/${targets.metric.id}/edit`,
        args: [targets.metric.id, prev],
        form: {
          vendorId: targets.organization.id,
          regionId: targets.region.id,
          period: '2019-Q1',
          metric: 'market_share_pct',
          value: '13.5',
          sourceId: targets.source.id,
          quote: 'The security suite corrects it to 13.5.',
          version: await v('metrics', targets.metric.id),
        },
      };
    case 'updateEventAction':
      return {
        page: `/events/${targets.event.id}/edit`,
        args: [targets.event.id, prev],
        form: { ...flat(bodies.events!), version: await v('events', targets.event.id) },
      };
    case 'updateOrganizationAction':
      return {
        page: `/organizations/${targets.organization.slug}/edit`,
        args: [targets.organization.id, targets.organization.slug, prev],
        form: {
          ...flat(bodies.organizations!),
          slug: targets.organization.slug,
          version: await v('organizations', targets.organization.id),
        },
      };
    case 'updateRegionAction':
      return {
        page: `/regions/${targets.region.slug}/edit`,
        args: [targets.region.id, targets.region.slug, prev],
        form: {
          ...flat(bodies.regions!),
          slug: targets.region.slug,
          version: await v('regions', targets.region.id),
        },
      };
    case 'updatePersonAction':
      return {
        page: `/people/${targets.person.slug}/edit`,
        args: [targets.person.id, targets.person.slug, prev],
        form: {
          ...flat(bodies.people!),
          slug: targets.person.slug,
          version: await v('people', targets.person.id),
        },
      };
    case 'updateProductAction':
      return {
        page: `/products/${targets.product.slug}/edit`,
        args: [targets.product.id, targets.product.slug, prev],
        form: {
          ...flat(bodies.products!),
          slug: targets.product.slug,
          version: await v('products', targets.product.id),
        },
      };
    case 'updateSourceAction':
      return {
        page: `/sources/${targets.source.id}/edit`,
        args: [targets.source.id, prev],
        form: { ...flat(bodies.sources!), version: await v('sources', targets.source.id) },
      };
    default:
      throw new Error(
        `server action ${name}: no forged call in the CSRF table (e2e/security/csrf.spec.ts): add one`,
      );
  }
}

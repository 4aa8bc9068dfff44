import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestActor } from '@/db/auth/actor';
import { listMetricEventMarkers, listMetrics, metricCoverage } from '@/db/queries/metrics';
import { listOrganizations } from '@/db/queries/organizations';
import { listRegions } from '@/db/queries/regions';
import { requestDb } from '@/db/server';
import { decide } from '@/lib/domain/permissions';
import { METRIC_KINDS, type MetricKind } from '@/lib/domain/vocabulary';
import { formatMetricValue, MEASURE_LABELS, metricQuerySchema } from '@/lib/metrics/query';
import { buildSeries } from '@/lib/metrics/series';
import { MetricChart } from '@/components/metrics/metric-chart';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = {
  title: 'Metrics',
  description:
    'Market share and shipments of smartphone vendors by region and quarter, each figure with its source, with the vendors’ events on the lines.',
};

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

export default async function MetricsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = metricQuerySchema.safeParse({
    vendor: first(raw.vendor),
    region: first(raw.region),
    measure: first(raw.measure),
    from: first(raw.from),
    to: first(raw.to),
  });
  const db = await requestDb();
  const [coverage, vendors, regions, actor] = await Promise.all([
    metricCoverage(db),
    listOrganizations(db, 'vendor'),
    listRegions(db),
    getRequestActor(),
  ]);
  const query = parsed.success ? parsed.data : {};
  const measure: MetricKind = query.measure ?? 'market_share_pct';
  const chosen = Boolean(query.vendor || query.region);
  const points = chosen ? await listMetrics(db, { ...query, measure }) : [];
  const pairs = [
    ...new Map(
      points.map((p) => [`${p.vendor.id}|${p.region.id}`, { vendorId: p.vendor.id, regionId: p.region.id }]),
    ).values(),
  ];
  const markers = await listMetricEventMarkers(db, pairs);
  const series = buildSeries(points, markers, measure);
  const canAdd = decide(actor, 'create', 'metric').allowed;
  const canCorrect = decide(actor, 'update', 'metric').allowed;
  const pointsOf = new Map(coverage.vendors.map((v) => [`v:${v.slug}`, v.points]));
  for (const r of coverage.regions) pointsOf.set(`r:${r.slug}`, r.points);
  const apiHref = `/api/v1/metrics?${new URLSearchParams({
    ...(query.vendor ? { vendor: query.vendor } : {}),
    ...(query.region ? { region: query.region } : {}),
    measure,
  })}`;
  const vendorName = vendors.find((v) => v.slug === query.vendor)?.name;
  const regionName = regions.find((r) => r.slug === query.region)?.name;

  return (
    <>
      <PageHeader
        title="Metrics"
        lead="Market share and shipments by vendor, region and quarter — each figure with the source that states it — with the vendor’s events in that region drawn on the line."
        actions={
          <div className="metrics-actions">
            <Link className="button button--secondary" href="/metrics/new">
              Add a value
            </Link>
            <Link className="button button--secondary" href="/metrics/import">
              Import CSV
            </Link>
          </div>
        }
      />
      <div className="stack">
        {coverage.count === 0 ? (
          <div className="callout" role="note" data-testid="metrics-empty">
            <p>
              <strong>No metrics recorded yet.</strong> Beachhead only shows figures that a source states, and
              the founding article gives no market-share or shipment numbers — so there is nothing to chart
              yet, rather than invented data.
            </p>
            <p>
              To add figures,{' '}
              {canAdd ? (
                <Link href="/metrics/new">enter one with the form</Link>
              ) : (
                <>
                  <Link href="/sign-in?next=/metrics/new">sign in</Link> and enter one with the form
                </>
              )}
              , or <Link href="/metrics/import">import a CSV</Link> (editors;{' '}
              <a href="/api/v1/metrics/import/template.csv" download>
                template
              </a>
              ). Each value needs its vendor, region, quarter, source and the quote from the source that
              states it.
            </p>
          </div>
        ) : null}

        <Card>
          <form
            className="metric-chooser"
            method="get"
            action="/metrics"
            role="search"
            aria-label="Choose a series"
          >
            <div className="field">
              <label htmlFor="metric-vendor">Vendor</label>
              <select id="metric-vendor" className="select" name="vendor" defaultValue={query.vendor ?? ''}>
                <option value="">Any vendor</option>
                {vendors.map((v) => (
                  <option key={v.slug} value={v.slug}>
                    {v.name}
                    {pointsOf.get(`v:${v.slug}`) ? ` (${pointsOf.get(`v:${v.slug}`)} values)` : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="metric-region">Region</label>
              <select id="metric-region" className="select" name="region" defaultValue={query.region ?? ''}>
                <option value="">Any region</option>
                {regions.map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.name}
                    {pointsOf.get(`r:${r.slug}`) ? ` (${pointsOf.get(`r:${r.slug}`)} values)` : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="metric-measure">Measure</label>
              <select id="metric-measure" className="select" name="measure" defaultValue={measure}>
                {METRIC_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {MEASURE_LABELS[kind].name} ({MEASURE_LABELS[kind].unit})
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" className="button">
                Show
              </button>
            </div>
          </form>
        </Card>

        {!parsed.success ? (
          <div className="callout" role="alert">
            <p>
              The choice “{String(parsed.error.issues[0]?.path[0] ?? 'query')}” was not understood:{' '}
              {parsed.error.issues[0]?.message}.
            </p>
          </div>
        ) : null}

        {coverage.count > 0 && !chosen ? (
          <Section id="with-data" title="Series with data">
            <p>Choose a vendor (one chart per region) or a region (one chart per vendor).</p>
            <ul className="link-list">
              {coverage.vendors.map((v) => (
                <li key={v.slug}>
                  <Link href={`/metrics?vendor=${encodeURIComponent(v.slug)}&measure=${measure}`}>
                    {v.name}
                  </Link>{' '}
                  <span className="muted">({v.points} values)</span>
                </li>
              ))}
              {coverage.regions.map((r) => (
                <li key={r.slug}>
                  <Link href={`/metrics?region=${encodeURIComponent(r.slug)}&measure=${measure}`}>
                    {r.name}
                  </Link>{' '}
                  <span className="muted">({r.points} values)</span>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {chosen ? (
          <section aria-labelledby="charts-title" className="stack-s">
            <h2 id="charts-title" className="section-title">
              {MEASURE_LABELS[measure].name}
              {vendorName ? ` of ${vendorName}` : ''}
              {regionName ? ` in ${regionName}` : ''}
            </h2>
            {series.length === 0 ? (
              <div className="callout" role="note">
                <p>
                  No {MEASURE_LABELS[measure].name.toLowerCase()} figures are recorded for this choice.{' '}
                  <Link href="/metrics/new">Add one</Link> or <Link href="/metrics/import">import a CSV</Link>
                  .
                </p>
              </div>
            ) : (
              <div className="metric-charts">
                {series.map((s) => (
                  <MetricChart
                    key={s.key}
                    series={s}
                    title={
                      query.vendor && !query.region
                        ? s.region.name
                        : query.region && !query.vendor
                          ? s.vendor.name
                          : `${s.vendor.name} in ${s.region.name}`
                    }
                  />
                ))}
              </div>
            )}
            {points.length ? (
              <details>
                <summary>The figures, their sources and quotes ({points.length})</summary>
                <div className="table-wrap">
                  <table className="data-table">
                    <caption className="visually-hidden">Figures shown in the charts</caption>
                    <thead>
                      <tr>
                        <th scope="col">Vendor</th>
                        <th scope="col">Region</th>
                        <th scope="col">Quarter</th>
                        <th scope="col">Value</th>
                        <th scope="col">Source and quote</th>
                        <th scope="col">Record</th>
                      </tr>
                    </thead>
                    <tbody>
                      {points.slice(0, 2000).map((p) => (
                        <tr key={p.id}>
                          <td>{p.vendor.name}</td>
                          <td>{p.region.name}</td>
                          <td className="mono">{p.period}</td>
                          <td className="num">{formatMetricValue(p.measure, p.value)}</td>
                          <td>
                            <Link href={`/sources/${p.source.id}`}>
                              {p.source.outlet}: {p.source.title}
                            </Link>
                            {p.quote ? (
                              <blockquote className="metric-quote">
                                <p>{p.quote}</p>
                              </blockquote>
                            ) : (
                              <p className="muted metric-quote">No quote recorded.</p>
                            )}
                          </td>
                          <td className="metric-record-links">
                            {canCorrect ? (
                              <Link href={`/metrics/${p.id}/edit`}>
                                Correct
                                <span className="visually-hidden">
                                  {' '}
                                  {p.vendor.name}, {p.region.name}, {p.period}
                                </span>
                              </Link>
                            ) : null}{' '}
                            <Link href={`/changes/metric/${p.id}`}>
                              History
                              <span className="visually-hidden">
                                {' '}
                                of {p.vendor.name}, {p.region.name}, {p.period}
                              </span>
                            </Link>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            ) : null}
            <p className="muted">
              The same data as JSON: <a href={apiHref}>{apiHref}</a>
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}

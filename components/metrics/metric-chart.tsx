'use client';

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartSeries } from '@/lib/metrics/series';
import { formatMetricValue, MEASURE_LABELS } from '@/lib/metrics/query';
import './metrics.css';

// One line chart: a vendor's series in a region (market share or shipments by quarter), with
// the events of that vendor in that region drawn on the line as markers that link to them.

const quarterLabel = (x: number) => {
  const d = new Date(x);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

const yearLabel = (x: number) => String(new Date(x).getUTCFullYear());

interface MarkerShapeProps {
  cx?: number;
  cy?: number;
}

function markerShape(marker: ChartSeries['markers'][number]) {
  function MarkerShape({ cx = 0, cy = 0 }: MarkerShapeProps) {
    const label = `${marker.title} (${marker.label}, ${marker.status})`;
    return (
      <a
        href={`/events/${marker.id}`}
        className={`metric-marker metric-marker--${marker.status}`}
        aria-label={`Event: ${label}`}
      >
        <title>{label}</title>
        {/* A diamond, unlike the round data points. */}
        <path d={`M ${cx} ${cy - 8} L ${cx + 8} ${cy} L ${cx} ${cy + 8} L ${cx - 8} ${cy} Z`} />
      </a>
    );
  }
  return MarkerShape;
}

export function MetricChart({ series, title }: { series: ChartSeries; title: string }) {
  const measure = MEASURE_LABELS[series.measure];
  const span = series.domain[1] - series.domain[0];
  const pad = Math.max(span * 0.03, 45 * 86_400_000);
  const domain: [number, number] = [series.domain[0] - pad, series.domain[1] + pad];
  const tickFormatter = span > 6 * 365 * 86_400_000 ? yearLabel : quarterLabel;
  return (
    <figure className="metric-chart" data-testid="metric-chart" aria-label={`${measure.name}: ${title}`}>
      <figcaption>
        <h3 className="metric-chart__title">{title}</h3>
        <p className="metric-chart__meta">
          {measure.name} ({measure.unit}) by quarter · {series.total} value{series.total === 1 ? '' : 's'}
          {series.points.length < series.total ? ` (drawn with ${series.points.length} points)` : ''} ·{' '}
          {series.markers.length} event{series.markers.length === 1 ? '' : 's'} marked
        </p>
      </figcaption>
      <div className="metric-chart__plot">
        <ResponsiveContainer
          width="100%"
          height="100%"
          minWidth={0}
          initialDimension={{ width: 600, height: 260 }}
        >
          <LineChart
            data={series.points}
            margin={{ top: 16, right: 20, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={domain}
              tickFormatter={tickFormatter}
              minTickGap={24}
            />
            <YAxis
              width={series.measure === 'shipments_units' ? 72 : 48}
              tickFormatter={(v: number) =>
                series.measure === 'market_share_pct'
                  ? `${v}%`
                  : Intl.NumberFormat('en', { notation: 'compact' }).format(v)
              }
              domain={series.measure === 'market_share_pct' ? [0, 'auto'] : ['auto', 'auto']}
            />
            <Tooltip
              labelFormatter={(x) => quarterLabel(Number(x))}
              formatter={(value) => [formatMetricValue(series.measure, Number(value)), measure.name]}
            />
            <Line
              type="linear"
              dataKey="y"
              stroke="currentColor"
              strokeWidth={2}
              dot={series.points.length <= 60 ? { r: 3, fill: 'currentColor' } : false}
              isAnimationActive={false}
              name={measure.name}
            />
            {series.markers.map((marker) => (
              <ReferenceLine
                key={`guide-${marker.id}`}
                x={marker.x}
                className="metric-chart__guide"
                stroke="currentColor"
                strokeOpacity={0.35}
                strokeDasharray="2 4"
                ifOverflow="extendDomain"
              />
            ))}
            {series.markers.map((marker) => (
              <ReferenceDot
                key={marker.id}
                x={marker.x}
                y={marker.y}
                r={7}
                shape={markerShape(marker)}
                ifOverflow="extendDomain"
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {series.markers.length ? (
        <ul className="metric-chart__events" aria-label={`Events marked on the chart of ${title}`}>
          {series.markers.map((marker) => (
            <li key={marker.id}>
              <span className={`metric-chart__key metric-chart__key--${marker.status}`} aria-hidden="true" />{' '}
              <a href={`/events/${marker.id}`}>{marker.title}</a>{' '}
              <span className="muted">
                ({marker.label}, {marker.status})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

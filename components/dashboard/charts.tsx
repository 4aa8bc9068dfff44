'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuarterRow, RegionEntryRow } from '@/lib/dashboard/types';
import { EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { EVENT_TYPES } from '@/lib/domain/vocabulary';
import { PRESENCE_LABELS, PRESENCE_STATES } from './presence-labels';

// The two recharts charts of the dashboard, loaded after the page (next/dynamic) so recharts
// stays out of the first-load JavaScript; their frames keep the final size meanwhile. Colours
// are CSS custom properties (dashboard.css), so light and dark schemes both apply.

const axis = { fill: 'var(--text-muted)', fontSize: 12 };
const tooltipStyle = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border-strong)',
    color: 'var(--text)',
  },
  labelStyle: { color: 'var(--text)' },
  itemStyle: { color: 'var(--text)' },
};

export function QuarterChart({ rows }: { rows: QuarterRow[] }) {
  const types = EVENT_TYPES.filter((t) => rows.some((r) => r.counts[t]));
  const data = rows.map((r) => ({ quarter: r.quarter, ...r.counts }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="quarter" tick={axis} stroke="var(--border-strong)" minTickGap={8} />
        <YAxis allowDecimals={false} tick={axis} stroke="var(--border-strong)" />
        <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-sunken)' }} />
        <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text)' }} />
        {types.map((type) => (
          <Bar
            key={type}
            dataKey={type}
            name={EVENT_TYPE_LABELS[type]}
            stackId="types"
            fill={`var(--type-${type})`}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function RegionChart({ rows }: { rows: RegionEntryRow[] }) {
  const states = PRESENCE_STATES.filter((s) => rows.some((r) => r.counts[s]));
  const data = rows.map((r) => ({ region: r.region.name, ...r.counts }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axis} stroke="var(--border-strong)" />
        <YAxis type="category" dataKey="region" tick={axis} stroke="var(--border-strong)" width={96} />
        <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-sunken)' }} />
        <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text)' }} />
        {states.map((state) => (
          <Bar
            key={state}
            dataKey={state}
            name={PRESENCE_LABELS[state]}
            stackId="states"
            fill={`var(--presence-${state})`}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

'use client';

import { useMemo } from 'react';
import { StatusBadge } from '@/components/events/status-badge';
import { EVENT_LINK_LABELS, EVENT_TYPE_LABELS } from '@/lib/domain/labels';
import { buildScene } from '@/lib/timeline/layout';
import { describeMark, markTokens } from '@/lib/timeline/mark-style';
import { buildModel } from '@/lib/timeline/model';
import { formatWindow } from '@/lib/timeline/time';
import { GROUP_BY_LABELS, type GroupBy, type TimeWindow, type TimelineData } from '@/lib/timeline/types';

// The same events as a table: for screen readers, for copying, for reading in order. One row
// per event and lane, lanes in the timeline's order, time order within each.

const MAX_ROWS = 1000;

interface TimelineTableProps {
  data: TimelineData;
  group: GroupBy;
  window: TimeWindow;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function TimelineTable({ data, group, window, selectedId, onSelect }: TimelineTableProps) {
  const model = useMemo(() => buildModel(data), [data]);
  const scene = useMemo(() => buildScene(model, group), [model, group]);
  const rows = useMemo(() => {
    const out: { lane: string; index: number }[] = [];
    for (const lane of scene.lanes) {
      for (const i of lane.entries) {
        if (model.end[i]! > window.start && model.start[i]! < window.end)
          out.push({ lane: lane.label, index: i });
      }
    }
    return out;
  }, [scene, model, window.start, window.end]);
  const shown = rows.slice(0, MAX_ROWS);

  return (
    <div className="stack-s">
      <div className="table-wrap">
        <table className="data-table timeline-table">
          <caption className="visually-hidden">
            Events from {formatWindow(window)}, by {GROUP_BY_LABELS[group].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col">{GROUP_BY_LABELS[group]}</th>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Links</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ lane, index }) => {
              const item = model.items[index]!;
              const links = (model.linksOf.get(index) ?? []).map((k) => {
                const link = model.links[k]!;
                const outgoing = link.from === index;
                return `${EVENT_LINK_LABELS[link.type][outgoing ? 'outgoing' : 'incoming']}: ${model.items[outgoing ? link.to : link.from]!.title}`;
              });
              const selected = item.id === selectedId;
              return (
                <tr
                  key={`${lane}-${item.id}`}
                  data-event-id={item.id}
                  data-mark={markTokens(item)}
                  data-selected={selected ? '' : undefined}
                  aria-current={selected ? 'true' : undefined}
                >
                  <td>{lane}</td>
                  <td>
                    {item.date.label}
                    <div className="timeline-table__drawn">{describeMark(item)}</div>
                  </td>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
                      {item.title}
                    </button>
                  </th>
                  <td>{EVENT_TYPE_LABELS[item.type]}</td>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td>{links.length ? links.join('; ') : <span className="muted">None</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="muted">No events in this window.</p> : null}
      {rows.length > MAX_ROWS ? (
        <p className="muted">
          Showing the first {MAX_ROWS} of {rows.length} rows; narrow the window or the filters to see the
          rest.
        </p>
      ) : null}
    </div>
  );
}

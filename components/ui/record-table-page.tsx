import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { PageHeader } from './page-header';

// The catalogue pages (people, products, sources) share one shape: a header with an "Add"
// action, then a table whose first column names and links each record and whose last counts
// its events.

export interface RecordTableRow {
  id: string;
  name: string;
  href: string;
  cells: ReactNode[];
  eventCount: number;
}

export interface RecordTablePageProps {
  title: string;
  lead: string;
  actions: ReactNode;
  caption: string;
  emptyTitle: string;
  /** Headers of the first column and of the middle columns (the events count is added). */
  columns: [string, ...string[]];
  rows: RecordTableRow[];
}

export function RecordTablePage({
  title,
  lead,
  actions,
  caption,
  emptyTitle,
  columns,
  rows,
}: RecordTablePageProps) {
  return (
    <>
      <PageHeader title={title} lead={lead} actions={actions} />
      {rows.length === 0 ? (
        <EmptyState title={emptyTitle} />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col" className="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={row.href}>{row.name}</Link>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={index}>{cell}</td>
                  ))}
                  <td className="num">{row.eventCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

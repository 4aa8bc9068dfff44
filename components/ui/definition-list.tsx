import type { ReactNode } from 'react';

export interface Definition {
  term: string;
  details: ReactNode;
}

interface DefinitionListProps {
  items: Definition[];
  /** Terms beside their details on wide screens (default), or stacked. */
  layout?: 'wide' | 'stacked';
}

/** Term/detail pairs; pairs whose details are empty (null, undefined, '') are left out. */
export function DefinitionList({ items, layout = 'wide' }: DefinitionListProps) {
  const shown = items.filter(
    (item) => item.details !== null && item.details !== undefined && item.details !== '',
  );
  return (
    <dl className={layout === 'wide' ? 'dl dl--wide' : 'dl'}>
      {shown.map((item) => (
        <div key={item.term} className="dl__row">
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from 'react';

interface InlineListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  render: (item: T) => ReactNode;
}

/** A comma-separated list that is still a list for assistive technology. */
export function InlineList<T>({ items, getKey, render }: InlineListProps<T>) {
  return (
    <ul className="inline-list">
      {items.map((item) => (
        <li key={getKey(item)}>{render(item)}</li>
      ))}
    </ul>
  );
}

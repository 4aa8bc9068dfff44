export interface Stat {
  label: string;
  value: number;
}

const NUMBER = new Intl.NumberFormat('en-US');

/** Headline figures; the label is read before the value. */
export function StatList({ stats, label }: { stats: Stat[]; label: string }) {
  return (
    <ul className="stats" aria-label={label}>
      {stats.map((stat) => (
        <li key={stat.label} className="stat">
          <span className="stat__label">{stat.label}</span>
          <span className="stat__value">{NUMBER.format(stat.value)}</span>
        </li>
      ))}
    </ul>
  );
}

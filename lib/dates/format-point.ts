import { monthName } from './calendar';
import type { DatePoint } from './date-span';

export type LabelStyle = 'long' | 'short';

/** The point without qualifiers: "11 November 2017", "Nov 2017", "2018", "the 2010s". */
export function pointBaseLabel(p: DatePoint, style: LabelStyle): string {
  if (p.decade) return style === 'long' ? `the ${p.year}s` : `${p.year}s`;
  if (p.month === undefined) return String(p.year);
  const month = monthName(p.month, style);
  return p.day === undefined ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

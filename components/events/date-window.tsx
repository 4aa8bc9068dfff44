import type { EventDate } from '@/lib/domain/dto';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Months since year 0 of a 'YYYY-MM-DD' day, or null when it does not look like one. */
function monthNumber(day: string): number | null {
  const match = /^(\d{4})-(\d{2})/.exec(day);
  if (!match) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthName(n: number): string {
  return `${MONTHS[n % 12]} ${Math.floor(n / 12)}`;
}

/** An EDTF interval ("2018-12~/2019-03~", "2018-10/2018-12") rather than a single date. */
export function isDateWindow(date: EventDate): boolean {
  return date.edtf.includes('/') || date.precision === 'window';
}

/** The `dateTime` a <time> element can carry for a single date: "2017", "2017-11" or "2017-11-07". */
function machineDate(date: EventDate): string | null {
  const plain = date.edtf.replace(/[~?%]/g, '');
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(plain) ? plain : null;
}

const STRIP_LABELLED_MAX = 15;
const STRIP_MAX = 36;

/** One cell per month of the window, dashed at fuzzy ends. Decorative: the label says it in words. */
function MonthStrip({ first, last, fuzzy }: { first: number; last: number; fuzzy: boolean }) {
  const count = last - first + 1;
  const labelled = count <= STRIP_LABELLED_MAX;
  const months = Array.from({ length: count }, (_, i) => first + i);
  return (
    <span className={labelled ? 'month-strip' : 'month-strip month-strip--dense'} aria-hidden="true">
      {months.map((m, i) => {
        const edge = i === 0 || i === count - 1;
        const className = fuzzy && edge ? 'month-strip__cell month-strip__cell--fuzzy' : 'month-strip__cell';
        return (
          <span key={m} className={className}>
            {labelled ? MONTHS[m % 12] : null}
            {labelled && (i === 0 || m % 12 === 0) ? (
              <span className="month-strip__year">{Math.floor(m / 12)}</span>
            ) : null}
          </span>
        );
      })}
    </span>
  );
}

interface DateWindowProps {
  date: EventDate;
  /** Compact: the label and, for windows, the strip. Full adds the month range in figures. */
  variant?: 'full' | 'compact';
}

/**
 * A fuzzy date in words (`date.label`). For a window, a strip of its months (December 2018 to
 * March 2019 draws four cells) and, in the full variant, the range "Dec 2018 – Mar 2019".
 */
export function DateWindow({ date, variant = 'full' }: DateWindowProps) {
  const machine = machineDate(date);
  const label = machine ? (
    <time className="date-window__label" dateTime={machine}>
      {date.label}
    </time>
  ) : (
    <span className="date-window__label">{date.label}</span>
  );

  if (!isDateWindow(date)) return <span className="date-window">{label}</span>;

  const first = monthNumber(date.lo);
  const last = monthNumber(date.hi);
  const span = first !== null && last !== null && last >= first ? last - first + 1 : null;
  return (
    <span className="date-window">
      {label}
      {span !== null && first !== null && last !== null && span > 1 && span <= STRIP_MAX ? (
        <MonthStrip first={first} last={last} fuzzy={date.approximate || date.uncertain} />
      ) : null}
      {variant === 'full' && first !== null && last !== null ? (
        <span className="date-window__range">
          <time dateTime={date.lo}>{monthName(first)}</time> –{' '}
          <time dateTime={date.hi}>{monthName(last)}</time>
          {date.approximate ? ' (approximate)' : ''}
        </span>
      ) : null}
    </span>
  );
}

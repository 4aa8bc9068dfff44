// Quarters as the metrics store them: `YYYY-Qn`. Pure.

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2018-Q4", "2018 Q4", "Q4 2018", "q4-2018" → "2018-Q4"; anything else unchanged (the schema reports it). */
export function normalizeQuarter(text: string): string {
  const t = text.trim().toUpperCase();
  const yearFirst = /^(\d{4})[\s-]*Q([1-4])$/.exec(t);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  const quarterFirst = /^Q([1-4])[\s-]*(\d{4})$/.exec(t);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  return text.trim();
}

export function isQuarter(text: string): boolean {
  return QUARTER.test(text);
}

/** First day of a quarter: 2018-Q4 → 2018-10-01. */
export function quarterStartDay(period: string): string {
  const m = QUARTER.exec(period);
  if (!m) throw new Error(`Not a quarter: ${period}`);
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of a quarter: 2018-Q4 → 2018-12-31. */
export function quarterEndDay(period: string): string {
  const m = QUARTER.exec(period);
  if (!m) throw new Error(`Not a quarter: ${period}`);
  const endMonth = Number(m[2]) * 3;
  const last = new Date(Date.UTC(Number(m[1]), endMonth, 0)).getUTCDate();
  return `${m[1]}-${String(endMonth).padStart(2, '0')}-${last}`;
}

/** The quarter after: 2018-Q4 → 2019-Q1. */
export function nextQuarter(period: string): string {
  const m = QUARTER.exec(period);
  if (!m) throw new Error(`Not a quarter: ${period}`);
  const q = Number(m[2]);
  return q === 4 ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${q + 1}`;
}

/** The quarter a day falls in: 2018-11-03 → 2018-Q4. */
export function quarterOfDay(day: string): string {
  const [y, mo] = day.split('-');
  return `${y}-Q${Math.floor((Number(mo) - 1) / 3) + 1}`;
}

// Named parts of a year and the months they cover. One table feeds the parser, the
// classifier and the formatter, so "late 2018" means the same months everywhere.

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';
export type PartOfYear = 'early' | 'mid' | 'late';

/** Northern-hemisphere meteorological seasons; winter runs into the next year (Dec-Feb). */
export const SEASON_START_MONTH: Record<SeasonName, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export const SEASON_NAMES = Object.keys(SEASON_START_MONTH) as SeasonName[];

/** Months written as approximate (`~`) intervals for "early/mid/late YEAR". */
export const PART_OF_YEAR_MONTHS: Record<PartOfYear, readonly [number, number]> = {
  early: [1, 3],
  mid: [5, 8],
  late: [10, 12],
};

export const PARTS_OF_YEAR = Object.keys(PART_OF_YEAR_MONTHS) as PartOfYear[];

export function quarterMonths(quarter: number): [number, number] {
  return [quarter * 3 - 2, quarter * 3];
}

export function halfMonths(half: number): [number, number] {
  return [half * 6 - 5, half * 6];
}

import { MAX_YEAR, MIN_YEAR, monthName } from './calendar';

// Every refusal a contributor can see, in one place so the wording stays consistent and
// tests can pin it. Messages name the problem and show a form that would work.

export const MAX_INPUT_LENGTH = 100;

const EXAMPLES =
  '"2018-11-05", "2018-11", "November 2018", "Q4 2018", "H2 2018", "late 2018", "spring 2018", "2010s" or "by end 2018 or early 2019"';

export const messages = {
  required: () => 'A date is required, for example "2018-11", "Q4 2018" or "late 2018".',
  tooLong: (length: number) =>
    `The date is too long (${length} characters; at most ${MAX_INPUT_LENGTH} are allowed). Write just the date, e.g. "late 2018".`,
  unreadable: (text: string) => `Could not read "${text}" as a date. Try a form like ${EXAMPLES}.`,
  month: (month: number) => `Month ${month} does not exist (months are 01-12).`,
  day: (year: number, month: number, day: number, days: number) =>
    day < 1
      ? `Day ${day} does not exist (days start at 01).`
      : `${monthName(month)} ${year} has ${days} days, so there is no day ${day}.`,
  year: (year: number) =>
    `Year ${year} is implausible: years must have four digits, between ${MIN_YEAR} and ${MAX_YEAR}.`,
  quarter: (quarter: number) => `Quarter ${quarter} does not exist: a quarter must be 1-4 (Q1 to Q4).`,
  half: (half: number) => `Half ${half} does not exist: a half must be 1 or 2 (H1 or H2).`,
  reversed: (endLabel: string, startLabel: string) =>
    `The end (${endLabel}) is before the start (${startLabel}); write the earlier date first.`,
  decadeDigit: (text: string) => `"${text}" is not a decade: decades end in 0, like "2010s".`,
  qualifiedDecade: () =>
    'EDTF cannot mark a decade (201X) as approximate or uncertain; drop the qualifier or give years, e.g. "2009~/2021~".',
  winterYears: (text: string) => `"${text}" must name consecutive years, like "winter 2018/19".`,
  ambiguousNumeric: (text: string, example: string) =>
    `"${text}" is ambiguous (day/month or month/day?). Write it as YYYY-MM-DD (e.g. ${example}) or with the month's name.`,
  century: (text: string) => `Centuries ("${text}") are not supported; use an interval such as 1900/1999.`,
  unspecifiedDigits: (text: string) =>
    `"${text}" has unspecified digits (X); only a whole decade such as 201X is supported. Use a year (2018) or an interval (2000/2099) instead.`,
  partialQualifier: (text: string) =>
    `"${text}" qualifies only part of the date; put ~ or ? at the end so it applies to the whole date (e.g. 2018-05?).`,
  openInterval: (text: string) =>
    `"${text}" has an open or unknown end; give both ends, e.g. 2018-10/2019-03.`,
  setOrList: (text: string) =>
    `"${text}" is an EDTF set or list, which is not supported; write an interval such as 2018-11/2019-03.`,
  timeOfDay: (text: string) => `"${text}" includes a time of day; give the date only, e.g. 2018-10-01.`,
  quarterNotEdtf: (text: string, example: string) =>
    `"${text}" is not EDTF; a quarter is written as an interval of months, e.g. ${example}.`,
  invalidEdtf: (text: string) =>
    `"${text}" is not valid EDTF. Valid examples: 2018, 2018-11, 2018-11-05, 2018~, 2018-11?, 2018-10/2018-12, 2018-12~/2019-03~, 201X.`,
  internal: (edtf: string) =>
    `Internal error: produced "${edtf}", which the EDTF library rejects. Please report this.`,
};

import { parseEdtf } from './parse-edtf';
import { parseFuzzyDate } from './parse-fuzzy-date';
import type { DateParseResult, FuzzyDate } from './types';

// Shared by the *.test.ts files: unwrap a result, failing the test with the parser's own
// message so a regression says what went wrong.

export function valueOf(result: DateParseResult, input: string): FuzzyDate {
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error}`);
  return result.value;
}

export function errorOf(result: DateParseResult, input: string): string {
  if (result.ok) throw new Error(`expected "${input}" to be refused, got ${result.value.edtf}`);
  return result.error;
}

export const mustParse = (text: string): FuzzyDate => valueOf(parseFuzzyDate(text), text);
export const mustParseEdtf = (text: string): FuzzyDate => valueOf(parseEdtf(text), text);
export const refusal = (text: string): string => errorOf(parseFuzzyDate(text), text);
export const edtfRefusal = (text: string): string => errorOf(parseEdtf(text), text);

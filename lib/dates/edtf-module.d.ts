// The `edtf` package (v4) ships no type declarations. This covers the parts of its API
// that callers use; extend it here rather than declaring the module a second time.

declare module 'edtf' {
  /** Qualifiers are `true` for level-1 (whole date) and a YYYYMMDD bitmask number for level 2. */
  export interface EdtfParseNode {
    type?: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    level?: number;
    /** Dates: [year, monthIndex (0-11), day, ...time]; intervals: [lower, upper] (null = open/unknown). */
    values: Array<number | EdtfParseNode | EdtfParseNode[] | null>;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    offset?: number;
  }

  export interface EdtfParseConstraints {
    level?: number;
    types?: string[];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }

  export interface EdtfObject {
    readonly edtf: string;
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly values: unknown[];
    toString(): string;
  }

  /** Throws on invalid input. */
  export function parse(input: string, constraints?: EdtfParseConstraints): EdtfParseNode;
  /** Expects an EDTF object (from the default export), not a string; single dates only. */
  export function format(date: EdtfObject, locale?: string, options?: Intl.DateTimeFormatOptions): string;
  export const defaults: Required<EdtfParseConstraints> & { offset: boolean };

  /** Throws on invalid input (including some inputs `parse` accepts, e.g. reversed intervals). */
  export default function edtf(
    input?: string | EdtfParseNode | Date,
    constraints?: EdtfParseConstraints,
  ): EdtfObject;
}

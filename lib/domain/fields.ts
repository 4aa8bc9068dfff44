import { z } from 'zod';
import { parseFuzzyDate, type FuzzyDate } from '@/lib/dates';
import { daysInMonth } from '@/lib/dates/calendar';

// Field schemas reused by every entity schema, with messages written for people.

export const slug = z
  .string()
  .trim()
  .min(2, 'A slug needs at least 2 characters')
  .max(80, 'A slug has at most 80 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens (e.g. "western-europe")',
  );

export const name = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} has at most ${max} characters`);

export const optionalText = (label: string, max = 5000) =>
  z.string().trim().max(max, `${label} has at most ${max} characters`).default('');

export const id = (label: string) => z.uuid({ message: `${label} must be a record id (UUID)` });

export const idList = (label: string, max = 50) =>
  z
    .array(id(label))
    .max(max, `At most ${max} ${label.toLowerCase()} entries`)
    .default([])
    .transform((ids) => [...new Set(ids)]);

/** http(s) only: a `javascript:` or `data:` URL stored here would run in a reader's browser. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'A URL has at most 2000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'Enter a full web address starting with http:// or https://');

// Empty means absent. A preprocess, not a union: a union would replace the specific message
// ("start with http:// or https://") with zod's generic "Invalid input".
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const optionalHttpUrl = z.preprocess(emptyToNull, httpUrl.nullish()).transform((v) => v ?? null);

/** YYYY-MM-DD naming a day that exists (no 2019-02-29, no month 13). */
export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a day as YYYY-MM-DD', abort: true })
  .refine(isRealDay, 'Not a real calendar day');

/** Natural text or EDTF in, the parsed fuzzy date out; the parser's message on failure. */
export const fuzzyDate = z.string().transform((text, ctx): FuzzyDate => {
  const parsed = parseFuzzyDate(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.value;
});

export const optionalFuzzyDate = z.preprocess(emptyToNull, fuzzyDate.nullish()).transform((v) => v ?? null);

import type { z } from 'zod';
import { parseFuzzyDate } from '@/lib/dates';
import type { FormErrors } from './form-state';

// Turning schema and write-path problems into messages keyed by the form's field names.

/** `counterpartyIds.2` → `counterpartyIds`: a list's messages belong to the list's field. */
export function formFieldName(path: string): string {
  return path.replace(/\.\d+$/, '');
}

/** Re-keys write-path or zod field errors onto form field names, under `prefix` (e.g. `links.0.`). */
export function toFormErrors(errors: Readonly<Record<string, readonly string[]>>, prefix = ''): FormErrors {
  const out: FormErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const name = key === '_' ? '_' : prefix + formFieldName(key);
    const list = (out[name] ??= []);
    for (const message of messages) if (!list.includes(message)) list.push(message);
  }
  return out;
}

export function zodErrors(error: z.ZodError, prefix = ''): FormErrors {
  const raw: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    (raw[key] ??= []).push(issue.message);
  }
  return toFormErrors(raw, prefix);
}

export function mergeFormErrors(...all: FormErrors[]): FormErrors {
  const out: FormErrors = {};
  for (const errors of all) {
    for (const [key, messages] of Object.entries(errors)) {
      const list = (out[key] ??= []);
      for (const message of messages) if (!list.includes(message)) list.push(message);
    }
  }
  return out;
}

/**
 * Replaces the schema's message for fields left empty by a plainer one ("Choose a type"
 * rather than the list of every allowed value).
 */
export function preferEmptyMessages(
  errors: FormErrors,
  isEmpty: (field: string) => boolean,
  messages: Readonly<Record<string, string>>,
): FormErrors {
  const out: FormErrors = { ...errors };
  for (const [field, message] of Object.entries(messages)) {
    if (out[field] && isEmpty(field)) out[field] = [message];
  }
  return out;
}

/** Validates `input` against `schema`; field errors (prefixed) or the parsed value. */
export function check<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): { ok: true; data: z.output<S> } | { ok: false; errors: FormErrors } {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: zodErrors(result.error, prefix) };
}

/**
 * An optional date field's schema (a union: empty or a date) reports only "Invalid input";
 * the contributor gets the date parser's own message instead.
 */
export function preferDateMessage(errors: FormErrors, field: string, text: string): FormErrors {
  if (!errors[field] || text.trim() === '') return errors;
  const parsed = parseFuzzyDate(text);
  return parsed.ok ? errors : { ...errors, [field]: [parsed.error] };
}

import { buildFuzzyDate } from './build-fuzzy-date';
import { isValidEdtfSyntax } from './edtf-library';
import { MAX_INPUT_LENGTH, messages } from './messages';
import { parseEdtf } from './parse-edtf';
import { parseNaturalText } from './parse-natural-text';
import type { DateParseResult } from './types';

// Text that could only be EDTF (digits, X, EDTF punctuation, no spaces or lower case)
// goes to the EDTF parser first, so stored values and pasted EDTF keep their exact meaning.
const EDTF_LIKE = /^[-+0-9XYSZT?~%/.[\]{},:]+$/;

/** Natural English ("late 2018", "Q4 2018", "by end 2018 or early 2019") or EDTF. */
export function parseFuzzyDate(text: string): DateParseResult {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (!trimmed) return { ok: false, error: messages.required() };
  if (trimmed.length > MAX_INPUT_LENGTH) return { ok: false, error: messages.tooLong(trimmed.length) };

  let edtfError: string | null = null;
  if (EDTF_LIKE.test(trimmed)) {
    const asEdtf = parseEdtf(trimmed);
    // Valid EDTF syntax is authoritative, even when we refuse it (`2019-02-29`, `2018-XX`).
    if (asEdtf.ok || isValidEdtfSyntax(trimmed)) return asEdtf;
    edtfError = asEdtf.error;
  }
  const natural = parseNaturalText(trimmed);
  if (natural.ok) return buildFuzzyDate(natural.span);
  // Prefer the message about the reading that got furthest.
  return { ok: false, error: natural.recognized || edtfError === null ? natural.error : edtfError };
}

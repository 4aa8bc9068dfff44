import { formatFuzzyDate, parseFuzzyDate } from '@/lib/dates';

// Field-by-field comparison of two versions of a form's values: the record as it is now and
// what the contributor submitted. Used by the conflict view ("what changed meanwhile").

export type FieldKind = 'text' | 'enum' | 'date' | 'ref' | 'refs' | 'citations';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  /** Words for enum values. */
  labels?: Readonly<Record<string, string>>;
}

/** A citation as the comparison sees it (the event form's citation values fit). */
export interface ComparableCitation {
  sourceId: string;
  /** A source typed inline, not saved yet. */
  newSource?: { outlet: string; title: string } | null;
  quote: string;
  speakerId: string;
  stance: string;
  note?: string;
}

export interface FieldDiff {
  name: string;
  label: string;
  /** The value in words, one line per item; [] means empty. */
  current: string[];
  mine: string[];
}

export type Resolve = (id: string) => string | undefined;

const asText = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(asText).filter((s) => s.trim() !== '') : [];
const squash = (s: string) => s.trim().replace(/\s+/g, ' ');

function dateKey(text: string): string {
  const parsed = parseFuzzyDate(text);
  return parsed.ok ? `edtf:${parsed.value.edtf}` : `text:${squash(text)}`;
}

function dateWords(text: string): string[] {
  if (text.trim() === '') return [];
  const parsed = parseFuzzyDate(text);
  if (!parsed.ok) return [`${squash(text)} (not a date)`];
  const label = formatFuzzyDate(parsed.value);
  return [squash(text).toLowerCase() === label.toLowerCase() ? label : `${squash(text)} (${label})`];
}

function citationKey(c: ComparableCitation): string {
  const source = c.newSource
    ? `new:${squash(c.newSource.outlet)}|${squash(c.newSource.title)}`
    : `id:${c.sourceId}`;
  return [source, squash(c.quote), c.speakerId, c.stance || 'supports', squash(c.note ?? '')].join('\u0000');
}

function citationWords(c: ComparableCitation, resolve: Resolve): string {
  const source = c.newSource
    ? `New source: ${squash(c.newSource.outlet)}${c.newSource.title.trim() ? ` — ${squash(c.newSource.title)}` : ''}`
    : (resolve(c.sourceId) ?? (c.sourceId || 'No source chosen'));
  const parts = [source];
  if (c.quote.trim()) parts.push(`“${squash(c.quote)}”`);
  if (c.speakerId) parts.push(`said by ${resolve(c.speakerId) ?? c.speakerId}`);
  if (c.stance === 'contradicts') parts.push('(contradicts)');
  if (c.note?.trim()) parts.push(`note: ${squash(c.note)}`);
  return parts.join(' ');
}

function asCitations(v: unknown): ComparableCitation[] {
  return Array.isArray(v) ? (v as ComparableCitation[]) : [];
}

const sortedKeys = (keys: string[]) => [...keys].sort();

/** Equal for the purpose of a conflict: whitespace, order of sets and date spelling ignored. */
export function sameValue(spec: FieldSpec, a: unknown, b: unknown): boolean {
  switch (spec.kind) {
    case 'text':
      return squash(asText(a)) === squash(asText(b));
    case 'enum':
    case 'ref':
      return asText(a).trim() === asText(b).trim();
    case 'date': {
      const [x, y] = [asText(a), asText(b)];
      if (x.trim() === '' || y.trim() === '') return x.trim() === y.trim();
      return dateKey(x) === dateKey(y);
    }
    case 'refs':
      return sortedKeys([...new Set(asList(a))]).join() === sortedKeys([...new Set(asList(b))]).join();
    case 'citations':
      return (
        sortedKeys(asCitations(a).map(citationKey)).join('\u0001') ===
        sortedKeys(asCitations(b).map(citationKey)).join('\u0001')
      );
  }
}

/** A value in words, one line per item. */
export function describeValue(spec: FieldSpec, value: unknown, resolve: Resolve): string[] {
  switch (spec.kind) {
    case 'text': {
      const text = asText(value).trim();
      return text ? [text] : [];
    }
    case 'enum': {
      const text = asText(value);
      return text ? [spec.labels?.[text] ?? text] : [];
    }
    case 'ref': {
      const id = asText(value);
      return id ? [resolve(id) ?? id] : [];
    }
    case 'date':
      return dateWords(asText(value));
    case 'refs':
      return asList(value)
        .map((id) => resolve(id) ?? id)
        .sort((x, y) => x.localeCompare(y));
    case 'citations':
      return asCitations(value).map((c) => citationWords(c, resolve));
  }
}

/** The fields whose values differ, in the order of `specs`, each described in words. */
export function compareValues<V extends object>(
  current: V,
  mine: V,
  specs: readonly FieldSpec[],
  resolve: Resolve = () => undefined,
): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const spec of specs) {
    const a = (current as Record<string, unknown>)[spec.name];
    const b = (mine as Record<string, unknown>)[spec.name];
    if (sameValue(spec, a, b)) continue;
    diffs.push({
      name: spec.name,
      label: spec.label,
      current: describeValue(spec, a, resolve),
      mine: describeValue(spec, b, resolve),
    });
  }
  return diffs;
}

// Field-level differences between two after-images of a record (revisions hold full images).
// Pure and JSON-only: works on what `revisions.data` holds (strings, numbers, booleans, null,
// arrays, plain objects), so history pages, the API and tests share it.
//
//   scalars             → { kind: 'value', before, after }
//   nested objects      → { kind: 'object', changes: FieldChange[] }   (recursively)
//   arrays of scalars   → { kind: 'set', added, removed }               (id lists are sets)
//   arrays of objects   → { kind: 'list', items: ItemChange[] }         (matched by key, e.g. a
//                          citation by its sourceId, then field by field)

export type ValueDiff =
  | { kind: 'value'; before: unknown; after: unknown }
  | { kind: 'object'; changes: FieldChange[] }
  | { kind: 'set'; added: unknown[]; removed: unknown[]; reordered: boolean }
  | { kind: 'list'; items: ItemChange[] };

export interface FieldChange {
  field: string;
  /** added: absent or empty before; removed: absent or empty after. */
  status: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
  diff: ValueDiff;
}

export interface ItemChange {
  /** How the item was matched: its key value (e.g. a source id), or `#n` by position. */
  key: string;
  /** Zero-based positions before and after (absent when added / removed). */
  beforeIndex?: number;
  afterIndex?: number;
  status: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** Field changes of a changed item. */
  changes?: FieldChange[];
}

export interface DiffOptions {
  /** Top-level fields to leave out (diffRecords only; bookkeeping such as version or updatedAt). */
  ignore?: readonly string[];
  /** Fields that identify an item of an array of objects, tried in order. */
  itemKeys?: readonly string[];
}

/** Bookkeeping fields every after-image has; they change on every write and say nothing. */
export const RECORD_STATE_FIELDS = ['id', 'version', 'createdAt', 'updatedAt', 'deletedAt'] as const;

const DEFAULT_ITEM_KEYS = ['id', 'sourceId', 'key'] as const;

type Plain = Record<string, unknown>;

const NONE: ReadonlySet<string> = new Set();

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Structural equality of JSON values; key order of objects does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

/** Empty in the sense a reader sees: nothing stated (absent, null, "", [], {}). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

function statusOf(before: unknown, after: unknown): FieldChange['status'] {
  if (isEmptyValue(before)) return 'added';
  if (isEmptyValue(after)) return 'removed';
  return 'changed';
}

/** A stable text key for a scalar (so 1 and "1" stay apart). */
function scalarKey(value: unknown): string {
  return `${typeof value}:${String(value)}`;
}

function diffSets(before: unknown[], after: unknown[]): ValueDiff {
  const count = (items: unknown[]) => {
    const map = new Map<string, { value: unknown; n: number }>();
    for (const item of items) {
      const key = scalarKey(item);
      const entry = map.get(key);
      if (entry) entry.n += 1;
      else map.set(key, { value: item, n: 1 });
    }
    return map;
  };
  const b = count(before);
  const a = count(after);
  const added: unknown[] = [];
  const removed: unknown[] = [];
  for (const [key, { value, n }] of a) for (let i = b.get(key)?.n ?? 0; i < n; i++) added.push(value);
  for (const [key, { value, n }] of b) for (let i = a.get(key)?.n ?? 0; i < n; i++) removed.push(value);
  return { kind: 'set', added, removed, reordered: added.length === 0 && removed.length === 0 };
}

function itemKeyOf(item: unknown, keys: readonly string[]): string | undefined {
  if (!isPlainObject(item)) return undefined;
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' || typeof value === 'number') return `${key}=${String(value)}`;
  }
  return undefined;
}

/**
 * Arrays of objects: items are matched by their key (the n-th item with a key before to the
 * n-th with the same key after, so one source cited twice still pairs up), items without a key
 * by position; matched pairs are compared field by field.
 */
function diffLists(before: unknown[], after: unknown[], options: Required<DiffOptions>): ValueDiff {
  const keyed = (items: unknown[]) => {
    const seen = new Map<string, number>();
    return items.map((item, index) => {
      const base = itemKeyOf(item, options.itemKeys);
      if (!base) return { key: `#${index}`, label: `#${index + 1}`, item, index };
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const label = base.slice(base.indexOf('=') + 1);
      return { key: `${base}#${n}`, label: n ? `${label} (${n + 1})` : label, item, index };
    });
  };
  const b = keyed(before);
  const a = keyed(after);
  const afterByKey = new Map(a.map((entry) => [entry.key, entry]));
  const matched = new Set<string>();
  const items: ItemChange[] = [];
  for (const old of b) {
    const next = afterByKey.get(old.key);
    if (!next) {
      items.push({ key: old.label, beforeIndex: old.index, status: 'removed', before: old.item });
      continue;
    }
    matched.add(old.key);
    if (deepEqual(old.item, next.item)) continue;
    const changes =
      isPlainObject(old.item) && isPlainObject(next.item)
        ? diffObjects(old.item, next.item, options, NONE)
        : undefined;
    items.push({
      key: old.label,
      beforeIndex: old.index,
      afterIndex: next.index,
      status: 'changed',
      before: old.item,
      after: next.item,
      ...(changes ? { changes } : {}),
    });
  }
  for (const next of a) {
    if (!matched.has(next.key))
      items.push({ key: next.label, afterIndex: next.index, status: 'added', after: next.item });
  }
  return { kind: 'list', items };
}

/** The difference between two JSON values, or null when they are equal. */
export function diffValues(before: unknown, after: unknown, options: DiffOptions = {}): ValueDiff | null {
  return diffValuesResolved(before, after, { ignore: [], itemKeys: options.itemKeys ?? DEFAULT_ITEM_KEYS });
}

function diffValuesResolved(
  before: unknown,
  after: unknown,
  options: Required<DiffOptions>,
): ValueDiff | null {
  if (deepEqual(before, after)) return null;
  // Arrays (possibly empty on one side) of scalars are sets; of objects, keyed lists.
  if ((Array.isArray(before) || isEmptyValue(before)) && (Array.isArray(after) || isEmptyValue(after))) {
    const b = Array.isArray(before) ? before : [];
    const a = Array.isArray(after) ? after : [];
    if (Array.isArray(before) || Array.isArray(after)) {
      const all = [...b, ...a];
      if (all.every(isScalar)) return diffSets(b, a);
      if (all.every(isPlainObject)) return diffLists(b, a, options);
      return { kind: 'value', before, after };
    }
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    return { kind: 'object', changes: diffObjects(before, after, options, NONE) };
  }
  return { kind: 'value', before, after };
}

function diffObjects(
  before: Plain,
  after: Plain,
  options: Required<DiffOptions>,
  ignored: ReadonlySet<string>,
): FieldChange[] {
  // Fields in the order the newer image states them, then any the older one had alone.
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter(
    (field) => !ignored.has(field),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const diff = diffValuesResolved(before[field], after[field], options);
    if (!diff) continue;
    // "" → null and similar are not changes a reader could see.
    if (isEmptyValue(before[field]) && isEmptyValue(after[field])) continue;
    changes.push({
      field,
      status: statusOf(before[field], after[field]),
      before: before[field],
      after: after[field],
      diff,
    });
  }
  return changes;
}

/**
 * The field changes from one after-image to the next. With no previous image (a creation),
 * every stated, non-empty field counts as added. Bookkeeping fields are ignored by default.
 */
export function diffRecords(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
  options: DiffOptions = {},
): FieldChange[] {
  const resolved: Required<DiffOptions> = {
    ignore: options.ignore ?? RECORD_STATE_FIELDS,
    itemKeys: options.itemKeys ?? DEFAULT_ITEM_KEYS,
  };
  return diffObjects(before ?? {}, after, resolved, new Set(resolved.ignore));
}

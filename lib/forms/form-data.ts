// Reading FormData into plain objects. Pure: FormData exists in Node and in browsers.

export type FormSource = Pick<FormData, 'get' | 'getAll' | 'keys'>;

/** A text field, trimmed of nothing (the schemas trim): '' when absent or a file. */
export function readText(data: FormSource, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Every non-empty string under `name` (multi-selects, repeated hidden inputs), de-duplicated, in order. */
export function readList(data: FormSource, name: string): string[] {
  const seen = new Set<string>();
  for (const value of data.getAll(name)) {
    if (typeof value === 'string' && value.trim() !== '') seen.add(value.trim());
  }
  return [...seen];
}

/**
 * Repeated groups named `prefix.N.field` (e.g. `citations.0.quote`, `citations.0.newSource.url`):
 * one record of `field → value` per index, in index order. Gaps in the numbering are dropped.
 */
export function readGroups(data: FormSource, prefix: string): Record<string, string>[] {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.(.+)$`);
  const groups = new Map<number, Record<string, string>>();
  for (const key of data.keys()) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2]!;
    const value = data.get(key);
    const group = groups.get(index) ?? {};
    group[field] = typeof value === 'string' ? value : '';
    groups.set(index, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function readVersion(data: FormSource, name: string): number | null {
  const raw = readText(data, name);
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/**
 * The versions an edit form names: the one it was opened on (`read`) and, when the contributor
 * chose "apply my changes on top of version N" after a conflict, that N (`onto`).
 */
export function readVersions(data: FormSource): { read: number | null; onto: number | null } {
  return { read: readVersion(data, 'version'), onto: readVersion(data, 'applyOnVersion') };
}

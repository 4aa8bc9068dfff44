import { describeValue, sameValue, type FieldDiff, type FieldSpec, type Resolve } from './compare';

// "Apply my changes on top of version N": a three-way merge of the version the contributor
// read (base), the version saved meanwhile (theirs) and the contributor's input (mine). A field
// the contributor changed takes their value; any other field keeps the newer saved value, so
// applying never silently undoes someone else's edit to a field the contributor did not touch.

const get = (values: object, name: string) => (values as Record<string, unknown>)[name];

/** What applying does to one field. */
export type Outcome =
  /** Only the contributor changed it: theirs is applied. */
  | 'yours'
  /** Both changed it, differently: the contributor's value replaces the saved one. */
  | 'yours-replaces'
  /** Only the other person changed it: their value is kept. */
  | 'theirs-kept';

export function outcomeOf(spec: FieldSpec, base: object, theirs: object, mine: object): Outcome {
  const mineChanged = !sameValue(spec, get(base, spec.name), get(mine, spec.name));
  if (!mineChanged) return 'theirs-kept';
  const theirsChanged = !sameValue(spec, get(base, spec.name), get(theirs, spec.name));
  return theirsChanged ? 'yours-replaces' : 'yours';
}

/** The values to save: mine for the fields I changed since `base`, theirs for every other field in `specs`. */
export function mergeValues<V extends object>(base: V, theirs: V, mine: V, specs: readonly FieldSpec[]): V {
  const merged: Record<string, unknown> = { ...(mine as Record<string, unknown>) };
  for (const spec of specs) {
    merged[spec.name] =
      outcomeOf(spec, base, theirs, mine) === 'theirs-kept' ? get(theirs, spec.name) : get(mine, spec.name);
  }
  return merged as V;
}

export interface ConflictRow extends FieldDiff {
  /** Unknown when the version read is not available (then applying saves every field as typed). */
  outcome: Outcome | null;
}

/** The fields where the saved record and my input differ, with what applying will do to each. */
export function conflictRows<V extends object>(
  base: V | null,
  theirs: V,
  mine: V,
  specs: readonly FieldSpec[],
  resolve: Resolve = () => undefined,
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const spec of specs) {
    const [t, m] = [get(theirs, spec.name), get(mine, spec.name)];
    if (sameValue(spec, t, m)) continue;
    rows.push({
      name: spec.name,
      label: spec.label,
      current: describeValue(spec, t, resolve),
      mine: describeValue(spec, m, resolve),
      outcome: base ? outcomeOf(spec, base, theirs, mine) : null,
    });
  }
  return rows;
}

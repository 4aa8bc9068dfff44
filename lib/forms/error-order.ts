// The error summary lists messages in the order the fields appear in the form. `order` names
// the fields top to bottom; fields of repeated groups are written with `#` for the index
// (`citations.#.quote`). Unknown names go last, in their original order.

function keyOf(name: string, order: readonly string[]): [number, number, number] {
  const match = /^([^.]+)\.(\d+)\.(.+)$/.exec(name);
  const top = match ? match[1]! : name.split('.')[0]!;
  const topIndex = order.indexOf(top);
  if (!match) return [topIndex < 0 ? Number.MAX_SAFE_INTEGER : topIndex, -1, -1];
  const sub = order.indexOf(`${top}.#.${match[3]}`);
  return [
    topIndex < 0 ? Number.MAX_SAFE_INTEGER : topIndex,
    Number(match[2]),
    sub < 0 ? Number.MAX_SAFE_INTEGER : sub,
  ];
}

export function sortFieldNames(names: readonly string[], order: readonly string[]): string[] {
  const keyed = names.map((name, position) => ({ name, position, key: keyOf(name, order) }));
  keyed.sort(
    (a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.position - b.position,
  );
  return keyed.map((k) => k.name);
}

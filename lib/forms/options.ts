// Options for pickers: built on the server from the database, filtered in the browser.

export interface PickerOption {
  id: string;
  label: string;
  /** Secondary text shown beside the label and searched too ("Vendor", "November 2017"). */
  hint?: string;
}

/** Words of `query` that must all appear in the option's label or hint (case and accents ignored). */
export function matchesQuery(option: PickerOption, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${option.label} ${option.hint ?? ''}`);
  return words.every((word) => haystack.includes(word));
}

/** Options matching `query`, those whose label starts with it first; stable otherwise. */
export function filterOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const q = fold(query.trim());
  const matching = options.filter((option) => matchesQuery(option, query));
  if (!q) return matching;
  const starts = matching.filter((o) => fold(o.label).startsWith(q));
  const rest = matching.filter((o) => !fold(o.label).startsWith(q));
  return [...starts, ...rest];
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** id → label for every option list given (for conflict tables and chips). */
export function labelIndex(...lists: readonly (readonly PickerOption[])[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const list of lists) for (const option of list) index.set(option.id, option.label);
  return index;
}

/** Everything the event form picks from. */
export interface EventPickerOptions {
  vendors: PickerOption[];
  organizations: PickerOption[];
  regions: PickerOption[];
  people: PickerOption[];
  products: PickerOption[];
  sources: PickerOption[];
  events: PickerOption[];
}

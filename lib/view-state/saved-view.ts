import { viewStateUrlKeys, parseViewState, viewStateToQuery } from './codec';
import { LIST_FIELDS, listItemSchemas, viewStateSchema, type ListField, type ViewState } from './schema';

// A view to save, as scripts and the Share dialog send it to POST /api/v1/views: the query of
// /timeline as a JSON object (`{"vendors": "xiaomi,huawei", "from": "2017-01", …}`; list values
// may also be arrays), plus an optional `title` and `pin` (show the data as known now, for good).
// Unlike a URL, which drops what it cannot read, a body is checked strictly: the first bad field
// is named.

export const SAVED_VIEW_EXTRA_FIELDS = ['title', 'pin'] as const;
export const MAX_VIEW_TITLE = 200;

/** URL key of every view-state field ("asof" for asOf). */
const URL_KEYS: Record<string, keyof ViewState> = Object.fromEntries(
  (Object.keys(viewStateSchema.shape) as (keyof ViewState)[]).map((key) => [
    (viewStateUrlKeys as Record<string, string>)[key] ?? key,
    key,
  ]),
);

/** What POST /api/v1/views answers (201). */
export interface SavedViewCreated {
  slug: string;
  /** The absolute link, /v/{slug} on the host the request named. */
  url: string;
  title: string;
  /** The pinned moment (ISO), or null: the link shows the current data. */
  asKnownOn: string | null;
}

export interface SavedViewRequest {
  state: ViewState;
  title: string | null;
  pin: boolean;
}

export type SavedViewParse =
  { ok: true; value: SavedViewRequest } | { ok: false; field: string; message: string };

function fail(field: string, message: string): SavedViewParse {
  return { ok: false, field, message };
}

export function parseSavedViewBody(body: Record<string, unknown>): SavedViewParse {
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(body)) {
    if ((SAVED_VIEW_EXTRA_FIELDS as readonly string[]).includes(key)) continue;
    const field = URL_KEYS[key];
    if (!field)
      return fail(key, `Unknown field "${key}": send the query of a /timeline URL, plus title and pin.`);
    if (raw === null || raw === undefined) continue;
    if ((LIST_FIELDS as string[]).includes(field)) {
      const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : null;
      if (!values || values.some((v) => typeof v !== 'string'))
        return fail(key, `${key} is a comma-separated string or an array of strings.`);
      const items = (values as string[]).map((v) => v.trim()).filter((v) => v !== '');
      for (const item of items) {
        if (!listItemSchemas[field as ListField].safeParse(item).success)
          return fail(key, `"${item}" is not a valid value of ${key}.`);
      }
      if (items.length) params.set(key, items.join(','));
      continue;
    }
    if (typeof raw !== 'string') return fail(key, `${key} must be a string, as in the URL.`);
    if (raw === '') continue;
    const parsed = viewStateSchema.shape[field].safeParse(raw);
    if (!parsed.success) return fail(key, `"${raw}" is not a valid value of ${key}.`);
    params.set(key, raw);
  }
  const title = body.title;
  if (title !== undefined && title !== null) {
    if (typeof title !== 'string') return fail('title', 'title must be a string.');
    if (title.trim().length > MAX_VIEW_TITLE)
      return fail('title', `title has at most ${MAX_VIEW_TITLE} characters.`);
  }
  const pin = body.pin;
  if (pin !== undefined && pin !== null && typeof pin !== 'boolean')
    return fail('pin', 'pin must be true or false.');
  const state = parseViewState(params);
  if ((params.has('from') || params.has('to')) && !state.from && !state.to)
    return fail('from', 'from must not be after to.');
  return {
    ok: true,
    value: {
      state,
      title: typeof title === 'string' && title.trim() ? title.trim() : null,
      pin: pin === true,
    },
  };
}

/** What a saved view stores as its state: the URL's query object (defaults left out). */
export function storedViewState(state: ViewState): Record<string, string> {
  return viewStateToQuery(state);
}

/** 10 characters of base62 from a cryptographic random source (~59 bits): short, not guessable. */
export function newViewSlug(length = 10): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const out: string[] = [];
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      // 248 = 4 × 62: rejecting larger bytes keeps every character equally likely.
      if (b < 248 && out.length < length) out.push(alphabet[b % 62]!);
    }
  }
  return out.join('');
}

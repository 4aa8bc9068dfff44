import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES } from '@/lib/domain/vocabulary';
import {
  DEFAULT_VIEW_STATE,
  eventIdOf,
  isEventId,
  isMoment,
  isSlugValue,
  LIST_FIELDS,
  LIST_ITEM_RULES,
  momentOf,
} from './rules';
import {
  DEFAULT_VIEW_STATE as SCHEMA_DEFAULT,
  eventId,
  LIST_FIELDS as SCHEMA_LIST_FIELDS,
  listItemSchemas,
  moment,
  slugValue,
  viewStateSchema,
} from './schema';

// The URL codec checks values with rules.ts's predicates (no zod in the browser); the API and
// saved views with schema.ts's zod schemas. Both must accept exactly the same values.

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const slugish = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-z0-9-]{0,90}$/),
  fc.stringMatching(/^[a-zA-Z0-9 _-]{1,12}$/),
);
const uuidish = fc.oneof(
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid(),
  fc.uuid().map((u) => u.slice(1)),
  fc.uuid().map((u) => `${u}x`),
  fc.string(),
);
const momentish = fc.oneof(
  fc.string(),
  fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc
    .tuple(
      digits(4),
      digits(2),
      digits(2),
      digits(2),
      digits(2),
      digits(2),
      pick(['', '.5', '.123456']),
      pick(['Z', '+02:00', '-11:30', '+24:00', '', 'z', '+0200']),
    )
    .map(([y, mo, d, h, mi, s, f, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f}${z}`),
  pick(['2024-02-29T12:00:00Z', '2023-02-29T12:00:00Z', '1900-02-29', '2000-02-29T00:00:00+01:00']),
);

describe('rules.ts and schema.ts agree', () => {
  it('slugs', () => {
    fc.assert(
      fc.property(slugish, (v) => {
        expect(isSlugValue(v)).toBe(slugValue.safeParse(v).success);
      }),
      {
        numRuns: 2000,
      },
    );
  });

  it('event ids, and their spelling', () => {
    fc.assert(
      fc.property(uuidish, (v) => {
        const parsed = eventId.safeParse(v);
        expect(isEventId(v)).toBe(parsed.success);
        if (parsed.success) expect(eventIdOf(v)).toBe(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('moments, and their normal form', () => {
    fc.assert(
      fc.property(momentish, (v) => {
        const parsed = moment.safeParse(v);
        expect(isMoment(v)).toBe(parsed.success);
        if (parsed.success) expect(momentOf(v)).toBe(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('list items', () => {
    expect(LIST_FIELDS).toEqual(SCHEMA_LIST_FIELDS);
    const values = fc.oneof(slugish, pick(EVENT_TYPES), pick(EVENT_STATUSES));
    fc.assert(
      fc.property(pick(LIST_FIELDS), values, (field, v) => {
        expect(LIST_ITEM_RULES[field](v)).toBe(listItemSchemas[field].safeParse(v).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('the default view', () => {
    expect(DEFAULT_VIEW_STATE).toEqual(viewStateSchema.parse({}));
    expect(SCHEMA_DEFAULT).toBe(DEFAULT_VIEW_STATE);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from './schemas';

// Property-based fuzzing of every write schema (fast-check, fixed seed): whatever is thrown at
// them — random JSON, the right fields with hostile or wrongly typed values, unknown fields —
// safeParse never throws, a refusal names the field at fault, and an accepted URL is http(s)
// (a `javascript:` or `data:` link stored here would run in a reader's browser).

const SEED = 20_261_124;
const RUNS = 400;

const WRITE_SCHEMAS: [string, z.ZodType][] = (Object.entries(schemas) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && entry[0].endsWith('Input'),
);

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http://',
  'https://x',
  '//evil.example/x',
  '\u0000',
  '\ud800',
  '🦄'.repeat(300),
  'a'.repeat(100_000),
  '__proto__',
  'constructor',
  '2019-02-29',
  'late 2018',
  '00000000-0000-0000-0000-000000000000',
];

const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE, null, true, 0, -1, 1e308, Number.NaN, [], {}, [null], { $gt: '' }),
  fc.string({ maxLength: 50 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function shapeOf(schema: z.ZodType): string[] {
  const inner = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return inner ? Object.keys(inner) : [];
}

describe('write schemas fuzz', () => {
  it('there are write schemas to fuzz', () => {
    expect(WRITE_SCHEMAS.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'eventInput',
        'sourceInput',
        'organizationInput',
        'eventLinkInput',
        'viewInput',
      ]),
    );
  });

  for (const [name, schema] of WRITE_SCHEMAS) {
    const fields = shapeOf(schema);
    const input = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.dictionary(fc.constantFrom(...fields, '__proto__', 'unknownField', 'constructor'), hostileValue, {
        maxKeys: fields.length + 2,
      }),
    );

    it(`${name}: safeParse never throws, and a refusal names its field`, () => {
      fc.assert(
        fc.property(input, (value) => {
          const result = schema.safeParse(value);
          if (result.success) {
            for (const [key, v] of Object.entries(result.data as Record<string, unknown>)) {
              if (/url|website/i.test(key) && typeof v === 'string') expect(v).toMatch(/^https?:\/\//i);
            }
            return;
          }
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.message).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // An object with the schema's fields is refused field by field (not as a whole).
          if (value && typeof value === 'object' && !Array.isArray(value) && fields.length) {
            expect(
              result.error.issues.some((issue) => issue.path.length > 0 || issue.code === 'custom'),
            ).toBe(true);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it('url fields refuse every non-http(s) scheme', () => {
    for (const url of HOSTILE.filter((v) => /^\s*[a-z]+:/i.test(v) && !/^https?:\/\/\w+\.\w/.test(v))) {
      const result = schemas.sourceInput.safeParse({ outlet: 'o', title: 't', url });
      expect(result.success, url).toBe(false);
      if (!result.success) expect(result.error.issues[0]!.path).toEqual(['url']);
    }
  });
});

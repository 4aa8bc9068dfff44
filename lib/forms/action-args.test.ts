import { describe, expect, it } from 'vitest';
import { MALFORMED_CALL_MESSAGE, isFormData, malformedFormCall, submissionAfter } from './action-args';

// What a server action may be handed by a crafted request (a text/plain reply decodes to plain
// JSON values; bound arguments can be anything): only a real form submission is read.

const empty = () => ({ name: '' });

describe('server action argument checks', () => {
  it('accepts FormData and refuses what JSON can carry', () => {
    expect(isFormData(new FormData())).toBe(true);
    for (const value of [null, undefined, 'x', 1, true, [], [['a', 'b']], {}, { get: 'x' }])
      expect(isFormData(value), JSON.stringify(value)).toBe(false);
  });

  it('a form submission with string ids passes', () => {
    expect(
      malformedFormCall({ previous: { submission: 2 }, data: new FormData(), ids: ['a', 'b'] }, empty),
    ).toBeNull();
  });

  it('anything else is the form’s error state with empty values, never a throw', () => {
    const cases: { previous: unknown; data: unknown; ids?: unknown[] }[] = [
      { previous: { submission: 0 }, data: { vendorId: 'x' } },
      { previous: null, data: 'x' },
      { previous: undefined, data: undefined },
      { previous: { submission: 1 }, data: new FormData(), ids: [{ submission: 0 }] },
      { previous: { submission: 1 }, data: new FormData(), ids: [''] },
      { previous: { submission: 1 }, data: new FormData(), ids: ['x'.repeat(201)] },
    ];
    for (const call of cases) {
      const state = malformedFormCall(call, empty);
      expect(state).toMatchObject({ status: 'error', message: MALFORMED_CALL_MESSAGE, values: { name: '' } });
      expect(state?.fieldErrors).toEqual({});
    }
  });

  it('counts submissions on from any previous state', () => {
    expect(submissionAfter({ submission: 4 })).toBe(5);
    for (const previous of [null, 'x', { submission: 'x' }, { submission: -1 }, { submission: Infinity }])
      expect(submissionAfter(previous)).toBe(1);
  });
});

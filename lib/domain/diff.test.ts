import { describe, expect, it } from 'vitest';
import { deepEqual, diffRecords, diffValues, isEmptyValue } from './diff';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const S1 = '00000000-0000-4000-8000-000000000001';
const S2 = '00000000-0000-4000-8000-000000000002';

const base = {
  id: A,
  version: 1,
  createdAt: '2018-01-01T00:00:00.000Z',
  updatedAt: '2018-01-01T00:00:00.000Z',
  deletedAt: null,
  title: 'AT&T and Huawei deal',
  summary: '',
  status: 'planned',
  date: '2018-01',
  counterpartyIds: [B],
  actorIds: [] as string[],
  citations: [{ sourceId: S1, quote: 'deal is on', speakerId: null, stance: 'supports', note: '' }],
};

describe('deepEqual', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(deepEqual(null, undefined)).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
  });
});

describe('isEmptyValue', () => {
  it('treats absent, null, "", [] and {} as empty, but not 0 or false', () => {
    for (const v of [undefined, null, '', [], {}]) expect(isEmptyValue(v)).toBe(true);
    for (const v of [0, false, 'x', [0], { a: null }]) expect(isEmptyValue(v)).toBe(false);
  });
});

describe('diffRecords', () => {
  it('finds nothing between identical images, and ignores bookkeeping fields', () => {
    expect(diffRecords(base, { ...base })).toEqual([]);
    expect(diffRecords(base, { ...base, version: 2, updatedAt: '2019-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('reports a changed scalar with its before and after', () => {
    const changes = diffRecords(base, { ...base, version: 2, status: 'cancelled' });
    expect(changes).toEqual([
      {
        field: 'status',
        status: 'changed',
        before: 'planned',
        after: 'cancelled',
        diff: { kind: 'value', before: 'planned', after: 'cancelled' },
      },
    ]);
  });

  it('says added and removed when a field goes from or to empty', () => {
    const changes = diffRecords(base, { ...base, summary: 'Cancelled at the last minute', date: '' });
    expect(changes.map((c) => [c.field, c.status])).toEqual([
      ['summary', 'added'],
      ['date', 'removed'],
    ]);
  });

  it('does not report "" becoming null, or a field appearing empty', () => {
    expect(diffRecords({ ...base, summary: '' }, { ...base, summary: null, note: '' })).toEqual([]);
  });

  it('treats id lists as sets: additions and removals, not positions', () => {
    const [change] = diffRecords(base, { ...base, counterpartyIds: [C, B] });
    expect(change?.field).toBe('counterpartyIds');
    expect(change?.diff).toEqual({ kind: 'set', added: [C], removed: [], reordered: false });

    const [removal] = diffRecords(base, { ...base, counterpartyIds: [] });
    expect(removal?.status).toBe('removed');
    expect(removal?.diff).toEqual({ kind: 'set', added: [], removed: [B], reordered: false });

    const [fromEmpty] = diffRecords(base, { ...base, actorIds: [A, C] });
    expect(fromEmpty?.status).toBe('added');
    expect(fromEmpty?.diff).toEqual({ kind: 'set', added: [A, C], removed: [], reordered: false });
  });

  it('notices a mere reordering of a list of scalars', () => {
    const before = { ...base, counterpartyIds: [A, B] };
    const [change] = diffRecords(before, { ...before, counterpartyIds: [B, A] });
    expect(change?.diff).toEqual({ kind: 'set', added: [], removed: [], reordered: true });
  });

  it('counts repeated values in lists of scalars', () => {
    expect(diffValues(['x', 'x'], ['x'])).toEqual({
      kind: 'set',
      added: [],
      removed: ['x'],
      reordered: false,
    });
  });

  it('matches citations by source and reports their field changes', () => {
    const after = {
      ...base,
      citations: [
        { sourceId: S1, quote: 'the deal is off', speakerId: null, stance: 'contradicts', note: '' },
        { sourceId: S2, quote: '', speakerId: B, stance: 'supports', note: '' },
      ],
    };
    const [change] = diffRecords(base, after);
    expect(change?.field).toBe('citations');
    expect(change?.diff.kind).toBe('list');
    if (change?.diff.kind !== 'list') throw new Error('expected a list diff');
    const [edited, added] = change.diff.items;
    expect(edited).toMatchObject({ key: S1, status: 'changed', beforeIndex: 0, afterIndex: 0 });
    expect(edited?.changes?.map((c) => [c.field, c.before, c.after])).toEqual([
      ['quote', 'deal is on', 'the deal is off'],
      ['stance', 'supports', 'contradicts'],
    ]);
    expect(added).toMatchObject({ key: S2, status: 'added', afterIndex: 1 });
  });

  it('keeps a citation matched when others are inserted before it', () => {
    const second = { sourceId: S2, quote: 'q', speakerId: null, stance: 'supports', note: '' };
    const after = { ...base, citations: [second, ...base.citations] };
    const [change] = diffRecords(base, after);
    if (change?.diff.kind !== 'list') throw new Error('expected a list diff');
    expect(change.diff.items).toEqual([{ key: S2, afterIndex: 0, status: 'added', after: second }]);
  });

  it('pairs up a source cited twice by occurrence', () => {
    const one = { sourceId: S1, quote: 'first', stance: 'supports' };
    const two = { sourceId: S1, quote: 'second', stance: 'supports' };
    const diff = diffValues([one, two], [one, { ...two, quote: 'second, corrected' }]);
    if (diff?.kind !== 'list') throw new Error('expected a list diff');
    expect(diff.items).toHaveLength(1);
    expect(diff.items[0]).toMatchObject({
      key: `${S1} (2)`,
      status: 'changed',
      beforeIndex: 1,
      afterIndex: 1,
    });
  });

  it('reports removed citations', () => {
    const [change] = diffRecords(base, { ...base, citations: [] });
    expect(change?.status).toBe('removed');
    if (change?.diff.kind !== 'list') throw new Error('expected a list diff');
    expect(change.diff.items).toEqual([
      { key: S1, beforeIndex: 0, status: 'removed', before: base.citations[0] },
    ]);
  });

  it('matches objects without a key by position', () => {
    const diff = diffValues([{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 3 }, { a: 4 }]);
    if (diff?.kind !== 'list') throw new Error('expected a list diff');
    expect(diff.items.map((i) => [i.key, i.status])).toEqual([
      ['#2', 'changed'],
      ['#3', 'added'],
    ]);
  });

  it('recurses into nested objects', () => {
    const before = { state: { vendors: ['xiaomi'], window: { from: '2018', to: '2019' } } };
    const after = { state: { vendors: ['xiaomi', 'zte'], window: { from: '2018', to: '2020' } } };
    const [change] = diffRecords(before, after);
    expect(change?.diff.kind).toBe('object');
    if (change?.diff.kind !== 'object') throw new Error('expected an object diff');
    expect(change.diff.changes.map((c) => [c.field, c.diff.kind])).toEqual([
      ['vendors', 'set'],
      ['window', 'object'],
    ]);
  });

  it('falls back to a whole-value change when the shape changes', () => {
    expect(diffValues('2018', ['2018'])).toEqual({ kind: 'value', before: '2018', after: ['2018'] });
    expect(diffValues([1, { a: 1 }], [1])).toEqual({ kind: 'value', before: [1, { a: 1 }], after: [1] });
    expect(diffValues(1, 1)).toBeNull();
  });

  it('lists every stated field of a creation as added', () => {
    const changes = diffRecords(null, base);
    expect(changes.map((c) => c.field)).toEqual(['title', 'status', 'date', 'counterpartyIds', 'citations']);
    expect(changes.every((c) => c.status === 'added')).toBe(true);
  });

  it('honours a custom ignore list and item keys', () => {
    const changes = diffRecords({ a: 1, b: 1 }, { a: 2, b: 2 }, { ignore: ['a'] });
    expect(changes.map((c) => c.field)).toEqual(['b']);
    const diff = diffValues([{ slug: 'x', n: 1 }], [{ slug: 'x', n: 2 }], { itemKeys: ['slug'] });
    if (diff?.kind !== 'list') throw new Error('expected a list diff');
    expect(diff.items[0]).toMatchObject({ key: 'x', status: 'changed' });
  });

  it('does not mutate its inputs', () => {
    const before = structuredClone(base);
    const after = { ...structuredClone(base), counterpartyIds: [C] };
    const frozenBefore = JSON.stringify(before);
    const frozenAfter = JSON.stringify(after);
    diffRecords(before, after);
    expect(JSON.stringify(before)).toBe(frozenBefore);
    expect(JSON.stringify(after)).toBe(frozenAfter);
  });
});

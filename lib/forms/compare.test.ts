import { describe, expect, it } from 'vitest';
import { compareValues, describeValue, sameValue, type FieldSpec } from './compare';
import { EVENT_FIELDS, emptyEventValues, eventValuesFromRecord, type EventValues } from './event-form';

const names: Record<string, string> = {
  'v-xiaomi': 'Xiaomi',
  'r-uk': 'United Kingdom',
  'r-es': 'Spain',
  's-verge': 'The Verge — Xiaomi expands',
  'p-lei': 'Lei Jun',
  'o-att': 'AT&T',
  'o-walmart': 'Walmart',
};
const resolve = (id: string) => names[id];

const spec = (kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name: 'f',
  label: 'F',
  kind,
  ...extra,
});

describe('sameValue', () => {
  it('ignores surrounding and repeated whitespace in text', () => {
    expect(sameValue(spec('text'), '  Xiaomi  enters the UK ', 'Xiaomi enters the UK')).toBe(true);
    expect(sameValue(spec('text'), 'Xiaomi enters the UK', 'Xiaomi enters the UK (officially)')).toBe(false);
  });

  it('treats null, undefined and empty text alike', () => {
    expect(sameValue(spec('text'), null, '')).toBe(true);
    expect(sameValue(spec('ref'), undefined, '')).toBe(true);
  });

  it('compares dates by meaning, not spelling', () => {
    expect(sameValue(spec('date'), '2018-11', 'November 2018')).toBe(true);
    expect(sameValue(spec('date'), 'Q4 2018', '2018-10/2018-12')).toBe(true);
    expect(sameValue(spec('date'), 'late 2018', 'by end 2018 or early 2019')).toBe(false);
    expect(sameValue(spec('date'), '', 'November 2018')).toBe(false);
  });

  it('compares unreadable dates as text', () => {
    expect(sameValue(spec('date'), '2018-13', '2018-13 ')).toBe(true);
    expect(sameValue(spec('date'), '2018-13', '2018-11')).toBe(false);
  });

  it('compares id lists as sets', () => {
    expect(sameValue(spec('refs'), ['o-att', 'o-walmart'], ['o-walmart', 'o-att'])).toBe(true);
    expect(sameValue(spec('refs'), ['o-att'], ['o-att', 'o-att'])).toBe(true);
    expect(sameValue(spec('refs'), ['o-att'], [])).toBe(false);
    expect(sameValue(spec('refs'), undefined, [])).toBe(true);
  });

  it('compares citations regardless of order, and tells a new source from a saved one', () => {
    const a = { sourceId: 's-verge', quote: 'We are coming', speakerId: 'p-lei', stance: 'supports' };
    const b = { sourceId: 's-wsj', quote: '', speakerId: '', stance: 'contradicts' };
    expect(sameValue(spec('citations'), [a, b], [b, a])).toBe(true);
    expect(sameValue(spec('citations'), [a], [{ ...a, quote: 'We are coming soon' }])).toBe(false);
    expect(sameValue(spec('citations'), [a], [{ ...a, stance: 'contradicts' }])).toBe(false);
    const fresh = { ...a, sourceId: '', newSource: { outlet: 'The Verge', title: 'Xiaomi expands' } };
    expect(sameValue(spec('citations'), [a], [fresh])).toBe(false);
  });
});

describe('describeValue', () => {
  it('names referenced records and sorts lists', () => {
    expect(describeValue(spec('refs'), ['o-walmart', 'o-att'], resolve)).toEqual(['AT&T', 'Walmart']);
    expect(describeValue(spec('ref'), 'v-xiaomi', resolve)).toEqual(['Xiaomi']);
    expect(describeValue(spec('ref'), 'unknown-id', resolve)).toEqual(['unknown-id']);
    expect(describeValue(spec('ref'), '', resolve)).toEqual([]);
  });

  it('uses the words of an enum', () => {
    expect(
      describeValue(spec('enum', { labels: { market_entry: 'Market entry' } }), 'market_entry', resolve),
    ).toEqual(['Market entry']);
  });

  it('shows a typed date with its interpretation, and a bad one as such', () => {
    expect(describeValue(spec('date'), 'November 2018', resolve)).toEqual(['November 2018']);
    expect(describeValue(spec('date'), '2018-11', resolve)).toEqual(['2018-11 (November 2018)']);
    expect(describeValue(spec('date'), '2018-13', resolve)).toEqual(['2018-13 (not a date)']);
  });

  it('describes a citation in one line', () => {
    const lines = describeValue(
      spec('citations'),
      [
        { sourceId: 's-verge', quote: 'We are  coming', speakerId: 'p-lei', stance: 'contradicts' },
        {
          sourceId: '',
          newSource: { outlet: 'Reuters', title: 'Xiaomi in the UK' },
          quote: '',
          speakerId: '',
          stance: 'supports',
        },
      ],
      resolve,
    );
    expect(lines).toEqual([
      'The Verge — Xiaomi expands “We are coming” said by Lei Jun (contradicts)',
      'New source: Reuters — Xiaomi in the UK',
    ]);
  });
});

describe('compareValues on the event form', () => {
  const saved = {
    id: 'e-1',
    version: 2,
    title: 'Xiaomi enters the UK',
    summary: '',
    type: 'market_entry',
    status: 'happened',
    vendorId: 'v-xiaomi',
    regionId: 'r-uk',
    date: '2018-11',
    counterpartyIds: ['o-att'],
    counterpartyNote: '',
    actorIds: [],
    personIds: [],
    productIds: [],
    citations: [{ sourceId: 's-verge', quote: 'Hello UK', speakerId: null, stance: 'supports', note: '' }],
  };

  it('finds nothing when the form holds the record unchanged', () => {
    const current = eventValuesFromRecord(saved);
    const mine = eventValuesFromRecord(saved);
    expect(compareValues(current, mine, EVENT_FIELDS, resolve)).toEqual([]);
  });

  it('lists only the fields that differ, in form order, in words', () => {
    const current = eventValuesFromRecord({
      ...saved,
      title: 'Xiaomi launches in the UK',
      status: 'announced',
    });
    const mine: EventValues = {
      ...eventValuesFromRecord(saved),
      date: '2018-11', // same month, spelled differently: not a difference
      regionId: 'r-es',
      counterpartyIds: ['o-att', 'o-walmart'],
    };
    const diffs = compareValues(current, mine, EVENT_FIELDS, resolve);
    expect(diffs.map((d) => d.name)).toEqual(['title', 'status', 'regionId', 'counterpartyIds']);
    expect(diffs[0]).toEqual({
      name: 'title',
      label: 'Title',
      current: ['Xiaomi launches in the UK'],
      mine: ['Xiaomi enters the UK'],
    });
    expect(diffs[1]).toMatchObject({ current: ['Announced'], mine: ['Happened'] });
    expect(diffs[2]).toMatchObject({ current: ['United Kingdom'], mine: ['Spain'] });
    expect(diffs[3]).toMatchObject({ current: ['AT&T'], mine: ['AT&T', 'Walmart'] });
  });

  it('shows an emptied field as empty', () => {
    const current = eventValuesFromRecord(saved);
    const mine = { ...emptyEventValues(), ...eventValuesFromRecord(saved), vendorId: '' };
    expect(compareValues(current, mine, EVENT_FIELDS, resolve)).toEqual([
      { name: 'vendorId', label: 'Vendor', current: ['Xiaomi'], mine: [] },
    ]);
  });
});

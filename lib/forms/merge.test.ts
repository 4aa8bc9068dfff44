import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './compare';
import { EVENT_FIELDS, eventValuesFromRecord, type EventValues } from './event-form';
import { conflictRows, mergeValues, outcomeOf } from './merge';

const title: FieldSpec = { name: 'title', label: 'Title', kind: 'text' };

describe('outcomeOf', () => {
  it('applies a field only I changed', () => {
    expect(outcomeOf(title, { title: 'A' }, { title: 'A' }, { title: 'B' })).toBe('yours');
  });
  it('keeps a field only they changed', () => {
    expect(outcomeOf(title, { title: 'A' }, { title: 'C' }, { title: 'A' })).toBe('theirs-kept');
  });
  it('lets mine replace theirs when both changed it', () => {
    expect(outcomeOf(title, { title: 'A' }, { title: 'C' }, { title: 'B' })).toBe('yours-replaces');
  });
  it('reads a re-spelled date as unchanged', () => {
    const date: FieldSpec = { name: 'date', label: 'Date', kind: 'date' };
    expect(outcomeOf(date, { date: 'November 2018' }, { date: 'Q4 2018' }, { date: '2018-11' })).toBe(
      'theirs-kept',
    );
  });
});

describe('mergeValues on the event form', () => {
  const read = eventValuesFromRecord({
    title: 'Xiaomi enters the UK',
    summary: '',
    type: 'market_entry',
    status: 'announced',
    vendorId: 'v',
    regionId: 'r',
    date: '2018-11',
    counterpartyIds: ['a'],
    actorIds: [],
    personIds: [],
    productIds: [],
    citations: [{ sourceId: 's', quote: 'q', speakerId: null, stance: 'supports', note: '' }],
  });

  it('keeps their summary and applies my title (the two-browser case)', () => {
    const theirs: EventValues = { ...read, summary: 'Launch event in London.' };
    const mine: EventValues = { ...read, title: 'Xiaomi launches in the UK' };
    const merged = mergeValues(read, theirs, mine, EVENT_FIELDS);
    expect(merged.title).toBe('Xiaomi launches in the UK');
    expect(merged.summary).toBe('Launch event in London.');
    expect(merged.citations).toEqual(read.citations);
  });

  it('takes my whole citation list when I changed it, theirs otherwise', () => {
    const theirs: EventValues = { ...read, counterpartyIds: ['a', 'b'] };
    const mine: EventValues = {
      ...read,
      citations: [...read.citations, { ...read.citations[0]!, sourceId: 't' }],
    };
    const merged = mergeValues(read, theirs, mine, EVENT_FIELDS);
    expect(merged.citations).toHaveLength(2);
    expect(merged.counterpartyIds).toEqual(['a', 'b']);
  });

  it('carries fields outside the compared set (links) from my input', () => {
    const mine: EventValues = {
      ...read,
      links: [{ linkId: '', version: '', type: 'fulfils', toEventId: 'e', note: '' }],
    };
    expect(mergeValues(read, read, mine, EVENT_FIELDS).links).toEqual(mine.links);
  });
});

describe('conflictRows', () => {
  const base = { title: 'A', summary: '', status: 'planned' };
  const specs: FieldSpec[] = [
    title,
    { name: 'summary', label: 'Summary', kind: 'text' },
    { name: 'status', label: 'Status', kind: 'enum', labels: { planned: 'Planned', happened: 'Happened' } },
  ];

  it('lists differing fields with what applying does to each', () => {
    const theirs = { title: 'A', summary: 'Theirs', status: 'happened' };
    const mine = { title: 'Mine', summary: '', status: 'planned' };
    expect(conflictRows(base, theirs, mine, specs)).toEqual([
      { name: 'title', label: 'Title', current: ['A'], mine: ['Mine'], outcome: 'yours' },
      { name: 'summary', label: 'Summary', current: ['Theirs'], mine: [], outcome: 'theirs-kept' },
      { name: 'status', label: 'Status', current: ['Happened'], mine: ['Planned'], outcome: 'theirs-kept' },
    ]);
  });

  it('says nothing about the outcome when the version read is unknown', () => {
    expect(conflictRows(null, { ...base, title: 'B' }, base, specs)[0]?.outcome).toBeNull();
  });
});

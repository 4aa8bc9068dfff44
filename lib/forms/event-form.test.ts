import { describe, expect, it } from 'vitest';
import { eventInput } from '@/lib/domain/schemas';
import {
  PLACEHOLDER_ID,
  emptyEventValues,
  eventInputFromValues,
  eventValuesFromRecord,
  readEventForm,
  validateEventValues,
  type EventValues,
} from './event-form';

const XIAOMI = '11111111-1111-4111-8111-111111111111';
const UK = '22222222-2222-4222-8222-222222222222';
const VERGE = '33333333-3333-4333-8333-333333333333';
const LEI = '44444444-4444-4444-8444-444444444444';
const OTHER_EVENT = '55555555-5555-4555-8555-555555555555';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const valid: EventValues = {
  ...emptyEventValues(),
  title: 'Xiaomi enters the UK',
  type: 'market_entry',
  status: 'happened',
  vendorId: XIAOMI,
  regionId: UK,
  date: 'November 2018',
};

describe('readEventForm', () => {
  it('reads every field, citations with saved or new sources, and links', () => {
    const values = readEventForm(
      form([
        ['title', 'Xiaomi enters the UK'],
        ['type', 'market_entry'],
        ['status', 'happened'],
        ['vendorId', XIAOMI],
        ['date', 'November 2018'],
        ['personIds', LEI],
        ['citations.0.sourceMode', 'existing'],
        ['citations.0.sourceId', VERGE],
        ['citations.0.newSource.outlet', 'typed then switched away'],
        ['citations.0.quote', 'Hello'],
        ['citations.0.stance', 'contradicts'],
        ['citations.1.sourceMode', 'new'],
        ['citations.1.sourceId', VERGE],
        ['citations.1.newSource.outlet', 'Reuters'],
        ['citations.1.newSource.title', 'Xiaomi in the UK'],
        ['citations.1.newSource.url', 'https://example.org/a'],
        ['citations.1.newSource.published', '8 November 2018'],
        ['citations.1.speakerId', LEI],
        ['links.0.type', 'fulfils'],
        ['links.0.toEventId', OTHER_EVENT],
      ]),
    );
    expect(values.title).toBe('Xiaomi enters the UK');
    expect(values.personIds).toEqual([LEI]);
    expect(values.citations).toEqual([
      {
        sourceMode: 'existing',
        sourceId: VERGE,
        newSource: null,
        quote: 'Hello',
        speakerId: '',
        stance: 'contradicts',
        note: '',
      },
      {
        sourceMode: 'new',
        sourceId: '',
        newSource: {
          outlet: 'Reuters',
          title: 'Xiaomi in the UK',
          url: 'https://example.org/a',
          published: '8 November 2018',
        },
        quote: '',
        speakerId: LEI,
        stance: 'supports',
        note: '',
      },
    ]);
    expect(values.links).toEqual([
      { linkId: '', version: '', type: 'fulfils', toEventId: OTHER_EVENT, note: '' },
    ]);
  });
});

describe('eventInputFromValues', () => {
  it('produces what the event schema accepts, with created source ids filled in', () => {
    const values: EventValues = {
      ...valid,
      citations: [
        {
          sourceMode: 'new',
          sourceId: '',
          newSource: { outlet: 'Reuters', title: 'T', url: '', published: '' },
          quote: 'q',
          speakerId: '',
          stance: 'supports',
          note: '',
        },
      ],
    };
    const input = eventInputFromValues(values, [VERGE]);
    const parsed = eventInput.parse(input);
    expect(parsed.date.edtf).toBe('2018-11');
    expect(parsed.citations).toEqual([
      { sourceId: VERGE, quote: 'q', speakerId: null, stance: 'supports', note: '' },
    ]);
    expect(parsed.regionId).toBe(UK);
  });

  it('round-trips a saved record through the form', () => {
    const image = {
      id: OTHER_EVENT,
      version: 1,
      ...eventInputFromValues(valid),
      date: '2018-12~/2019-03~',
      citations: [{ sourceId: VERGE, quote: 'q', speakerId: LEI, stance: 'supports', note: '' }],
    };
    const values = eventValuesFromRecord(image);
    expect(values.date).toBe('around December 2018 to around March 2019');
    expect(values.citations[0]).toMatchObject({ sourceMode: 'existing', sourceId: VERGE, speakerId: LEI });
    expect(eventInput.parse(eventInputFromValues(values)).date.edtf).toBe('2018-12~/2019-03~');
  });
});

describe('validateEventValues', () => {
  it('accepts a complete event', () => {
    expect(validateEventValues(valid)).toEqual({});
  });

  it('puts the date parser’s own message on the date field', () => {
    expect(validateEventValues({ ...valid, date: '2018-13' })).toEqual({
      date: ['Month 13 does not exist (months are 01-12).'],
    });
  });

  it('asks plainly for a type and a status left empty', () => {
    const errors = validateEventValues({ ...valid, type: '', status: '' });
    expect(errors.type).toEqual(['Choose the kind of event']);
    expect(errors.status).toEqual(['Choose a status']);
  });

  it('reports problems in every citation, new source and link at once', () => {
    const errors = validateEventValues({
      ...valid,
      title: '',
      citations: [
        {
          sourceMode: 'existing',
          sourceId: '',
          newSource: null,
          quote: '',
          speakerId: '',
          stance: 'supports',
          note: '',
        },
        {
          sourceMode: 'new',
          sourceId: '',
          newSource: { outlet: '', title: 'A title', url: 'javascript:alert(1)', published: '2018-13' },
          quote: '',
          speakerId: '',
          stance: 'supports',
          note: '',
        },
      ],
      links: [
        { linkId: '', version: '', type: 'cancels', toEventId: '', note: '' },
        { linkId: '', version: '', type: 'fulfils', toEventId: OTHER_EVENT, note: '' },
        { linkId: '', version: '', type: 'fulfils', toEventId: OTHER_EVENT, note: '' },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual([
      'citations.0.sourceId',
      'citations.1.newSource.outlet',
      'citations.1.newSource.published',
      'citations.1.newSource.url',
      'links.0.toEventId',
      'links.2.toEventId',
      'title',
    ]);
    expect(errors['citations.1.newSource.url']).toEqual([
      'Enter a full web address starting with http:// or https://',
    ]);
    expect(errors['citations.1.newSource.published']).toEqual([
      'Month 13 does not exist (months are 01-12).',
    ]);
    expect(errors['links.0.toEventId']).toEqual(['Choose the event this one links to']);
    expect(errors['links.2.toEventId']).toEqual(['This link is listed twice']);
  });

  it('refuses a link from the event to itself', () => {
    const errors = validateEventValues(
      { ...valid, links: [{ linkId: '', version: '', type: 'related', toEventId: OTHER_EVENT, note: '' }] },
      OTHER_EVENT,
    );
    expect(errors['links.0.toEventId']).toEqual(['An event cannot link to itself']);
  });

  it('uses a placeholder id that the schemas accept', () => {
    expect(eventInput.shape.vendorId.safeParse(PLACEHOLDER_ID).success).toBe(true);
  });
});

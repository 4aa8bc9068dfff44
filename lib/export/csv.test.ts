import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventListItem } from '@/lib/domain/dto';
import { EVENT_CSV_COLUMNS, eventCsvRow, exportFileName, neutralizeFormula, toCsvLines } from './csv';

const HOSTILE = 'Deal, "quoted"\nnew line <script>alert(1)</script> 小米 café';

const event: EventListItem = {
  id: '00000000-0000-4000-8000-000000000001',
  title: HOSTILE,
  summary: '=HYPERLINK("http://evil.test","click")',
  type: 'carrier_partnership',
  status: 'cancelled',
  date: {
    edtf: '2018-01',
    lo: '2018-01-01',
    hi: '2018-01-31',
    precision: 'month',
    approximate: false,
    uncertain: false,
    label: 'January 2018',
  },
  vendor: { id: 'v', slug: 'huawei', name: 'Huawei', kind: 'vendor' },
  region: { id: 'r', slug: 'united-states', name: 'United States', kind: 'country', isoCode: 'US' },
  counterparties: [{ id: 'a', slug: 'att', name: 'AT&T', kind: 'carrier' }],
  counterpartyNote: '@everyone',
  actors: [],
  sources: [
    {
      sourceId: 's',
      outlet: 'O',
      title: 'T',
      url: 'https://x.test/a,b',
      published: null,
      publishedLabel: null,
      quote: '+1 quote',
      speaker: null,
      stance: 'supports',
      note: '',
      sourceNote: '',
    },
  ],
  version: 2,
  updatedAt: '2026-11-24T00:00:00.000Z',
};

describe('CSV export', () => {
  it('neutralizes formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralizeFormula(`${start}x`)).toBe(`'${start}x`);
    expect(neutralizeFormula('plain')).toBe('plain');
    expect(neutralizeFormula("'already")).toBe("'already");
  });

  it('quotes commas, quotes and line breaks and round-trips through a CSV parser', () => {
    const text = toCsvLines([[...EVENT_CSV_COLUMNS], eventCsvRow(event, 'https://b.test')]);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const [header, row] = parsed.data;
    expect(header).toEqual([...EVENT_CSV_COLUMNS]);
    const cell = (name: (typeof EVENT_CSV_COLUMNS)[number]) => row![EVENT_CSV_COLUMNS.indexOf(name)];
    expect(cell('title')).toBe(HOSTILE);
    expect(cell('summary')).toBe(`'=HYPERLINK("http://evil.test","click")`);
    expect(cell('counterparty_note')).toBe("'@everyone");
    expect(cell('quotes')).toBe("'+1 quote");
    expect(cell('counterparties')).toBe('AT&T');
    expect(cell('sources')).toBe('https://x.test/a,b');
    expect(cell('url')).toBe('https://b.test/events/00000000-0000-4000-8000-000000000001');
    expect(cell('window_start')).toBe('2018-01-01');
  });

  it('keeps numbers as numbers, even negative ones', () => {
    expect(toCsvLines([[-3, 1.5, null, true]])).toBe('-3,1.5,,true\r\n');
    expect(toCsvLines([])).toBe('');
  });

  it('names files after the filter', () => {
    expect(
      exportFileName('beachhead-events', ['huawei', undefined, 'United States!'], '2026-11-24', 'csv'),
    ).toBe('beachhead-events-huawei-united-states-2026-11-24.csv');
    expect(exportFileName('beachhead-events', [], '2026-11-24', 'csv')).toBe(
      'beachhead-events-2026-11-24.csv',
    );
  });
});

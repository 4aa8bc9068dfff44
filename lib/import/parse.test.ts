import { describe, expect, it } from 'vitest';
import { detectFormat, normalizeHeader, parseCsv, parseJson, splitList } from './parse';
import { templateCsv, templateJson } from './template';
import { syntheticImportCsv } from './testing/synthetic-import';

describe('parseCsv', () => {
  it('reads rows with 1-based numbers where the header is row 1', () => {
    const parsed = parseCsv(
      'title,type,status,date\nOne,statement,happened,2018\n\nTwo,statement,happened,2019\n',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // The blank line is not a row, but it still counts: "Two" is on line 4.
    expect(parsed.rows.map((r) => [r.row, r.title])).toEqual([
      [2, 'One'],
      [4, 'Two'],
    ]);
    expect(parsed.rows[0]!.sources).toEqual([]);
  });

  it('is forgiving about header case, spaces and a BOM, and splits counterparties on ; or ,', () => {
    const parsed = parseCsv(
      '\uFEFFTitle,Type,Status,Date,Counterparties,Source URL\nA,statement,happened,2018,"att; walmart",https://example.com/a\n',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows[0]).toMatchObject({ title: 'A', counterparties: ['att', 'walmart'] });
    expect(parsed.rows[0]!.sources[0]).toMatchObject({ url: 'https://example.com/a' });
    expect(parsed.rows[0]!.sources[0]!.columnOf('url')).toBe('source_url');
  });

  it('keeps quoted commas and line breaks inside a field', () => {
    const parsed = parseCsv(
      'title,type,status,date,summary\n"A, with comma",statement,happened,2018,"two\nlines"\n',
    );
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ title: 'A, with comma', summary: 'two\nlines' });
  });

  it('reports unknown, duplicate and missing columns on row 1', () => {
    const parsed = parseCsv('title,type,colour,title\nA,statement,red,A\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'colour'],
      [1, 'title'],
      [1, 'status'],
      [1, 'date'],
    ]);
  });

  it('reports a row with the wrong number of fields', () => {
    const parsed = parseCsv('title,type,status,date\nA,statement,happened\n');
    expect(parsed).toMatchObject({ ok: false, errors: [{ row: 2, column: '' }] });
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseCsv('')).toMatchObject({ ok: false, errors: [{ row: 1 }] });
    expect(parseCsv('title,type,status,date\n')).toMatchObject({ ok: false, errors: [{ row: 2 }] });
  });
});

describe('parseJson', () => {
  it('takes an array or {events}, with flat source fields or a sources list', () => {
    const flat = parseJson(
      '[{"title":"A","type":"statement","status":"happened","date":"2018","counterparties":["att","walmart"],"source_url":"https://example.com/a"}]',
    );
    expect(flat.ok && flat.rows[0]).toMatchObject({ row: 1, counterparties: ['att', 'walmart'] });
    const listed = parseJson(
      '{"events":[{"title":"A","sources":[{"url":"https://example.com/a"},{"outlet":"O","title":"T","quote":"q"}]}]}',
    );
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.rows[0]!.sources.map((s) => s.columnOf('quote'))).toEqual([
      'sources.0.quote',
      'sources.1.quote',
    ]);
  });

  it('reports malformed JSON, wrong shapes and unknown fields by item', () => {
    expect(parseJson('{')).toMatchObject({ ok: false, errors: [{ row: 0 }] });
    expect(parseJson('{"rows":[]}')).toMatchObject({ ok: false, errors: [{ row: 0 }] });
    const bad = parseJson('[{"title":"A","colour":"red"}, 3, {"title":"B","sources":[{"href":"x"}]}]');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'colour'],
      [2, ''],
      [3, 'sources.0.href'],
    ]);
  });
});

describe('helpers', () => {
  it('detects the format from the name, the media type, then the content', () => {
    expect(detectFormat('x', { fileName: 'a.JSON' })).toBe('json');
    expect(detectFormat('[', { mediaType: 'text/csv' })).toBe('csv');
    expect(detectFormat('  [{}]')).toBe('json');
    expect(detectFormat('title\n')).toBe('csv');
  });
  it('normalises headers and splits lists', () => {
    expect(normalizeHeader(' Source-Published ')).toBe('source_published');
    expect(splitList(' a ;b,, c ')).toEqual(['a', 'b', 'c']);
  });
  it('parses its own templates and the synthetic test file', () => {
    expect(parseCsv(templateCsv()).ok).toBe(true);
    expect(parseJson(templateJson()).ok).toBe(true);
    const synthetic = parseCsv(syntheticImportCsv(50, { tag: 'unit' }));
    expect(synthetic.ok && synthetic.rows.length).toBe(50);
    // Deterministic: the same call gives the same file.
    expect(syntheticImportCsv(20, { tag: 'x', badIndex: 3 })).toBe(
      syntheticImportCsv(20, { tag: 'x', badIndex: 3 }),
    );
  });
});

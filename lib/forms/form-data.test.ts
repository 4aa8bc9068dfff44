import { describe, expect, it } from 'vitest';
import { readGroups, readList, readText, readVersions } from './form-data';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('form-data readers', () => {
  it('reads text, empty when absent', () => {
    const data = form([['title', ' Xiaomi ']]);
    expect(readText(data, 'title')).toBe(' Xiaomi ');
    expect(readText(data, 'summary')).toBe('');
  });

  it('reads repeated values as a de-duplicated list without blanks', () => {
    const data = form([
      ['personIds', 'a'],
      ['personIds', ''],
      ['personIds', 'b'],
      ['personIds', 'a'],
    ]);
    expect(readList(data, 'personIds')).toEqual(['a', 'b']);
    expect(readList(data, 'productIds')).toEqual([]);
  });

  it('reads indexed groups in index order, nested names kept whole', () => {
    const data = form([
      ['citations.10.quote', 'ten'],
      ['citations.2.quote', 'two'],
      ['citations.2.newSource.url', 'https://example.org/'],
      ['citations.x.quote', 'ignored'],
      ['citationsX.1.quote', 'ignored'],
      ['links.0.type', 'cancels'],
    ]);
    expect(readGroups(data, 'citations')).toEqual([
      { quote: 'two', 'newSource.url': 'https://example.org/' },
      { quote: 'ten' },
    ]);
    expect(readGroups(data, 'links')).toEqual([{ type: 'cancels' }]);
  });

  it('reads the version the form was opened on and the one “apply on top” names', () => {
    expect(readVersions(form([['version', '3']]))).toEqual({ read: 3, onto: null });
    expect(
      readVersions(
        form([
          ['version', '3'],
          ['applyOnVersion', '5'],
        ]),
      ),
    ).toEqual({ read: 3, onto: 5 });
    expect(
      readVersions(
        form([
          ['version', 'x'],
          ['applyOnVersion', '-1'],
        ]),
      ),
    ).toEqual({ read: null, onto: null });
    expect(readVersions(form([]))).toEqual({ read: null, onto: null });
  });
});

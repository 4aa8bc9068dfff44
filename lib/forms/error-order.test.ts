import { describe, expect, it } from 'vitest';
import { sortFieldNames } from './error-order';

describe('sortFieldNames', () => {
  const order = [
    'title',
    'date',
    'citations',
    'citations.#.sourceId',
    'citations.#.newSource.outlet',
    'citations.#.newSource.url',
    'links',
    'links.#.toEventId',
  ];

  it('follows the form from top to bottom, groups by index', () => {
    expect(
      sortFieldNames(
        [
          'links.0.toEventId',
          'citations.1.newSource.outlet',
          'citations.0.newSource.url',
          'citations.0.newSource.outlet',
          'date',
          '_',
          'title',
          'citations',
        ],
        order,
      ),
    ).toEqual([
      'title',
      'date',
      'citations',
      'citations.0.newSource.outlet',
      'citations.0.newSource.url',
      'citations.1.newSource.outlet',
      'links.0.toEventId',
      '_',
    ]);
  });
});

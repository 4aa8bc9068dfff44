import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes';
import { buildModel, compareItems, daysFromCivil, fastDayToMs, softEnds, timeOrder } from './model';
import { syntheticTimeline } from './synthetic';
import { articleItems, item } from './test-data';
import { DAY_MS, dayToMs } from './time';

describe('days without Date.UTC', () => {
  it('daysFromCivil agrees with Date.UTC, rolling months and days over like it', () => {
    for (let year = 1899; year <= 2201; year += 7) {
      for (let month = 0; month <= 14; month++) {
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32]) {
          expect(daysFromCivil(year, month, day) * DAY_MS, `${year}-${month}-${day}`).toBe(
            Date.UTC(year, month - 1, day),
          );
        }
      }
    }
  });

  it('fastDayToMs reads YYYY-MM-DD like dayToMs, and refuses what it refuses', () => {
    for (const day of ['1970-01-01', '2018-12-31', '2020-02-29', '2019-02-29', '1900-01-01', '2199-12-31']) {
      expect(fastDayToMs(day), day).toBe(dayToMs(day));
    }
    // Every month of the table (1900-2199) and beyond it, days and months rolling over like Date.UTC.
    const pad = (v: number, w: number) => String(v).padStart(w, '0');
    for (const year of [1899, 1900, 1969, 2000, 2024, 2199, 2200, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32, 99]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(fastDayToMs(text), text).toBe(Date.UTC(year, month - 1, day));
        }
      }
    }
    for (const bad of [
      '2019-1-01',
      '2019-0a-01',
      '20 9-01-01',
      '2019-01-/1',
      '2019/01/01',
      '2019-01-0x',
      'abcd-01-01',
      '',
      '2019-01-011',
    ]) {
      expect(fastDayToMs(bad), bad).toBeNaN();
      expect(dayToMs(bad), bad).toBeNaN();
    }
  });
});

describe('time order', () => {
  it('keeps data that is already in (start, end, id) order without sorting, and sorts the rest', () => {
    const items = articleItems();
    const model = buildModel({ items, links: [] });
    const sorted = [...model.order].map((i) => items[i]!);
    const again = buildModel({ items: sorted, links: [] });
    expect([...again.order]).toEqual(sorted.map((_, i) => i));
    const reversed = [...sorted].reverse();
    const fromReversed = buildModel({ items: reversed, links: [] });
    expect([...fromReversed.order].map((i) => reversed[i]!.id)).toEqual(sorted.map((x) => x.id));
  });

  it('receives synthetic events in the API order (date_lo, date_hi, id): nothing to sort', () => {
    const data = syntheticTimeline({ count: 3000, seed: 2 });
    expect([...buildModel(data).order]).toEqual(data.items.map((_, i) => i));
  });

  it('breaks ties on the end, then the id', () => {
    const items = [
      item({ id: 'b', lo: '2018-01-01', hi: '2018-03-31' }),
      item({ id: 'a', lo: '2018-01-01', hi: '2018-03-31' }),
      item({ id: 'c', lo: '2018-01-01', hi: '2018-01-31' }),
    ];
    const start = Float64Array.from(items.map((x) => dayToMs(x.date.lo)));
    const end = Float64Array.from(items.map((x) => dayToMs(x.date.hi) + DAY_MS));
    const order = timeOrder(items, start, end);
    expect([...order].map((i) => items[i]!.id)).toEqual(['c', 'a', 'b']);
    for (let k = 1; k < order.length; k++)
      expect(compareItems(items, start, end, order[k - 1]!, order[k]!)).toBeLessThan(0);
  });
});

describe('the model', () => {
  it('matches a straightforward build on synthetic data (columns, order, links, ids)', () => {
    const data = syntheticTimeline({ count: 2000, seed: 3 });
    const model = buildModel(data);
    data.items.forEach((x, i) => {
      expect(model.start[i]).toBe(dayToMs(x.date.lo));
      expect(model.end[i]).toBe(dayToMs(x.date.hi) + DAY_MS);
      expect(model.point[i]).toBe(x.date.lo === x.date.hi ? 1 : 0);
      const soft = softEnds(x.date.edtf, x.date.approximate, x.date.uncertain);
      expect([model.softStart[i], model.softEnd[i]]).toEqual([soft.start ? 1 : 0, soft.end ? 1 : 0]);
    });
    const expected = data.items
      .map((_, i) => i)
      .sort((a, b) => compareItems(data.items, model.start, model.end, a, b));
    expect([...model.order]).toEqual(expected);
    expect(model.links).toHaveLength(data.links.length);
    for (const [k, link] of model.links.entries()) {
      expect(data.items[link.from]!.id).toBe(data.links[k]!.fromId);
      expect(data.items[link.to]!.id).toBe(data.links[k]!.toId);
    }
    // The id index is built on first use, and names every item.
    expect(model.indexById.size).toBe(data.items.length);
    expect(model.indexById.get(data.items[1234]!.id)).toBe(1234);
  });

  it('drops links to events it does not hold', () => {
    const items = articleItems();
    const model = buildModel({
      items,
      links: [
        { fromId: 'cancel', toId: 'deal', type: 'cancels' },
        { fromId: 'cancel', toId: 'elsewhere', type: 'cancels' },
      ],
    });
    expect(model.links).toHaveLength(1);
    expect(model.linksOf.get(model.indexById.get('deal')!)).toEqual([0]);
  });

  it('builds one lane per vendor, region or type without per-event lists, as for counterparties', () => {
    const data = syntheticTimeline({ count: 500, seed: 4 });
    const model = buildModel(data);
    for (const group of ['vendor', 'region', 'type'] as const) {
      const lanes = buildLanes(model, group);
      expect(
        lanes.reduce((sum, lane) => sum + lane.entries.length, 0),
        group,
      ).toBe(500);
      for (const lane of lanes) {
        const entries = [...lane.entries];
        expect(entries).toEqual(
          [...entries].sort((a, b) => compareItems(data.items, model.start, model.end, a, b)),
        );
      }
    }
    expect(buildLanes(model, 'region').map((l) => l.label)).toEqual(['No region']);
  });
});

describe('lazy lists', () => {
  it('computes each value once, when first read', async () => {
    const { lazyList } = await import('./layout');
    const made: number[] = [];
    const list = lazyList(4, (k) => {
      made.push(k);
      return k * 10;
    });
    expect(list).toHaveLength(4);
    expect(made).toEqual([]);
    expect(list[2]).toBe(20);
    expect(list[2]).toBe(20);
    expect(made).toEqual([2]);
    expect(list.map((v) => v + 1)).toEqual([1, 11, 21, 31]);
    expect(made).toEqual([2, 0, 1, 3]);
  });
});

describe('rows a lane needs', () => {
  it('matches the plain greedy packing (visualStart / visualEnd, first row that fits)', async () => {
    const { maxRowsFor, rowsNeeded, visualEnd, visualStart, METRICS } = await import('./layout');
    for (const count of [40, 3000]) {
      const data = syntheticTimeline({ count, seed: 7, lanes: 12 });
      const model = buildModel(data);
      const lanes = buildLanes(model, 'vendor');
      const max = maxRowsFor(lanes.length) + 3;
      for (const lane of lanes) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const i of lane.entries) {
          lo = Math.min(lo, model.start[i]!);
          hi = Math.max(hi, model.end[i]!);
        }
        const mpp = Math.max(hi - lo, 30 * DAY_MS) / 1000;
        const ends: number[] = [];
        for (const i of lane.entries) {
          const vs = visualStart(model, i, mpp);
          const r = ends.findIndex((end) => vs >= end + METRICS.gapPx * mpp);
          if (r >= 0) ends[r] = visualEnd(model, i, mpp);
          else if (ends.length < max) ends.push(visualEnd(model, i, mpp));
        }
        expect(rowsNeeded(model, lane.entries, max), lane.key).toBe(Math.max(1, ends.length));
      }
    }
  });
});

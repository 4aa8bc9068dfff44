import { describe, expect, it } from 'vitest';
import { hitTest, itemBox } from './hit';
import { buildLanes, compareLaneLabels } from './lanes';
import { buildScene, layoutLane, METRICS, quantizeMsPerPx, visualEnd, visualStart } from './layout';
import { buildModel } from './model';
import { articleItems, item } from './test-data';
import { DAY_MS, windowFromBounds } from './time';
import type { Viewport } from './viewport';

const model = () =>
  buildModel({ items: articleItems(), links: [{ fromId: 'cancel', toId: 'deal', type: 'cancels' }] });

describe('lanes', () => {
  it('groups by vendor, sorted by name, each in time order', () => {
    const lanes = buildLanes(model(), 'vendor');
    expect(lanes.map((l) => l.label)).toEqual(['Huawei', 'Xiaomi', 'ZTE']);
    const m = model();
    const xiaomi = buildLanes(m, 'vendor')[1]!;
    expect([...xiaomi.entries].map((i) => m.items[i]!.id)).toEqual(['madrid', 'india', 'walmart', 'us-plan']);
  });

  it('puts an event in every counterparty lane, and the rest in a last lane', () => {
    const lanes = buildLanes(model(), 'counterparty');
    expect(lanes.map((l) => l.label)).toEqual(['AT&T', 'Walmart', 'No named counterparty']);
    expect(lanes[0]!.entries).toHaveLength(2);
  });

  it('orders lane names as the English collator does (case- and accent-insensitive)', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const alphabet = 'aAbBmMzZ059 éÉ&-(),.';
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = () =>
      Array.from(
        { length: Math.floor(random() * 7) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    for (let k = 0; k < 20_000; k++) {
      const a = word();
      const b = word();
      expect(Math.sign(compareLaneLabels(a, b)), `${a} | ${b}`).toBe(Math.sign(collator.compare(a, b)));
    }
    for (const [a, b] of [
      ['Vendor 01', 'vendor 1'],
      ['HMD Global', 'Honor'],
      ['Vendor 10', 'Vendor 9'],
      ['Zte', 'ZTE'],
      ['Apple', 'Apple Inc'],
    ] as const)
      expect(Math.sign(compareLaneLabels(a, b)), `${a} | ${b}`).toBe(Math.sign(collator.compare(a, b)));
  });

  it('orders type lanes as the vocabulary does', () => {
    expect(buildLanes(model(), 'type').map((l) => l.key)).toEqual([
      'planned_entry',
      'presence',
      'store_opening',
      'retail_availability',
      'carrier_partnership',
      'partnership_cancelled',
      'statement',
    ]);
  });
});

describe('packing and counts', () => {
  it('never overlaps two marks in a row, at any zoom', () => {
    const m = model();
    const scene = buildScene(m, 'vendor');
    for (const mpp of [DAY_MS / 50, DAY_MS / 2, DAY_MS * 3, DAY_MS * 40]) {
      const layout = scene.layoutAt(mpp);
      for (const lane of layout.lanes) {
        for (const row of lane.rowItems) {
          for (let k = 1; k < row.length; k++) {
            expect(visualStart(m, row[k]!, layout.msPerPx)).toBeGreaterThanOrEqual(
              visualEnd(m, row[k - 1]!, layout.msPerPx) + METRICS.gapPx * layout.msPerPx,
            );
          }
        }
      }
    }
  });

  it('gives the founding article’s lanes enough rows that nothing is folded when zoomed to 2017-2019', () => {
    const scene = buildScene(model(), 'vendor');
    const w = windowFromBounds('2017-01', '2019-12')!;
    const layout = scene.layoutAt((w.end - w.start) / 1000);
    expect(layout.lanes.every((lane) => lane.clusters.length === 0)).toBe(true);
    expect(scene.laneRows).toEqual([4, 2, 1]);
  });

  it('folds what does not fit into counts that merge, and unfolds them when zooming in', () => {
    const items = Array.from({ length: 200 }, (_, k) =>
      item({ lo: `2018-01-${String((k % 28) + 1).padStart(2, '0')}` }),
    );
    const m = buildModel({ items, links: [] });
    const entries = m.order;
    const out = layoutLane(m, entries, 2, DAY_MS * 30);
    const folded = out.clusters.reduce((sum, c) => sum + c.members.length, 0);
    const placed = out.rowItems.reduce((sum, r) => sum + r.length, 0);
    expect(placed + folded).toBe(200);
    expect(out.clusters).toHaveLength(1);
    const zoomed = layoutLane(m, entries, 2, DAY_MS / 100);
    expect(zoomed.clusters.reduce((sum, c) => sum + c.members.length, 0)).toBeLessThan(folded);
    // Placement agrees with rows and clusters.
    for (const [i, place] of out.placement) {
      if (place >= 0) expect([...out.rowItems[place]!]).toContain(i);
      else expect(out.clusters[-place - 1]!.members).toContain(i);
    }
  });

  it('quantizes zoom to levels that never undercount overlap', () => {
    for (const mpp of [1, 1000, 86_400_000, 123_456_789]) {
      const q = quantizeMsPerPx(mpp);
      expect(q.msPerPx).toBeGreaterThanOrEqual(mpp * (1 - 1e-9));
      expect(q.msPerPx).toBeLessThan(mpp * 1.19);
    }
  });
});

describe('hit testing', () => {
  it('finds the mark under a point and nothing in empty space', () => {
    const m = model();
    const scene = buildScene(m, 'vendor');
    const view: Viewport = { window: windowFromBounds('2017-01', '2019-12')!, width: 1000, plotLeft: 0 };
    const layout = scene.layoutAt((view.window.end - view.window.start) / 1000);
    const plan = m.indexById.get('us-plan')!;
    const box = itemBox(scene, layout, view, 1, plan)!;
    expect(box.folded).toBe(false);
    expect(hitTest(scene, layout, view, box.x + box.w / 2, box.y + box.h / 2)).toEqual({
      kind: 'item',
      index: plan,
      lane: 1,
    });
    expect(hitTest(scene, layout, view, 5, box.y + 2)).toBeNull();
    expect(hitTest(scene, layout, view, box.x + 2, 10)).toBeNull();
  });
});

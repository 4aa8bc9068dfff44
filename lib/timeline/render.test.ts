import { describe, expect, it } from 'vitest';
import { densityBins } from './density';
import { cursorFor, cursorItem, initialCursor, moveCursor } from './keyboard';
import { buildScene } from './layout';
import { describeMark, markStyle, markTokens } from './mark-style';
import { buildModel, softEnds } from './model';
import { estimateTextWidth, type Painter, type PathSink } from './painter';
import { EMPTY_STATE, placeRowLabels, renderTimeline } from './render';
import { SvgPainter } from './svg-painter';
import { syntheticTimeline } from './synthetic';
import { articleItems } from './test-data';
import { LIGHT_THEME } from './theme';
import { axisTicks } from './ticks';
import { DAY_MS, windowFromBounds } from './time';

const links = [
  { fromId: 'cancel', toId: 'deal', type: 'cancels' as const },
  { fromId: 'denies', toId: 'cancel', type: 'responds_to' as const },
];

describe('mark style', () => {
  it('draws the planned US entry as a dashed window with soft edges, the cancelled deal struck through', () => {
    const [, , plan, , , deal, , , , day] = articleItems();
    expect(markTokens(plan!)).toBe('window soft-start soft-end dashed');
    expect(describeMark(plan!)).toBe('window with soft edges (approximate ends), dashed outline (planned)');
    expect(markTokens(deal!)).toBe('window solid struck-through');
    expect(markStyle(day!)).toMatchObject({ shape: 'point', crossed: true });
    expect(softEnds('2018-12~/2019-03', true, false)).toEqual({ start: true, end: false });
  });
});

describe('axis ticks', () => {
  it('adapts from decades to days', () => {
    const span = (from: string, to: string) => axisTicks(windowFromBounds(from, to)!, 1000).unit;
    expect(span('1900', '2199')).toBe('decade');
    expect(span('2010', '2025')).toBe('year');
    expect(span('2017-01', '2019-12')).toBe('month');
    expect(span('2018-03-01', '2018-03-20')).toBe('day');
    const months = axisTicks(windowFromBounds('2017-01', '2019-12')!, 1000);
    expect(months.context.map((c) => c.label)).toEqual(['2017', '2018', '2019']);
  });
});

describe('keyboard navigation', () => {
  const model = buildModel({ items: articleItems(), links });
  const scene = buildScene(model, 'vendor');
  const id = (c: ReturnType<typeof moveCursor>) => model.items[cursorItem(scene, c)!]!.id;

  it('moves in time order within a lane and on into the next', () => {
    let c = cursorFor(scene, model.indexById.get('madrid')!);
    expect(c).toEqual({ lane: 1, pos: 0 });
    c = moveCursor(scene, c, 'next');
    expect(id(c)).toBe('india');
    c = moveCursor(scene, moveCursor(scene, c, 'next'), 'next');
    expect(id(c)).toBe('us-plan');
    c = moveCursor(scene, c, 'next');
    expect(id(c)).toBe('zte');
    expect(id(moveCursor(scene, c, 'next'))).toBe('zte');
    expect(id(moveCursor(scene, c, 'prev'))).toBe('us-plan');
  });

  it('moves up and down to the nearest event in time; Home and End reach the ends', () => {
    const plan = cursorFor(scene, model.indexById.get('us-plan')!);
    expect(id(moveCursor(scene, plan, 'up'))).toBe('day');
    expect(id(moveCursor(scene, plan, 'down'))).toBe('zte');
    expect(id(moveCursor(scene, plan, 'first'))).toBe('madrid');
    expect(id(moveCursor(scene, plan, 'last'))).toBe('us-plan');
    expect(id(initialCursor(scene, windowFromBounds('2018-05', '2018-07')))).toBe('day');
  });
});

describe('labels', () => {
  it('never overlap and never run into the next mark', () => {
    const marks = [
      { x0: 0, x1: 10 },
      { x0: 20, x1: 30 },
      { x0: 200, x1: 210 },
      { x0: 260, x1: 300 },
    ];
    const placed = placeRowLabels(marks, (_k, available) => Math.min(120, available), 0, 1000);
    for (let k = 1; k < placed.length; k++)
      expect(placed[k]!.x).toBeGreaterThanOrEqual(placed[k - 1]!.x + placed[k - 1]!.width + 8);
    for (const p of placed) {
      const next = marks[p.k + 1];
      if (next) expect(p.x + p.width).toBeLessThanOrEqual(next.x0 - 10);
    }
    expect(placed.map((p) => p.k)).toEqual([1, 2, 3]);
  });
});

/** A painter that records calls, to count work per frame without a canvas. */
class CountingPainter implements Painter {
  calls = { shapes: 0, soft: 0, text: 0 };
  begin() {}
  shapes(_s: unknown, draw: (p: PathSink) => void) {
    this.calls.shapes++;
    const noop = () => {};
    draw({ rect: noop, roundRect: noop, diamond: noop, line: noop, triangle: noop, bezier: noop });
  }
  softRect() {
    this.calls.soft++;
  }
  text() {
    this.calls.text++;
  }
  measure = estimateTextWidth;
  clip() {}
  translate() {}
  unclip() {}
  end() {}
}

describe('renderer', () => {
  it('paints the founding article as SVG: dashed soft window, strike, link arrow, labels', () => {
    const model = buildModel({ items: articleItems(), links });
    const scene = buildScene(model, 'vendor');
    const svg = new SvgPainter();
    const info = renderTimeline(
      svg,
      scene,
      { window: windowFromBounds('2017-01', '2019-12')!, width: 1100, plotLeft: 100 },
      { ...EMPTY_STATE, selected: model.indexById.get('us-plan')!, now: Date.UTC(2018, 6, 1) },
      { theme: LIGHT_THEME, laneLabels: true },
    );
    const doc = svg.toString();
    expect(doc.startsWith('<svg')).toBe(true);
    expect(info.marks).toBe(10);
    expect(info.clusters).toBe(0);
    expect(info.links).toBe(2);
    expect(info.selectedBox).not.toBeNull();
    expect(doc).toContain('stroke-dasharray="5 3"');
    expect(doc).toContain('linearGradient');
    expect(doc).toContain('>Huawei</text>');
    expect(doc).toContain('Xiaomi plans to enter the US market');
  });

  it('draws 10,000 events in a bounded number of batches, only what is visible', () => {
    const data = syntheticTimeline({ count: 10_000, seed: 7 });
    const t0 = performance.now();
    const model = buildModel(data);
    const scene = buildScene(model, 'vendor');
    const built = performance.now() - t0;
    const painter = new CountingPainter();
    const view = {
      window: { start: Date.UTC(2010, 0, 1), end: Date.UTC(2026, 0, 1) },
      width: 1200,
      plotLeft: 0,
    };
    const t1 = performance.now();
    const full = renderTimeline(painter, scene, view, EMPTY_STATE, { theme: LIGHT_THEME });
    const first = performance.now() - t1;
    const placed =
      full.marks +
      scene
        .layoutAt((view.window.end - view.window.start) / 1200)
        .lanes.reduce((s, l) => s + l.clusters.reduce((a, c) => a + c.members.length, 0), 0);
    expect(placed).toBe(10_000);
    expect(painter.calls.shapes).toBeLessThan(60);
    const zoomed = renderTimeline(
      new CountingPainter(),
      scene,
      { ...view, window: { start: Date.UTC(2018, 0, 1), end: Date.UTC(2018, 0, 1) + 30 * DAY_MS } },
      EMPTY_STATE,
      { theme: LIGHT_THEME },
    );
    expect(zoomed.marks).toBeLessThan(full.marks);
    // Scrolled: only the lanes in view are drawn (the surface is 500 px tall).
    const scrolled = renderTimeline(
      new CountingPainter(),
      scene,
      { ...view, scrollY: 800, height: 500 },
      EMPTY_STATE,
      { theme: LIGHT_THEME },
    );
    expect(scrolled.marks).toBeGreaterThan(0);
    expect(scrolled.marks).toBeLessThan(full.marks / 3);
    // Counts in a lane never overlap and stay small enough to point somewhere.
    for (const lane of scene.layoutAt((view.window.end - view.window.start) / 1200).lanes) {
      for (let c = 1; c < lane.clusters.length; c++)
        expect(lane.clusters[c]!.start).toBeGreaterThan(lane.clusters[c - 1]!.end);
    }
    // Informal timing, printed for the record (not asserted tightly: machines differ).
    const t2 = performance.now();
    for (let k = 0; k < 20; k++) {
      renderTimeline(
        new CountingPainter(),
        scene,
        {
          ...view,
          window: { start: view.window.start + k * 5 * DAY_MS, end: view.window.end + k * 5 * DAY_MS },
        },
        EMPTY_STATE,
        { theme: LIGHT_THEME },
      );
    }
    const pan = (performance.now() - t2) / 20;
    console.info(
      `[informal] 10k: model+scene ${built.toFixed(1)} ms, first frame (layout+draw calls) ${first.toFixed(1)} ms, pan frame ${pan.toFixed(1)} ms`,
    );
    expect(first).toBeLessThan(2000);
  });

  it('counts events per bin for the overview', () => {
    const model = buildModel({ items: articleItems(), links: [] });
    const extent = windowFromBounds('2017', '2019')!;
    const bins = densityBins(model, extent, 36);
    const width = (extent.end - extent.start) / 36;
    bins.forEach((count, k) => {
      const a = extent.start + k * width;
      const b = a + width;
      let expected = 0;
      for (let i = 0; i < model.items.length; i++) if (model.start[i]! < b && model.end[i]! > a) expected++;
      expect(count).toBe(expected);
    });
    expect(bins[0]).toBe(0);
  });
});

describe('static rendering (export, previews)', () => {
  it('draws a view as a standalone SVG with lane names, reproducibly', async () => {
    const { renderTimelineSvg } = await import('./static');
    const options = {
      data: { items: articleItems(), links, truncated: false, limit: 100 },
      group: 'vendor' as const,
      window: windowFromBounds('2017-01', '2019-12'),
      width: 1200,
      selectedId: 'us-plan',
    };
    const a = renderTimelineSvg(options);
    expect(a.svg).toBe(renderTimelineSvg(options).svg);
    expect(a.width).toBe(1200);
    expect(a.svg).toContain('>Xiaomi</text>');
    expect(a.svg).toContain('>2018</text>');
    expect(a.svg.match(/<g/g)?.length).toBe(a.svg.match(/<\/g>/g)?.length);
  });
});

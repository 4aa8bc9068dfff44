'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { syntheticTimeline } from '@/lib/timeline/synthetic';
import type { TimeWindow, TimelineData } from '@/lib/timeline/types';
import { Timeline } from './timeline';

// A development page's timeline of synthetic events (no database), to check that thousands of
// events stay smooth. It records its frames on window.__timelineFrames for scripted timing.

declare global {
  interface Window {
    __timelineFrames?: { ms: number; marks: number; at: number }[];
    /**
     * From mounting the timeline (the events already in memory) to the end of the first frame
     * that shows its drawing: React's first commit, model, layout, drawing, and the browser's
     * rendering of that frame.
     */
    __timelineFirstFrameMs?: number;
    /** Milliseconds spent generating the events, before the clock above starts. */
    __timelineGenerateMs?: number;
  }
}

/** Calls `done` once the frame now being prepared has been rendered (a task after its animation frame). */
export function afterNextPaint(done: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `done` once the page's own start-up work is over: the load event, half a second for the
 * layout's links to hydrate and prefetch, then an idle period. The benchmark's vis-timeline page
 * waits the same way, so neither clock counts work that is not the renderer's.
 */
function whenPageSettled(done: () => void) {
  const idle = () => requestIdleCallback(() => done(), { timeout: 2000 });
  const afterLoad = () => setTimeout(idle, 500);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

export function SyntheticTimeline({ count, seed }: { count: number; seed: number }) {
  const [run, setRun] = useState<{ data: TimelineData; t0: number } | null>(null);
  const [firstFrame, setFirstFrame] = useState<number | null>(null);
  const [win, setWin] = useState<TimeWindow | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    // Generate the events first (not timed, like vis-timeline's page fetching its data), as the
    // API would deliver them (parsed JSON), then, on a fresh frame, start the clock and mount
    // the timeline synchronously.
    const g0 = performance.now();
    const data = JSON.parse(JSON.stringify(syntheticTimeline({ count, seed }))) as TimelineData;
    window.__timelineGenerateMs = performance.now() - g0;
    let cancelled = false;
    whenPageSettled(() => {
      if (cancelled) return;
      requestAnimationFrame(() => {
        setTimeout(() => {
          if (cancelled) return;
          const t0 = performance.now();
          flushSync(() => setRun({ data, t0 }));
        }, 0);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [count, seed]);
  if (!run) return <p className="muted">Generating {count.toLocaleString('en')} events…</p>;
  return (
    <div className="stack-s">
      <p className="muted" data-testid="synthetic-info">
        {count.toLocaleString('en')} synthetic events in 20 lanes.{' '}
        {firstFrame !== null ? `First frame ${firstFrame.toFixed(0)} ms after mounting.` : ''}
      </p>
      <Timeline
        data={run.data}
        group="vendor"
        window={win}
        onWindowChange={setWin}
        selectedId={selected}
        onSelect={setSelected}
        label="Timeline of synthetic events"
        onFrame={(frame) => {
          const frames = (window.__timelineFrames ??= []);
          frames.push({ ms: frame.ms, marks: frame.marks, at: performance.now() });
          if (frames.length === 1) {
            const drawn = performance.now();
            afterNextPaint(() => {
              const end = performance.now();
              performance.measure('timeline:commit-to-draw', { start: run.t0, end: drawn });
              const rendered = performance.getEntriesByName('timeline:render-start')[0];
              if (rendered)
                performance.measure('timeline:to-render', { start: run.t0, end: rendered.startTime });
              performance.measure('timeline:first-frame', { start: run.t0, end });
              window.__timelineFirstFrameMs = end - run.t0;
              setFirstFrame(window.__timelineFirstFrameMs);
            });
          }
        }}
      />
    </div>
  );
}

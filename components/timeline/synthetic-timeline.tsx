'use client';

import { useEffect, useState } from 'react';
import { syntheticTimeline } from '@/lib/timeline/synthetic';
import type { TimeWindow, TimelineData } from '@/lib/timeline/types';
import { Timeline } from './timeline';

// A development page's timeline of synthetic events (no database), to check that thousands of
// events stay smooth. It records its frames on window.__timelineFrames for scripted timing.

declare global {
  interface Window {
    __timelineFrames?: { ms: number; marks: number; at: number }[];
    /** From generating the data to the end of the first drawn frame (generation, React, layout, drawing). */
    __timelineFirstFrameMs?: number;
  }
}

export function SyntheticTimeline({ count, seed }: { count: number; seed: number }) {
  const [run, setRun] = useState<{ data: TimelineData; t0: number } | null>(null);
  const [firstFrame, setFirstFrame] = useState<number | null>(null);
  const [win, setWin] = useState<TimeWindow | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const t0 = performance.now();
      setRun({ data: syntheticTimeline({ count, seed }), t0 });
    });
    return () => cancelAnimationFrame(id);
  }, [count, seed]);
  if (!run) return <p className="muted">Generating {count.toLocaleString('en')} events…</p>;
  return (
    <div className="stack-s">
      <p className="muted" data-testid="synthetic-info">
        {count.toLocaleString('en')} synthetic events in 20 lanes.{' '}
        {firstFrame !== null
          ? `First frame ${firstFrame.toFixed(0)} ms after generating the data began.`
          : ''}
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
          if (window.__timelineFirstFrameMs === undefined) {
            window.__timelineFirstFrameMs = performance.now() - run.t0;
            setFirstFrame(window.__timelineFirstFrameMs);
          }
        }}
      />
    </div>
  );
}

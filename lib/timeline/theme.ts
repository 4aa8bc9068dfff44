import type { EventLinkType, EventStatus } from '@/lib/domain/vocabulary';

// Colours of the drawing. The defaults are the light palette of app/globals.css; the browser
// component reads the live CSS custom properties (dark mode included), exports and preview
// images use these.

export interface StatusColors {
  fg: string;
  bg: string;
  line: string;
}

export interface TimelineTheme {
  background: string;
  laneStripe: string;
  laneRule: string;
  grid: string;
  gridStrong: string;
  axisBackground: string;
  axisText: string;
  text: string;
  textMuted: string;
  today: string;
  focus: string;
  selected: string;
  clusterFill: string;
  clusterLine: string;
  clusterText: string;
  fontFamily: string;
  status: Record<EventStatus, StatusColors>;
  link: Record<EventLinkType, string>;
}

export const LIGHT_THEME: TimelineTheme = {
  background: '#ffffff',
  laneStripe: '#f5f7fa',
  laneRule: '#d8dee6',
  grid: '#e6eaf0',
  gridStrong: '#aab4c1',
  axisBackground: '#eef1f5',
  axisText: '#475467',
  text: '#152030',
  textMuted: '#475467',
  today: '#0d5c85',
  focus: '#1a66d9',
  selected: '#0d5c85',
  clusterFill: '#e2eff7',
  clusterLine: '#0d5c85',
  clusterText: '#0a4766',
  fontFamily: "'Inter Variable', ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  status: {
    planned: { fg: '#84470a', bg: '#fff5e6', line: '#bf7416' },
    announced: { fg: '#1c4b8c', bg: '#e9f1fc', line: '#3a72c0' },
    happened: { fg: '#145733', bg: '#e4f4eb', line: '#2c8654' },
    cancelled: { fg: '#4f5866', bg: '#eef0f3', line: '#6b7585' },
    denied: { fg: '#9d1f26', bg: '#fdebec', line: '#c6373e' },
    rumoured: { fg: '#5f3797', bg: '#f3edfb', line: '#8a63c4' },
    postponed: { fg: '#6d5200', bg: '#fbf4d9', line: '#b08a16' },
  },
  link: {
    cancels: '#c6373e',
    fulfils: '#2c8654',
    responds_to: '#3a72c0',
    supersedes: '#b08a16',
    related: '#8591a2',
  },
};

// Parsed colours by their text: a frame asks for the same few colours over and over.
const parsed = new Map<string, [number, number, number, number] | null>();

function parseColor(color: string): [number, number, number, number] | null {
  let value = parsed.get(color);
  if (value === undefined) {
    if (parsed.size > 500) parsed.clear();
    value = readColor(color);
    parsed.set(color, value);
  }
  return value;
}

function readColor(color: string): [number, number, number, number] | null {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(c);
  if (hex) {
    let h = hex[1]!;
    if (h.length <= 4) h = h.replace(/./g, (d) => d + d);
    const n = (k: number) => parseInt(h.slice(k, k + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(c);
  if (rgb) {
    const parts = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (parts.length >= 3 && parts.slice(0, 3).every(Number.isFinite))
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  return null;
}

/** `color` with its opacity set to `alpha` (hex or rgb() colours; others are returned as given). */
export function withAlpha(color: string, alpha: number): string {
  const p = parseColor(color);
  return p ? `rgba(${p[0]}, ${p[1]}, ${p[2]}, ${alpha})` : color;
}

/** `a` blended toward `b` by `t` (0 = a, 1 = b), opaque; `a` when either cannot be read. */
export function mixColors(a: string, b: string, t: number): string {
  const p = parseColor(a);
  const q = parseColor(b);
  if (!p || !q) return a;
  const m = (k: 0 | 1 | 2) => Math.round(p[k] + (q[k] - p[k]) * t);
  return `rgb(${m(0)}, ${m(1)}, ${m(2)})`;
}

import { LIGHT_THEME, type TimelineTheme } from '@/lib/timeline/theme';
import { EVENT_STATUSES } from '@/lib/domain/vocabulary';

/** The drawing's colours from the page's CSS custom properties (light or dark scheme). */
export function themeFromCss(element: Element): TimelineTheme {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const t = LIGHT_THEME;
  const status = Object.fromEntries(
    EVENT_STATUSES.map((s) => [
      s,
      {
        fg: v(`--${s}-fg`, t.status[s].fg),
        bg: v(`--${s}-bg`, t.status[s].bg),
        line: v(`--${s}-line`, t.status[s].line),
      },
    ]),
  ) as TimelineTheme['status'];
  return {
    background: v('--surface', t.background),
    laneStripe: v('--bg', t.laneStripe),
    laneRule: v('--border', t.laneRule),
    grid: v('--surface-sunken', t.grid),
    gridStrong: v('--border-strong', t.gridStrong),
    axisBackground: v('--surface-sunken', t.axisBackground),
    axisText: v('--text-muted', t.axisText),
    text: v('--text', t.text),
    textMuted: v('--text-muted', t.textMuted),
    today: v('--accent', t.today),
    focus: v('--focus', t.focus),
    selected: v('--accent', t.selected),
    clusterFill: v('--accent-soft', t.clusterFill),
    clusterLine: v('--accent', t.clusterLine),
    clusterText: v('--text', t.clusterText),
    fontFamily: v('--font-sans', t.fontFamily),
    status: { ...status, cancelled: { ...status.cancelled, fg: v('--cancelled-fg', t.status.cancelled.fg) } },
    link: {
      cancels: v('--denied-line', t.link.cancels),
      fulfils: v('--happened-line', t.link.fulfils),
      responds_to: v('--announced-line', t.link.responds_to),
      supersedes: v('--postponed-line', t.link.supersedes),
      related: v('--border-strong', t.link.related),
    },
  };
}

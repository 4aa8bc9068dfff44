import type { CellState, PresenceState } from '@/lib/dashboard/types';

export const PRESENCE_STATES: readonly PresenceState[] = [
  'established',
  'entered',
  'planned',
  'cancelled',
  'exited',
];

export const PRESENCE_LABELS: Record<CellState, string> = {
  established: 'Established',
  entered: 'Entered',
  planned: 'Planned',
  cancelled: 'Cancelled',
  exited: 'Exited',
  absent: 'Absent',
};

/** A glyph beside the word, so the state reads without colour (and at a glance). */
export const PRESENCE_GLYPHS: Record<CellState, string> = {
  established: '●',
  entered: '✓',
  planned: '◌',
  cancelled: '✕',
  exited: '←',
  absent: '–',
};

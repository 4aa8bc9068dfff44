import { readFileSync } from 'node:fs';
import path from 'node:path';

// Inter for the preview images, from the installed @fontsource/inter package (the same face
// the app uses, no network). next/og (satori) reads TTF, OTF and WOFF but not WOFF2, so the
// .woff files are read from node_modules on the first request and kept in memory.

export const PREVIEW_FONT_FAMILY = 'Inter';

type Weight = 400 | 500 | 600 | 700;

export interface PreviewFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: 'normal';
}

/** Latin for every weight the card uses, Latin Extended (accented names) for regular and bold. */
const FILES: { subset: 'latin' | 'latin-ext'; weight: Weight }[] = [
  { subset: 'latin', weight: 400 },
  { subset: 'latin', weight: 500 },
  { subset: 'latin', weight: 600 },
  { subset: 'latin', weight: 700 },
  { subset: 'latin-ext', weight: 400 },
  { subset: 'latin-ext', weight: 600 },
];

let cached: PreviewFont[] | undefined;

/** The font files' directory (overridable for tests). */
export function fontsourceDir(root = process.cwd()): string {
  return path.join(root, 'node_modules', '@fontsource', 'inter', 'files');
}

/** Inter's WOFF files as next/og fonts; read once per process. Empty if the package is missing. */
export function previewFonts(dir = fontsourceDir()): PreviewFont[] {
  if (cached) return cached;
  const fonts: PreviewFont[] = [];
  for (const { subset, weight } of FILES) {
    try {
      const file = readFileSync(path.join(dir, `inter-${subset}-${weight}-normal.woff`));
      const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
      fonts.push({ name: PREVIEW_FONT_FAMILY, data, weight, style: 'normal' });
    } catch (error) {
      // Keep drawing with next/og's own font rather than failing the image.
      console.warn(`[preview] Inter ${subset} ${weight} not found in ${dir}: ${(error as Error).message}`);
    }
  }
  // next/og's own font last: satori falls back to it for glyphs Inter's subsets lack.
  try {
    const file = readFileSync(
      path.join(dir, '..', '..', '..', 'next', 'dist', 'compiled', '@vercel', 'og', 'Geist-Regular.ttf'),
    );
    const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    if (fonts.length) fonts.push({ name: 'Geist', data, weight: 400, style: 'normal' });
  } catch {
    // only a fallback
  }
  cached = fonts;
  return fonts;
}

/** A CSS font's weight ("650 11px Inter") as the nearest weight the previews carry. */
export function previewWeight(font: string): Weight {
  const w = Number(/^\s*(\d{3})\b/.exec(font)?.[1] ?? 400);
  return w >= 650 ? 700 : w >= 550 ? 600 : w >= 450 ? 500 : 400;
}

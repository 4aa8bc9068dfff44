import localFont from 'next/font/local';

// The Latin faces of the two fonts, through next/font so the page preloads them: they are the
// faces every page needs before its first text paint (Lighthouse: without web fonts, first paint
// on `/` came 0.8 s earlier). The other scripts (Latin Extended, Cyrillic, Greek, Vietnamese)
// stay with @fontsource's stylesheets, listed after these in --font-sans / --font-serif
// (globals.css): a character these faces lack falls through to them, and a browser downloads
// those faces only when such a character is shown. No generated fallback face here: 'Inter
// Fallback' in globals.css already gives Inter's metrics on a local sans.

export const interLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-latin',
  adjustFontFallback: false,
});

export const serifLatin = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-serif-latin',
  adjustFontFallback: false,
});

/** Classes that define the two variables, for <html>. */
export const fontVariables = `${interLatin.variable} ${serifLatin.variable}`;

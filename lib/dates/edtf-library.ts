import { parse, type EdtfParseNode } from 'edtf';

// The only place that calls the `edtf` package. We use it as a syntax checker and
// tokenizer, never for lo/hi: it reads seasons 21-24 as quarters, reports a wrong max for
// ranged sets, accepts 2019-02-29 (its `edtf()` then rolls it to 1 March), and accepts
// reversed intervals such as 2019/2018 (only `edtf()` throws on those).

export type { EdtfParseNode };

// The parser is a general (Earley) parser and not cheap; lists re-format the same few
// strings over and over, so remember recent answers. Parse trees are never mutated here.
const CACHE_LIMIT = 500;
const cache = new Map<string, EdtfParseNode | null>();

/** The library's parse tree, or null when the text is not EDTF (its messages are parser dumps). */
export function parseWithLibrary(text: string): EdtfParseNode | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let node: EdtfParseNode | null;
  try {
    node = parse(text);
  } catch {
    node = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, node);
  return node;
}

export function isValidEdtfSyntax(text: string): boolean {
  return parseWithLibrary(text) !== null;
}

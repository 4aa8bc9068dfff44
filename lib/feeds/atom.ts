// Atom 1.0 (RFC 4287) for the feed of recent changes. Every text is XML-escaped and stripped of
// characters XML 1.0 cannot carry. Pure.

export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** ISO 8601. */
  updated: string;
  link: string;
  summary: string;
  author: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  entries: readonly AtomEntry[];
}

// Outside XML 1.0's Char production: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/F.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const iso = (value: string) => new Date(value).toISOString();

function entryXml(entry: AtomEntry): string {
  const categories = (entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`);
  return [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${iso(entry.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <author><name>${escapeXml(entry.author || 'unknown')}</name></author>`,
    ...categories,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${iso(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    '  <generator>Beachhead</generator>',
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml } from './atom';

const HOSTILE = `Deal, "quoted" & 'single' <script>alert(1)</script>]]> \u0001bell 小米 café 🚀\nline`;

const feed = (title = 'Xiaomi plans to enter the US market') =>
  buildAtomFeed({
    id: 'https://beachhead.test/changes',
    title: 'Beachhead: recent changes',
    subtitle: HOSTILE,
    updated: '2026-11-24T03:00:00Z',
    selfUrl: 'https://beachhead.test/feeds/changes.atom?x=1&y=2',
    alternateUrl: 'https://beachhead.test/changes',
    entries: [
      {
        id: 'urn:beachhead:revision:42',
        title,
        updated: '2026-11-24T02:59:00Z',
        link: 'https://beachhead.test/changes/event/00000000-0000-4000-8000-000000000001',
        summary: HOSTILE,
        author: HOSTILE,
        categories: ['event', 'update & "more"'],
      },
    ],
  });

describe('Atom serialiser', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001fc\ud800d')).toBe('abcd');
    expect(escapeXml('🚀')).toBe('🚀');
  });

  it('is well-formed XML with hostile strings', () => {
    const xml = feed(HOSTILE);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });

  it('round-trips titles, links and ids', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      feed(HOSTILE),
    ) as {
      feed: {
        entry: { title: { '#text': string }; link: { '@href': string }; id: string };
        link: { '@href': string }[];
      };
    };
    const entry = parsed.feed.entry;
    expect(entry.title['#text']).toBe(HOSTILE.replace('\u0001', ''));
    expect(entry.link['@href']).toBe(
      'https://beachhead.test/changes/event/00000000-0000-4000-8000-000000000001',
    );
    expect(entry.id).toBe('urn:beachhead:revision:42');
  });

  it('entity-decodes back to the original text', () => {
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: true,
    }).parse(feed(HOSTILE)) as { feed: { entry: { title: { '#text': string } } } };
    expect(parsed.feed.entry.title['#text']).toBe(HOSTILE.replace('\u0001', ''));
  });

  it('is well-formed with no entries', () => {
    const xml = buildAtomFeed({
      id: 'x',
      title: 't',
      updated: '2026-01-01T00:00:00Z',
      selfUrl: 'https://a.test/f',
      alternateUrl: 'https://a.test/',
      entries: [],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});

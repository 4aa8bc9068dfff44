import { describe, expect, it } from 'vitest';
import {
  isGatedPageRequest,
  registerDatabaseProbe,
  registeredDatabaseProbe,
  unavailablePageHtml,
} from './database-gate';

describe('database gate', () => {
  it('applies to page GETs and HEADs only: not the API, not build assets, not writes', () => {
    expect(isGatedPageRequest('GET', '/events')).toBe(true);
    expect(isGatedPageRequest('HEAD', '/vendors/xiaomi')).toBe(true);
    expect(isGatedPageRequest('GET', '/api/v1/events')).toBe(false);
    expect(isGatedPageRequest('GET', '/_next/static/chunk.js')).toBe(false);
    expect(isGatedPageRequest('POST', '/events/new')).toBe(false);
  });

  it('shares the probe through globalThis (the proxy is bundled apart from db/)', async () => {
    registerDatabaseProbe(async () => false);
    expect(await registeredDatabaseProbe()!()).toBe(false);
  });

  it('has a self-contained page that says what happened and that nothing is lost', () => {
    const html = unavailablePageHtml();
    expect(html).toContain('<h1>Beachhead is temporarily unavailable</h1>');
    expect(html).toContain('Nothing you saved');
    expect(html).toContain('lang="en"');
    expect(html).not.toMatch(/<script/);
  });
});

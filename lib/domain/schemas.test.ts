import { describe, expect, it } from 'vitest';
import { decide } from './permissions';
import { eventInput, organizationInput, sourceInput } from './schemas';

describe('entity schemas', () => {
  it('parses an event date from natural text into its window', () => {
    const parsed = eventInput.parse({
      title: 'T',
      type: 'planned_entry',
      status: 'planned',
      date: 'by end 2018 or early 2019',
    });
    expect(parsed.date).toMatchObject({ edtf: '2018-12~/2019-03~', lo: '2018-12-01', hi: '2019-03-31' });
    expect(parsed.citations).toEqual([]);
  });

  it("reports the date parser's own message on the date field", () => {
    const result = eventInput.safeParse({
      title: 'T',
      type: 'statement',
      status: 'happened',
      date: '2018-13',
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === 'date');
    expect(issue?.message).toMatch(/month 13/i);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://example.com/x',
    'not a url',
    'http://localhost',
  ])('refuses the source URL %s', (url) => {
    const result = sourceInput.safeParse({ url, outlet: 'O', title: 'T' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['url']);
    expect(result.error!.issues[0]!.message).toMatch(/http:\/\/ or https:\/\//);
  });

  it('accepts http(s) source URLs and a missing one', () => {
    expect(sourceInput.parse({ url: 'https://www.theverge.com/x', outlet: 'O', title: 'T' }).url).toBe(
      'https://www.theverge.com/x',
    );
    expect(sourceInput.parse({ url: '', outlet: 'O', title: 'T' }).url).toBeNull();
  });

  it("reports the parser's message for a bad optional date, and treats empty as absent", () => {
    const bad = sourceInput.safeParse({ outlet: 'O', title: 'T', published: 'someday' });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['published'] });
    expect(bad.error?.issues[0]?.message).toMatch(/someday/);
    expect(sourceInput.parse({ outlet: 'O', title: 'T', published: '' }).published).toBeNull();
  });

  it('refuses bad slugs and kinds with readable messages', () => {
    const result = organizationInput.safeParse({ slug: 'Not OK', name: 'X', kind: 'bank' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(['slug', 'kind']);
  });
});

describe('permissions', () => {
  const user = (role: 'contributor' | 'editor' | 'admin') => ({
    kind: 'user' as const,
    id: 'u',
    name: 'U',
    role,
  });
  it('lets contributors create and update but not delete', () => {
    expect(decide(user('contributor'), 'create', 'event').allowed).toBe(true);
    expect(decide(user('contributor'), 'update', 'source').allowed).toBe(true);
    expect(decide(user('contributor'), 'delete', 'event')).toMatchObject({
      allowed: false,
      reason: 'forbidden',
    });
    expect(decide(user('contributor'), 'revert', 'event').allowed).toBe(false);
  });
  it('lets editors and admins delete, restore and revert', () => {
    for (const role of ['editor', 'admin'] as const) {
      for (const action of ['delete', 'restore', 'revert'] as const)
        expect(decide(user(role), action, 'event').allowed).toBe(true);
    }
  });
  it('asks anonymous visitors to sign in, except to save a view', () => {
    expect(decide({ kind: 'anonymous' }, 'create', 'event')).toMatchObject({
      allowed: false,
      reason: 'unauthenticated',
    });
    expect(decide({ kind: 'anonymous' }, 'create', 'view').allowed).toBe(true);
    expect(decide({ kind: 'anonymous' }, 'update', 'view').allowed).toBe(false);
  });
});

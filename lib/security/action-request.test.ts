import { describe, expect, it } from 'vitest';
import { isServerActionRequest, malformedActionBody, needsBodyCheck } from './action-request';

describe('server-action requests', () => {
  it('are POSTs with a Next-Action header', () => {
    expect(isServerActionRequest('POST', new Headers({ 'next-action': 'abc' }))).toBe(true);
    expect(isServerActionRequest('post', new Headers({ 'Next-Action': 'abc' }))).toBe(true);
    expect(isServerActionRequest('GET', new Headers({ 'next-action': 'abc' }))).toBe(false);
    expect(isServerActionRequest('POST', new Headers())).toBe(false);
  });

  it('multipart bodies are left to React; others are checked', () => {
    expect(needsBodyCheck('multipart/form-data; boundary=x')).toBe(false);
    expect(needsBodyCheck('text/plain;charset=UTF-8')).toBe(true);
    expect(needsBodyCheck('application/json')).toBe(true);
    expect(needsBodyCheck(null)).toBe(true);
  });

  it('a JSON array of arguments passes', () => {
    expect(malformedActionBody('[]')).toBeUndefined();
    expect(malformedActionBody('[{"a":1},"$K1"]')).toBeUndefined();
  });

  it('other bodies are named', () => {
    expect(malformedActionBody('')).toMatch(/no arguments/);
    expect(malformedActionBody('not json')).toMatch(/not valid JSON/);
    expect(malformedActionBody('\uFFFD{')).toMatch(/not valid JSON/);
    expect(malformedActionBody('"x"')).toMatch(/JSON array/);
    expect(malformedActionBody('{"0":1}')).toMatch(/JSON array/);
    expect(malformedActionBody('null')).toMatch(/JSON array/);
  });
});

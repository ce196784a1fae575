import { describe, expect, it } from 'vitest';
import { omitUndefined } from './omit-undefined.js';

describe('omitUndefined', () => {
  it('drops undefined properties and keeps every other value, null, 0, false and empty strings included', () => {
    const result = omitUndefined({ a: 1, b: undefined, c: null, d: 0, e: false, f: '' });
    expect(result).toStrictEqual({ a: 1, c: null, d: 0, e: false, f: '' });
    expect(Object.keys(result)).toEqual(['a', 'c', 'd', 'e', 'f']);
  });
  it('types a maybe-undefined property as optional, so it fits an exactOptionalPropertyTypes target', () => {
    const requestId: string | undefined = undefined;
    const target: { readonly requestId?: string; readonly model: string } = omitUndefined({ requestId, model: 'm' });
    expect(target).toStrictEqual({ model: 'm' });
  });
});

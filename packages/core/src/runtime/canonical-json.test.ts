import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: undefined, y: 'é' }], a: null, c: true })).toBe('{"a":null,"b":[3,{"y":"é","z":1}],"c":true}');
  });
  it('gives equal text for equal data written in different orders', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('NaN has no JSON form');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('function has no JSON form');
  });
});

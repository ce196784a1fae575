import { describe, expect, it } from 'vitest';
import { readRetryAfterMs } from './retry-after.js';

const now = Date.parse('2026-11-25T10:00:00Z');

describe('readRetryAfterMs', () => {
  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    expect(readRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(readRetryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(readRetryAfterMs(new Headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(readRetryAfterMs(new Headers({ 'retry-after': 'Wed, 25 Nov 2026 10:00:03 GMT' }), now)).toBe(3000);
  });

  it('gives undefined for absent or unreadable values and never a negative delay', () => {
    expect(readRetryAfterMs(new Headers(), now)).toBeUndefined();
    expect(readRetryAfterMs(undefined, now)).toBeUndefined();
    expect(readRetryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(readRetryAfterMs(new Headers({ 'retry-after': 'Wed, 25 Nov 2026 09:00:00 GMT' }), now)).toBe(0);
  });
});

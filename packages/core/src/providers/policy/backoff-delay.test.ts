import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.js';

describe('backoffDelay', () => {
  const settings = { initialDelayMs: 500, maxDelayMs: 3000 };
  it('doubles per retry with half of each delay jittered', () => {
    expect([0, 1, 2].map((retry) => backoffDelay(retry, settings, () => 0))).toEqual([250, 500, 1000]);
    expect([0, 1, 2].map((retry) => backoffDelay(retry, settings, () => 0.999999))).toEqual([500, 1000, 2000].map((ms) => ms / 2 + (ms / 2) * 0.999999));
  });
  it('never exceeds the cap', () => {
    expect(backoffDelay(10, settings, () => 0.999999)).toBeLessThanOrEqual(3000);
    expect(backoffDelay(10, settings, () => 0)).toBe(1500);
  });
});

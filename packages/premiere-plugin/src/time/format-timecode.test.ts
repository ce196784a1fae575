import { describe, expect, it } from 'vitest';
import { frameRates } from './frame-rate.js';
import { formatTimecode } from './format-timecode.js';

describe('formatTimecode', () => {
  it('formats non-drop timecode at the nominal rate', () => {
    expect(formatTimecode(0n, frameRates['24'])).toBe('00:00:00:00');
    expect(formatTimecode(24n * 3661n + 5n, frameRates['24'])).toBe('01:01:01:05');
    expect(formatTimecode(1799n, frameRates['29.97 NDF'])).toBe('00:00:59:29');
    expect(formatTimecode(1800n, frameRates['29.97 NDF'])).toBe('00:01:00:00');
    expect(formatTimecode(90_000n, frameRates['25'])).toBe('01:00:00:00');
    expect(formatTimecode(24n * 60n, frameRates['23.976'])).toBe('00:01:00:00');
    expect(formatTimecode(-25n, frameRates['25'])).toBe('-00:00:01:00');
  });

  it('skips frames 0 and 1 each minute but the tenth at 29.97 DF', () => {
    const rate = frameRates['29.97 DF'];
    expect(formatTimecode(1799n, rate)).toBe('00;00;59;29');
    expect(formatTimecode(1800n, rate)).toBe('00;01;00;02');
    expect(formatTimecode(17_981n, rate)).toBe('00;09;59;29');
    expect(formatTimecode(17_982n, rate)).toBe('00;10;00;00');
    // One hour of real time is 107,892 frames and reads 01;00;00;00: drop frame keeps clock time.
    expect(formatTimecode(107_892n, rate)).toBe('01;00;00;00');
  });

  it('skips frames 0 to 3 at 59.94 DF', () => {
    const rate = frameRates['59.94 DF'];
    expect(formatTimecode(3600n, rate)).toBe('00;01;00;04');
    expect(formatTimecode(215_784n, rate)).toBe('01;00;00;00');
    expect(formatTimecode(3600n, frameRates['59.94 NDF'])).toBe('00:01:00:00');
    expect(formatTimecode(3600n, frameRates['60'])).toBe('00:01:00:00');
    expect(formatTimecode(3000n, frameRates['50'])).toBe('00:01:00:00');
  });
});

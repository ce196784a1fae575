// Independent check: our SRT read back by `subtitle` (gsantiago/subtitle.js), a maintained npm SRT/WebVTT parser.
import { parseSync, type NodeCue } from 'subtitle';
import { describe, expect, it } from 'vitest';
import type { CaptionCue } from './caption-cue.js';
import { segmentCaptions } from './segment-captions.js';
import { writeSrt } from './write-srt.js';

describe('our SRT read by the subtitle package', () => {
  it('yields the same cues, times (ms) and text, with LF or CRLF line ends', () => {
    const words = 'Mara climbs the stairs of the lighthouse every night at dusk, and she never misses a lighting. Fish & chips <cheap> at Port Aven? Yes.'
      .split(' ')
      .map((text, index) => ({ text, start: 0.5 + index * 0.35, end: 0.8 + index * 0.35 }));
    const cues: CaptionCue[] = [
      ...segmentCaptions(words).cues,
      { start: 3599.999, end: 3600.001, lines: ['Across the hour.'] },
      { start: 360_000.25, end: 360_001, lines: ['A hundred hours in.'] },
    ];
    const expected = cues.map((cue) => ({ start: Math.round(cue.start * 1000), end: Math.round(cue.end * 1000), text: cue.lines.join('\n') }));
    for (const lineEnding of ['\n', '\r\n'] as const) {
      const nodes = parseSync(writeSrt(cues, { lineEnding }));
      const read = nodes.filter((node): node is NodeCue => node.type === 'cue').map((node) => node.data);
      expect(read).toEqual(expected);
    }
    expect(expected.length).toBeGreaterThan(3);
  });
});

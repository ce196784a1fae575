import { describe, expect, it } from 'vitest';
import type { CaptionWord } from './caption-word.js';
import { defaultCaptionRules } from './caption-rules.js';
import { segmentCaptions } from './segment-captions.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** Words at a steady pace: each word lasts 0.12 s plus 45 ms a character, 40 ms apart, 0.9 s after a sentence. */
function speak(text: string, start = 0.5, speaker?: string): CaptionWord[] {
  let time = start;
  return text.split(' ').map((word) => {
    const end = time + 0.12 + word.length * 0.045;
    const timed = { text: word, start: round(time), end: round(end), ...omitUndefined({ speaker }) };
    time = end + (word.endsWith('.') ? 0.9 : 0.04);
    return timed;
  });
}
const round = (value: number) => Math.round(value * 1000) / 1000;
const show = (words: readonly CaptionWord[], rules = defaultCaptionRules) => segmentCaptions(words, rules).cues.map((cue) => [cue.start, cue.end, cue.lines]);

describe('segmentCaptions', () => {
  it('segments speech at sentences, clauses and pauses within the broadcast limits', () => {
    const text =
      'Mara climbs the stairs of the lighthouse every night at dusk, and she never misses a lighting. Tobin rows the boat across the Narrows. Yes. No. The Board of Trade has its own rules, he said at last, gently, and she turned away to cover the lens against the sun.';
    const { cues, findings } = segmentCaptions(speak(text));
    expect(cues.map((cue) => [cue.start, cue.end, cue.lines])).toEqual([
      [0.5, 4.472, ['Mara climbs the stairs', 'of the lighthouse every night at dusk,']],
      [4.555, 6.69, ['and she never misses a lighting.']],
      [7.59, 10.155, ['Tobin rows the boat across the Narrows.']],
      [11.055, 12.172, ['Yes.']],
      [12.255, 13.327, ['No.']],
      [13.41, 15.957, ['The Board of Trade has its own rules,']],
      [16.04, 21.44, ['he said at last, gently, and she turned', 'away to cover the lens against the sun.']],
    ]);
    expect(findings).toEqual([]);
  });

  it('extends a short cue to the minimum duration and keeps two frames before the next', () => {
    const words: CaptionWord[] = [
      { text: 'Go.', start: 1, end: 1.2 },
      { text: 'Now', start: 3, end: 3.3 },
      { text: 'then.', start: 3.3, end: 3.9 },
      { text: 'Run!', start: 4.2, end: 4.5 },
    ];
    expect(show(words)).toEqual([
      [1, 1.83, ['Go.']],
      [3, 4.117, ['Now then.']],
      [4.2, 5.03, ['Run!']],
    ]);
  });

  it('starts a new cue when the speaker changes, or shares one with dashes when asked', () => {
    const words = [...speak('Who is there?', 1, 'MARA'), ...speak('Only me.', 1.8, 'TOBIN')];
    expect(segmentCaptions(words).cues.map((cue) => [cue.speaker, cue.lines])).toEqual([
      ['MARA', ['Who is there?']],
      ['TOBIN', ['Only me.']],
    ]);
    expect(show(words, { ...defaultCaptionRules, speakerChange: 'dash' })).toEqual([[1, 2.471, ['- Who is there?', '- Only me.']]]);
  });

  it('keeps every cue within 7 seconds and 2 lines of 42 characters', () => {
    const slow = 'and the light went on turning by itself through the long night while she sat beside it'
      .split(' ')
      .map((text, index) => ({ text, start: index * 0.6, end: index * 0.6 + 0.5 }));
    const { cues, findings } = segmentCaptions(slow);
    expect(cues.map((cue) => [cue.start, cue.end, cue.lines])).toEqual([
      [0, 4.717, ['and the light went on turning by itself']],
      [4.8, 10.1, ['through the long night', 'while she sat beside it']],
    ]);
    expect(findings).toEqual([]);
  });

  it('reports what it cannot fix instead of breaking rules silently', () => {
    const words: CaptionWord[] = [
      { text: 'Pneumonoultramicroscopicsilicovolcanoconiosis-adjacent!', start: 0, end: 1, speaker: 'A' },
      ...'Talking much too quickly here.'.split(' ').map((text, index) => ({ text, start: 2 + index * 0.1, end: 2.1 + index * 0.1, speaker: 'A' })),
      { text: 'Wait.', start: 2.6, end: 2.9, speaker: 'B' },
      { text: 'No!', start: 2.62, end: 3.2, speaker: 'A' },
    ];
    const { cues, findings } = segmentCaptions(words);
    expect(cues.map((cue) => [cue.start, cue.end, cue.lines])).toEqual([
      [0, 1.917, ['Pneumonoultramicroscopicsilicovolcanoconiosis-adjacent!']],
      [2, 2.517, ['Talking much too quickly here.']],
      [2.6, 2.6, ['Wait.']],
      [2.62, 3.45, ['No!']],
    ]);
    expect(findings.map((finding) => [finding.cueIndex, finding.rule])).toEqual([
      [0, 'max-chars-per-line'],
      [0, 'max-chars-per-second'],
      [1, 'min-duration'],
      [1, 'max-chars-per-second'],
      [2, 'min-duration'],
      [2, 'max-chars-per-second'],
      [2, 'min-gap'],
    ]);
    expect(findings[0]?.message).toBe('Line 1 has 55 characters; at most 42 fit.');
    expect(findings[6]?.message).toBe('Only 0.02 s until the next cue; at least 0.083 s is needed.');
  });

  it('joins Chinese and Japanese words without spaces and counts their characters', () => {
    const words = ['林さんは', '東京へ', '行きました。', 'それから', '海を', '見ました。'].map((text, index) => ({ text, start: index * 0.5, end: index * 0.5 + 0.45 }));
    const rules = { ...defaultCaptionRules, maxCharsPerLine: 16 };
    const { cues, findings } = segmentCaptions(words, rules);
    expect(cues.map((cue) => cue.lines)).toEqual([['林さんは東京へ行きました。'], ['それから海を見ました。']]);
    expect(findings).toEqual([]);
  });
});

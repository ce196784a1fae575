import { describe, expect, it } from 'vitest';
import { estimateSpeechSeconds } from './estimate-speech-seconds.js';
import { findDialogueGaps } from './find-dialogue-gaps.js';

describe('findDialogueGaps', () => {
  it('pads gaps away from dialogue, merges overlapping lines and drops gaps too short to use', () => {
    const speech = [{ start: 6, end: 9 }, { start: 0.5, end: 3 }, { start: 2.5, end: 3.1 }, { start: 9.5, end: 10 }];
    expect(findDialogueGaps(speech, { mediaDurationSeconds: 14 })).toEqual([{ start: 3.3, end: 5.8 }, { start: 10.2, end: 14 }]);
    expect(findDialogueGaps(speech, { minGapSeconds: 0.1, paddingSeconds: 0 })).toEqual([
      { start: 0, end: 0.5 },
      { start: 3.1, end: 6 },
      { start: 9, end: 9.5 },
    ]);
  });

  it('treats media without speech as one gap', () => {
    expect(findDialogueGaps([], { mediaDurationSeconds: 5 })).toEqual([{ start: 0, end: 5 }]);
  });

  it('estimates spoken length at 2.5 words a second unless told otherwise', () => {
    expect(estimateSpeechSeconds('The lens throws light seaward.')).toBe(2);
    expect(estimateSpeechSeconds('  one two  three ', 3)).toBe(1);
  });
});

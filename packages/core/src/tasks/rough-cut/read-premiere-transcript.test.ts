import { toPremiereTranscript } from '../../captions/to-premiere-transcript.js';
import { describe, expect, it } from 'vitest';
import { readPremiereTranscript } from './read-premiere-transcript.js';

describe('readPremiereTranscript', () => {
  it('reads the transcript Reelkit writes back into the words it was made from', () => {
    const transcript = toPremiereTranscript(
      [
        { text: 'Um,', start: 0, end: 0.3, speaker: 'SPEAKER_00' },
        { text: 'forty-one.', start: 0.4, end: 1, speaker: 'SPEAKER_00' },
        { text: 'Go.', start: 3, end: 3.4, speaker: 'SPEAKER_01' },
      ],
      { language: 'en', speakerNames: { SPEAKER_00: 'Mara' }, randomUUID: (() => { let n = 0; return () => `id-${(n += 1)}`; })() },
    );
    expect(readPremiereTranscript(JSON.stringify(transcript))).toEqual({
      words: [
        { text: 'Um,', start: 0, end: 0.3, speaker: 'Mara', filler: true },
        { text: 'forty-one.', start: 0.4, end: 1, speaker: 'Mara', endsSentence: true },
        { text: 'Go.', start: 3, end: 3.4, speaker: 'SPEAKER_01', endsSentence: true },
      ],
      language: 'en-us',
      problems: [],
    });
  });

  it('joins punctuation entries to the word before, as Premiere exports them', () => {
    const exported = {
      language: 'de-de',
      speakers: [{ id: 's1', name: 'Speaker 1' }],
      segments: [{ start: 1, duration: 1, speaker: 's1', language: 'de-de', words: [
        { text: 'Hallo', start: 1, duration: 0.4, type: 'word', eos: false, tags: [], confidence: 1 },
        { text: '!', start: 1.4, duration: 0, type: 'punctuation', eos: true, tags: [], confidence: 1 },
        { text: 'ohne Zeit', type: 'word' },
      ] }],
    };
    expect(readPremiereTranscript(JSON.stringify(exported))).toEqual({
      words: [{ text: 'Hallo!', start: 1, end: 1.4, speaker: 'Speaker 1', endsSentence: true }],
      language: 'de-de',
      problems: ['1 entry without a time or text skipped.'],
    });
  });

  it('says why, rather than throwing, when the text is not a transcript', () => {
    expect(readPremiereTranscript('{"cues": []}')).toEqual({ words: [], problems: ['Not a Premiere transcript: it has no "segments" list.'] });
    expect(readPremiereTranscript('{').problems[0]).toMatch(/^Not JSON: /);
  });
});

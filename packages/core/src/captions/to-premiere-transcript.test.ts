import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import type { CaptionWord } from './caption-word.js';
import { createUuidV4 } from './create-uuid-v4.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';
import { toPremiereLanguage } from './to-premiere-language.js';
import { toPremiereTranscript } from './to-premiere-transcript.js';

// Adobe's schema is read in place from ../shared/specs beside the repo (it is not copied into the repo).
const specs = sharedFolder('specs');
const validator = specs.available ? new Validator(JSON.parse(specs.read('premiere-transcript-format.schema.json')) as never, '7', false) : undefined;
const validate = (value: unknown) => (validator?.validate(value).errors ?? []).map((error) => `${error.instanceLocation}: ${error.error}`);

/** Deterministic UUIDs: a linear congruential generator feeding `createUuidV4`. */
function seededUuids(seed = 42): () => string {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return () => createUuidV4(random);
}

const words: CaptionWord[] = [
  { text: 'Um,', start: 0.5, end: 0.7, speaker: 'SPEAKER_00', confidence: 0.62 },
  { text: 'who', start: 0.8, end: 1.0, speaker: 'SPEAKER_00' },
  { text: 'is', start: 1.0, end: 1.1, speaker: 'SPEAKER_00' },
  { text: 'there?', start: 1.1, end: 1.5, speaker: 'SPEAKER_00', confidence: 1.2 },
  { text: 'Only', start: 1.9, end: 2.2, speaker: 'SPEAKER_01' },
  { text: 'me.', start: 2.2, end: 2.5, speaker: 'SPEAKER_01' },
  { text: '—', start: 2.5, end: 2.5, speaker: 'SPEAKER_01' },
  { text: 'Later.', start: 4.0, end: 4.4, speaker: 'SPEAKER_01' },
];

describe('toPremiereTranscript', () => {
  specs.it('produces JSON valid against Adobe\'s transcript schema', () => {
    const transcript = toPremiereTranscript(words, { language: 'en', speakerNames: { SPEAKER_00: 'Mara' }, randomUUID: seededUuids() });
    expect(validate(JSON.parse(JSON.stringify(transcript)))).toEqual([]);
    // The schema cannot say it: every segment's speaker must be one of the speakers.
    const ids = new Set(transcript.speakers.map((speaker) => speaker.id));
    expect(transcript.segments.every((segment) => ids.has(segment.speaker))).toBe(true);
    expect(ids.size).toBe(2);
  });

  it('maps speakers to UUIDs, splits segments at speaker changes and pauses, and types the words', () => {
    const transcript = toPremiereTranscript(words, { language: 'english', speakerNames: { SPEAKER_00: 'Mara' }, randomUUID: seededUuids() });
    const [mara, other] = transcript.speakers;
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Mara', 'SPEAKER_01']);
    expect(mara?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(transcript.language).toBe('en-us');
    expect(transcript.segments.map((segment) => [segment.speaker === mara?.id ? 'Mara' : segment.speaker === other?.id ? 'other' : '?', segment.start, segment.duration, segment.words.map((word) => word.text)])).toEqual([
      ['Mara', 0.5, 1, ['Um,', 'who', 'is', 'there?']],
      ['other', 1.9, 0.6, ['Only', 'me.', '—']],
      ['other', 4, 0.4, ['Later.']],
    ]);
    expect(transcript.segments[0]?.words[0]).toEqual({ confidence: 0.62, duration: 0.2, eos: false, start: 0.5, tags: ['filler'], text: 'Um,', type: 'word' });
    expect(transcript.segments[0]?.words[3]).toEqual({ confidence: 1, duration: 0.4, eos: true, start: 1.1, tags: [], text: 'there?', type: 'word' });
    expect(transcript.segments[1]?.words[2]).toEqual({ confidence: 1, duration: 0, eos: false, start: 2.5, tags: [], text: '—', type: 'punctuation' });
  });

  specs.it('names unlabelled speech "Speaker 1" and uses WebCrypto UUIDs by default', () => {
    const transcript = toPremiereTranscript([{ text: 'Hello.', start: 0, end: 0.4 }]);
    expect(transcript.speakers).toEqual([{ id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown as string, name: 'Speaker 1' }]);
    expect(transcript.language).toBe('??-??');
    expect(validate(transcript)).toEqual([]);
  });

  specs.it('would be rejected by the schema with a bad language or speaker id (the validation is real)', () => {
    const transcript = toPremiereTranscript(words, { randomUUID: seededUuids() });
    expect(validate({ ...transcript, language: 'en' })).not.toEqual([]);
    expect(validate({ ...transcript, speakers: [{ id: 'mara', name: 'Mara' }] })).not.toEqual([]);
  });

  it('refuses an empty transcript, which Premiere cannot import', () => {
    expect(() => toPremiereTranscript([{ text: ' ', start: 0, end: 1 }])).toThrow(InvalidCaptionInputError);
  });
});

describe('toPremiereLanguage', () => {
  it('maps tags and Whisper names to Premiere codes, unknown to ??-??', () => {
    expect(['en', 'en-GB', 'pt_BR', 'pt', 'zh', 'zh-Hant-TW', 'zh-HK', 'cantonese', 'tl', 'ja-JP', 'cy', undefined].map(toPremiereLanguage)).toEqual([
      'en-us', 'en-gb', 'pt-br', 'pt-pt', 'cmn-hans', 'cmn-hant', 'zh-hk', 'zh-hk', 'fil-ph', 'ja-jp', '??-??', '??-??',
    ]);
  });
});

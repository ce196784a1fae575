import { describe, expect, it } from 'vitest';
import * as captions from './index.js';

describe('captions public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(captions).sort()).toEqual([
      'InvalidCaptionInputError',
      'checkCaptions',
      'createUuidV4',
      'defaultCaptionRules',
      'escapeWebVttText',
      'formatTimestamp',
      'parseSrt',
      'parseTimestamp',
      'parseWebVtt',
      'premiereLanguageCodes',
      'segmentCaptions',
      'toPremiereLanguage',
      'toPremiereTranscript',
      'unescapeWebVttText',
      'writeSrt',
      'writeWebVtt',
    ]);
  });
});

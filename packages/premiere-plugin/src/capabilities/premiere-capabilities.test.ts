import { describe, expect, it } from 'vitest';
import { premiereCapabilities } from './premiere-capabilities.js';

describe('premiereCapabilities', () => {
  it('builds sequences and places audio from 26.3, and says what happens instead before it', () => {
    expect(premiereCapabilities('26.3.0')).toEqual({
      version: '26.3.0',
      'build-sequences': { available: true, reason: '' },
      'place-audio': { available: true, reason: '' },
      'range-export': { available: true, reason: '' },
      'import-xml': { available: true, reason: '' },
    });
    const older = premiereCapabilities('26.2.1');
    expect([older['build-sequences'], older['place-audio'], older['range-export'].available]).toEqual([
      { available: false, reason: 'Premiere 26.2 lacks ClipProjectItem.createSubClipAction (26.3+): the sequence is written as FCP 7 XML and imported.' },
      { available: false, reason: 'Premiere 26.2 lacks AudioTrack.createSetNameAction (26.3+): the audio goes into its bin for you to place.' },
      true,
    ]);
    expect(premiereCapabilities('27.0')['build-sequences'].available).toBe(true);
  });

  it('gives an unknown version only what every supported release has', () => {
    const unknown = premiereCapabilities(undefined);
    expect([unknown['import-xml'].available, unknown['build-sequences'].reason]).toEqual([
      true,
      'Premiere did not report its version, so it may lack ClipProjectItem.createSubClipAction (26.3+): the sequence is written as FCP 7 XML and imported.',
    ]);
  });
});

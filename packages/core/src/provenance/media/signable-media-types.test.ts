import { describe, expect, it } from 'vitest';
import { signableMediaTypes, toSignableMediaType } from './signable-media-types.js';

describe('toSignableMediaType', () => {
  it('lists the formats Reelkit embeds Content Credentials in', () => {
    expect(signableMediaTypes).toEqual(['image/png', 'image/jpeg', 'audio/mpeg', 'audio/wav']);
  });

  it('maps the names providers use to the canonical type, ignoring case and parameters', () => {
    expect(['image/JPG', 'audio/mp3', 'audio/x-wav', 'audio/wave; codecs=1', 'image/png'].map(toSignableMediaType)).toEqual([
      'image/jpeg',
      'audio/mpeg',
      'audio/wav',
      'audio/wav',
      'image/png',
    ]);
  });

  it('is undefined for formats without embedding support', () => {
    expect(['image/webp', 'image/gif', 'video/mp4', 'audio/flac'].map(toSignableMediaType)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

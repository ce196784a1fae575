import { createFakeMp3 } from './fake-mp3.js';
import { createFakeMp4 } from './fake-mp4.js';
import { createTinyPng } from './tiny-png.js';
import { createTinyWav } from './tiny-wav.js';

/** Bytes the fake server serves for a file, with their content type. */
export interface MediaFile {
  readonly contentType: string;
  readonly bytes: Buffer;
}

const byExtension: Readonly<Record<string, () => MediaFile>> = {
  png: () => ({ contentType: 'image/png', bytes: createTinyPng() }),
  mp3: () => ({ contentType: 'audio/mpeg', bytes: createFakeMp3() }),
  wav: () => ({ contentType: 'audio/wav', bytes: createTinyWav() }),
  mp4: () => ({ contentType: 'video/mp4', bytes: createFakeMp4() }),
};

/** The fake file for a name, chosen by its extension (`.png`, `.mp3`, `.wav`, `.mp4`); undefined otherwise. */
export function mediaFileFor(name: string): MediaFile | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension]?.();
}

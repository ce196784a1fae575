/** Sample rate of the fake audio, OpenAI speech's rate. */
export const fakeSampleRate = 24_000;

/** Raw 16-bit little-endian mono PCM: a quiet deterministic tone of `sampleCount` samples. */
export function createFakePcm(sampleCount = 240): Buffer {
  const samples = Buffer.alloc(sampleCount * 2);
  for (let index = 0; index < sampleCount; index += 1) {
    samples.writeInt16LE(Math.round(1000 * Math.sin((2 * Math.PI * 440 * index) / fakeSampleRate)), index * 2);
  }
  return samples;
}

/** A valid WAV file (RIFF, PCM 16-bit mono, 24 kHz) of 10 ms. */
export function createTinyWav(): Buffer {
  const samples = createFakePcm();
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(fakeSampleRate, 24);
  header.writeUInt32LE(fakeSampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

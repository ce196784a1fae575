// Bitrates in kbit/s by [MPEG-1?][layer 1..3] and bitrate index; sample rates by version; see ISO/IEC 11172-3 and 13818-3.
const bitrates = {
  mpeg1: [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  mpeg2: [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
} as const;
const sampleRates: Readonly<Record<number, readonly number[]>> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** OpenAI's raw `pcm` speech: 24 kHz, 16-bit, mono. */
const pcmBytesPerSecond = 48_000;

/**
 * Seconds of audio in a WAV (from its header), an MP3 (by walking its frame headers, so VBR is exact) or raw
 * 24 kHz PCM. Undefined for other formats or bytes that do not parse: the caller reports "unknown", never guesses.
 */
export function readAudioDuration(bytes: Uint8Array, mediaType: string): number | undefined {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'audio/wav' || type === 'audio/x-wav' || type === 'audio/wave') return wavDuration(bytes);
  if (type === 'audio/mpeg' || type === 'audio/mp3') return mp3Duration(bytes);
  if (type === 'audio/l16' || type === 'audio/pcm') return bytes.length / pcmBytesPerSecond;
  return undefined;
}

function wavDuration(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return undefined;
  let byteRate: number | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ' && at + 16 <= bytes.length) byteRate = view.getUint32(at + 16, true);
    if (tag(at) === 'data') {
      if (byteRate === undefined || byteRate === 0) return undefined;
      // Streamed WAVs (OpenAI's among them) may leave the data size at its maximum: count what is there.
      return Math.min(size, bytes.length - at - 8) / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

function mp3Duration(bytes: Uint8Array): number | undefined {
  let at = 0;
  if (bytes.length >= 10 && bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    const size = (((bytes[6] ?? 0) & 0x7f) << 21) | (((bytes[7] ?? 0) & 0x7f) << 14) | (((bytes[8] ?? 0) & 0x7f) << 7) | ((bytes[9] ?? 0) & 0x7f);
    at = 10 + size + (((bytes[5] ?? 0) & 0x10) === 0 ? 0 : 10);
  }
  let seconds = 0;
  let frames = 0;
  while (at + 4 <= bytes.length) {
    const frame = readFrameHeader(bytes, at);
    if (frame === undefined) {
      // Junk between frames (a stray tag, padding): resynchronise on the next sync byte.
      at += 1;
      continue;
    }
    seconds += frame.samples / frame.sampleRate;
    frames += 1;
    at += frame.length;
  }
  return frames === 0 ? undefined : seconds;
}

function readFrameHeader(bytes: Uint8Array, at: number): { length: number; samples: number; sampleRate: number } | undefined {
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const version = (b1 >> 3) & 0x3;
  const layer = 4 - ((b1 >> 1) & 0x3);
  const rate = sampleRates[version]?.[(b2 >> 2) & 0x3];
  if (version === 1 || layer === 4 || rate === undefined) return undefined;
  const kbps = (version === 3 ? bitrates.mpeg1 : bitrates.mpeg2)[layer - 1]?.[(b2 >> 4) & 0xf];
  if (kbps === undefined || kbps === 0) return undefined;
  const padding = (b2 >> 1) & 0x1;
  const bps = kbps * 1000;
  if (layer === 1) return { length: (Math.floor((12 * bps) / rate) + padding) * 4, samples: 384, sampleRate: rate };
  const samples = layer === 3 && version !== 3 ? 576 : 1152;
  return { length: Math.floor(((samples / 8) * bps) / rate) + padding, samples, sampleRate: rate };
}

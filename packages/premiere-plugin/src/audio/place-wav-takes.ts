/** A voiced line and where it starts on the clip's timeline. */
export interface PlacedTake {
  readonly startSeconds: number;
  readonly wav: Uint8Array;
}

interface PcmFormat {
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
}

const tag = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The PCM format and samples of a WAV; undefined when it is not uncompressed PCM. */
function readPcm(bytes: Uint8Array): { format: PcmFormat; samples: Uint8Array } | undefined {
  if (bytes.length < 12 || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WAVE') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: PcmFormat | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(bytes, at) === 'fmt ' && at + 24 <= bytes.length) {
      if (view.getUint16(at + 8, true) !== 1) return undefined;
      format = { channels: view.getUint16(at + 10, true), sampleRate: view.getUint32(at + 12, true), bitsPerSample: view.getUint16(at + 22, true) };
    } else if (tag(bytes, at) === 'data') {
      // Streamed WAVs (OpenAI's) may leave the data size at its maximum: take what is there.
      return format === undefined ? undefined : { format, samples: bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size)) };
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/**
 * One WAV track for a whole clip: silence with each take placed at its start (a take that would overlap the next
 * is cut where the next begins), so it lines up with the picture when dropped at the clip's start. All takes must
 * share one PCM format (a speech model's are); undefined otherwise or when there are none.
 */
export function placeWavTakes(takes: readonly PlacedTake[], totalSeconds: number): Uint8Array | undefined {
  const decoded = takes.map((take) => ({ start: take.startSeconds, pcm: readPcm(take.wav) }));
  const format = decoded[0]?.pcm?.format;
  if (format === undefined || decoded.some(({ pcm }) => pcm === undefined || JSON.stringify(pcm.format) !== JSON.stringify(format))) return undefined;
  const frameBytes = (format.channels * format.bitsPerSample) / 8;
  const frameAt = (seconds: number): number => Math.max(0, Math.round(seconds * format.sampleRate));
  const sorted = [...decoded].sort((a, b) => a.start - b.start);
  const lastEnd = sorted.reduce((end, { start, pcm }) => Math.max(end, frameAt(start) + (pcm?.samples.length ?? 0) / frameBytes), 0);
  const frames = Math.max(frameAt(totalSeconds), lastEnd);
  const out = new Uint8Array(44 + frames * frameBytes);
  sorted.forEach(({ start, pcm }, index) => {
    const from = frameAt(start) * frameBytes;
    const next = sorted[index + 1];
    const limit = next === undefined ? out.length - 44 : frameAt(next.start) * frameBytes;
    const samples = pcm?.samples.subarray(0, Math.max(0, limit - from)) ?? new Uint8Array();
    out.set(samples.subarray(0, samples.length - (samples.length % frameBytes)), 44 + from);
  });
  const view = new DataView(out.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((char, offset) => view.setUint8(at + offset, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, out.length - 8, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, format.channels, true);
  view.setUint32(24, format.sampleRate, true);
  view.setUint32(28, format.sampleRate * frameBytes, true);
  view.setUint16(32, frameBytes, true);
  view.setUint16(34, format.bitsPerSample, true);
  ascii(36, 'data');
  view.setUint32(40, frames * frameBytes, true);
  return out;
}

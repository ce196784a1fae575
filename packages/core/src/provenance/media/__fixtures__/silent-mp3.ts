/** Bytes in one MPEG-1 Layer III frame at 128 kbit/s, 44.1 kHz, no padding: 144 * 128000 / 44100, rounded down. */
const frameLength = 417;

/**
 * A valid MP3: an empty ID3v2.4 tag, then `frameCount` silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, joint
 * stereo off, no CRC). A silent frame is its 4-byte header followed by zero side information and no main data, which
 * every decoder plays as 26 ms of silence.
 */
export function createSilentMp3(frameCount = 4): Uint8Array {
  const tag = [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
  const bytes = new Uint8Array(tag.length + frameCount * frameLength);
  bytes.set(tag);
  for (let frame = 0; frame < frameCount; frame += 1) bytes.set([0xff, 0xfb, 0x90, 0x00], tag.length + frame * frameLength);
  return bytes;
}

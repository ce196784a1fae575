/**
 * A small MP3: an empty ID3v2.4 tag, then one silent MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz, 417 bytes).
 * Enough for sniffers and duration probes; not meant to be played.
 */
export function createFakeMp3(): Buffer {
  const tag = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x00]);
  return Buffer.concat([tag, frame]);
}

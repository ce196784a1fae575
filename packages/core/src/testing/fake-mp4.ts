/** The opening `ftyp` box of an MP4 (isom, mp41): enough for type sniffing, not a playable video. */
export function createFakeMp4(): Buffer {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write('ftypisom', 4, 'ascii');
  box.writeUInt32BE(0x200, 12); // minor version
  box.write('isommp41', 16, 'ascii');
  return box;
}

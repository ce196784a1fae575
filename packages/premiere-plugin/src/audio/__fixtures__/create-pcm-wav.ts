/** A 16-bit mono PCM WAV holding `samples` (a count means that many silent samples), at `rate` Hz. */
export function createPcmWav(samples: readonly number[] | number, rate = 8000): Uint8Array {
  const values = typeof samples === 'number' ? new Array<number>(samples).fill(0) : samples;
  const view = new DataView(new ArrayBuffer(44 + values.length * 2));
  const ascii = (at: number, text: string) => [...text].forEach((char, index) => view.setUint8(at + index, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + values.length * 2, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, values.length * 2, true);
  values.forEach((sample, index) => view.setInt16(44 + index * 2, sample, true));
  return new Uint8Array(view.buffer);
}

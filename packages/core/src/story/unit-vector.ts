/** A vector scaled to length 1 as float32 (compact, and a dot product of two is their cosine); all zeros stays zeros. */
export function unitVector(values: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let index = 0; index < values.length; index += 1) norm += (values[index] ?? 0) ** 2;
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  const unit = new Float32Array(values.length);
  for (let index = 0; index < values.length; index += 1) unit[index] = (values[index] ?? 0) * scale;
  return unit;
}

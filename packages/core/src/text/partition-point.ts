/**
 * The first index in `[0, count)` where `isBefore` is false, or `count` if there is none, in O(log count) calls;
 * `isBefore` must be true on a prefix of the range and false after it (the C++/Rust `partition_point` contract).
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    // Not `>> 1`: callers may search numeric ranges past 2^31, and halving the sum stays exact below 2^53.
    const middle = Math.floor((low + high) / 2);
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Levenshtein distance between `a` and `b` if it is at most `max`, else `undefined`. Only a diagonal band of width
 * 2·max+1 is filled, so the cost is O(max · min(|a|, |b|)) time and O(|b|) memory.
 */
export function boundedEditDistance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  if (a === b) return 0;
  const limit = max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => (index <= max ? index : limit));
  let current = new Array<number>(b.length + 1).fill(limit);
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    // Only the band is written; the cells just outside it are reset because the next row reads them.
    current[0] = i <= max ? i : limit;
    if (from > 1) current[from - 1] = limit;
    let rowMin = from === 1 ? current[0] : limit;
    for (let j = from; j <= to; j += 1) {
      const substitution = (previous[j - 1] ?? limit) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] ?? limit) + 1, (current[j - 1] ?? limit) + 1, limit);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = limit;
    if (rowMin > max) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length] ?? limit;
  return distance <= max ? distance : undefined;
}

/** Where a pattern best matches approximately: `text.slice(start, end)` is `distance` edits from the pattern. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
}

/**
 * The substring of `text[from, to)` closest to `pattern` within `max` edits (Sellers' algorithm with Ukkonen's
 * cut-off: O(max · (to − from)) expected time, O(|pattern|) memory). Among equally close matches the one whose end is
 * nearest `preferredEnd` wins. The start is then found by an anchored pass backwards over at most |pattern| + max
 * characters, O(|pattern| · (|pattern| + max)).
 */
export function findApproximate(pattern: string, text: string, max: number, from = 0, to = text.length, preferredEnd = from): ApproximateMatch | undefined {
  const m = pattern.length;
  if (m === 0 || max >= m) return undefined;
  const column = Array.from({ length: m + 1 }, (_, index) => index);
  let lastActive = Math.min(max, m);
  let best: { end: number; distance: number } | undefined;
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j += 1) {
    const code = text.charCodeAt(j);
    let diagonal = 0;
    const top = Math.min(lastActive + 1, m);
    for (let i = 1; i <= top; i += 1) {
      const above = column[i] ?? m;
      column[i] = Math.min(above + 1, (column[i - 1] ?? m) + 1, diagonal + (pattern.charCodeAt(i - 1) === code ? 0 : 1));
      diagonal = above;
    }
    lastActive = top;
    while (lastActive > 0 && (column[lastActive] ?? m) > max) lastActive -= 1;
    if (lastActive === m) {
      const distance = column[m] ?? m;
      const end = j + 1;
      if (best === undefined || distance < best.distance || (distance === best.distance && Math.abs(end - preferredEnd) < Math.abs(best.end - preferredEnd))) {
        best = { end, distance };
      }
    }
  }
  if (best === undefined) return undefined;
  return { start: findStart(pattern, text, best.end, max), end: best.end, distance: best.distance };
}

/** The start of the closest alignment of `pattern` that ends exactly at `end`. */
function findStart(pattern: string, text: string, end: number, max: number): number {
  const m = pattern.length;
  const span = Math.min(end, m + max);
  // row[length] = distance between the pattern's last i characters and the `length` characters before `end`.
  let row = Array.from({ length: span + 1 }, (_, length) => length);
  for (let i = 1; i <= m; i += 1) {
    const next = new Array<number>(span + 1);
    next[0] = i;
    const code = pattern.charCodeAt(m - i);
    for (let length = 1; length <= span; length += 1) {
      const same = text.charCodeAt(end - length) === code ? 0 : 1;
      next[length] = Math.min((row[length - 1] ?? 0) + same, (row[length] ?? 0) + 1, (next[length - 1] ?? 0) + 1);
    }
    row = next;
  }
  let bestLength = 0;
  for (let length = 1; length <= span; length += 1) {
    const candidate = row[length] ?? Infinity;
    const current = row[bestLength] ?? Infinity;
    if (candidate < current || (candidate === current && Math.abs(length - m) < Math.abs(bestLength - m))) bestLength = length;
  }
  return end - bestLength;
}

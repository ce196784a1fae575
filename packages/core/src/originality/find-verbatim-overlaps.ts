import { wordTokens, type WordToken } from '../text/word-tokens.js';

/** A text the output is compared against: the sources quoted in the prompt, or a user's reference corpus. */
export interface ReferenceText {
  readonly id: string;
  /** Shown to the user, e.g. "chapter-3.md" or "Prompt: scene context". */
  readonly name: string;
  readonly text: string;
}

/** A run of words the output shares verbatim with a reference, with both places quoted. */
export interface VerbatimOverlap {
  readonly referenceId: string;
  readonly referenceName: string;
  readonly words: number;
  readonly outputStart: number;
  readonly outputEnd: number;
  readonly referenceStart: number;
  readonly referenceEnd: number;
  readonly outputText: string;
  readonly referenceText: string;
}

/** Options of {@link findVerbatimOverlaps}. */
export interface VerbatimOverlapOptions {
  /** Shortest run reported, in words. Default 12: shorter shared runs are mostly stock phrases. */
  readonly minWords?: number;
}

interface Indexed {
  readonly reference: ReferenceText;
  readonly tokens: readonly WordToken[];
}

/** Token reads done by {@link findVerbatimOverlaps} so far: a count of work, so tests check linearity without a clock. */
export const overlapWork = { steps: 0 };

const shingle = (tokens: readonly WordToken[], at: number, size: number): string => {
  overlapWork.steps += size;
  let key = tokens[at]?.lower ?? '';
  for (let offset = 1; offset < size; offset += 1) key += `\u0001${tokens[at + offset]?.lower ?? ''}`;
  return key;
};

/**
 * Long verbatim overlaps between a generated text and reference texts, longest first. Shingles of `minWords`
 * words from the references are indexed once; each output position is looked up and extended to the full run,
 * then skipped past, so the work is linear in the total number of words.
 */
export function findVerbatimOverlaps(output: string, references: readonly ReferenceText[], options: VerbatimOverlapOptions = {}): VerbatimOverlap[] {
  const size = Math.max(2, options.minWords ?? 12);
  const indexed: Indexed[] = references.map((reference) => ({ reference, tokens: wordTokens(reference.text) }));
  const shingles = new Map<string, { source: number; at: number }[]>();
  indexed.forEach(({ tokens }, source) => {
    for (let at = 0; at + size <= tokens.length; at += 1) {
      const key = shingle(tokens, at, size);
      const places = shingles.get(key);
      // A phrase repeated many times in the references (a refrain) needs only a few anchors.
      if (places === undefined) shingles.set(key, [{ source, at }]);
      else if (places.length < 8) places.push({ source, at });
    }
  });

  const outputTokens = wordTokens(output);
  const overlaps: VerbatimOverlap[] = [];
  for (let at = 0; at + size <= outputTokens.length; ) {
    let best: { source: number; from: number; length: number } | undefined;
    for (const place of shingles.get(shingle(outputTokens, at, size)) ?? []) {
      const tokens = indexed[place.source]?.tokens ?? [];
      let length = size;
      while (outputTokens[at + length] !== undefined && outputTokens[at + length]?.lower === tokens[place.at + length]?.lower) length += 1;
      overlapWork.steps += length - size + 1;
      if (best === undefined || length > best.length) best = { source: place.source, from: place.at, length };
    }
    if (best === undefined) {
      at += 1;
      continue;
    }
    const { reference, tokens } = indexed[best.source] as Indexed;
    const outputStart = (outputTokens[at] as WordToken).start;
    const outputEnd = (outputTokens[at + best.length - 1] as WordToken).end;
    const referenceStart = (tokens[best.from] as WordToken).start;
    const referenceEnd = (tokens[best.from + best.length - 1] as WordToken).end;
    overlaps.push({
      referenceId: reference.id,
      referenceName: reference.name,
      words: best.length,
      outputStart,
      outputEnd,
      referenceStart,
      referenceEnd,
      outputText: output.slice(outputStart, outputEnd),
      referenceText: reference.text.slice(referenceStart, referenceEnd),
    });
    at += best.length;
  }
  return overlaps.sort((a, b) => b.words - a.words || a.outputStart - b.outputStart);
}

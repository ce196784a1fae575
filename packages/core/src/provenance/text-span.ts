/**
 * Where a passage sits in a document, as a W3C Web Annotation TextQuoteSelector (`exact`, `prefix`, `suffix`) plus a
 * TextPositionSelector (`start`, `end`, UTF-16 offsets, end exclusive). The quote survives edits that move the
 * passage; the offsets make the common case (nothing moved) a string comparison.
 */
export interface TextSpan {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** How many characters of context a span keeps on each side by default: enough to tell repeated lines apart. */
export const defaultSpanContext = 32;

/** The span of `text.slice(start, end)` with up to `context` characters of prefix and suffix. */
export function createTextSpan(text: string, start: number, end: number, context = defaultSpanContext): TextSpan {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - context), from),
    suffix: text.slice(to, to + context),
    start: from,
    end: to,
  };
}

import type { TokenCounter } from '../../story/estimate-prompt-tokens.js';
import { partitionPoint } from '../../text/partition-point.js';

/** The end of a text that fits a token budget, and how many characters were cut from its start. */
export interface TextTail {
  readonly text: string;
  readonly omittedChars: number;
}

/** The smallest candidate start (candidates ascending) whose suffix fits; assumes a shorter suffix never costs more. */
function firstFitting(text: string, starts: readonly number[], budget: number, countTokens: TokenCounter): number | undefined {
  const fits = (index: number): boolean => countTokens(text.slice(starts[index] ?? text.length)) <= budget;
  return starts[partitionPoint(starts.length, (index) => !fits(index))];
}

/**
 * The longest end of `text` within `budgetTokens`: whole lines are dropped from the start (what is nearest the
 * cursor matters most), and only when the last line alone is too long is it cut mid-line.
 */
export function keepTailWithin(text: string, budgetTokens: number, countTokens: TokenCounter): TextTail {
  if (countTokens(text) <= budgetTokens) return { text, omittedChars: 0 };
  const lineStarts: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineStart = firstFitting(text, lineStarts, budgetTokens, countTokens);
  if (lineStart !== undefined && lineStart < text.length) return { text: text.slice(lineStart), omittedChars: lineStart };
  const lastLine = lineStarts.at(-1) ?? 0;
  const charStarts = Array.from({ length: text.length - lastLine }, (_, offset) => lastLine + offset);
  const start = firstFitting(text, charStarts, budgetTokens, countTokens) ?? text.length;
  return { text: text.slice(start), omittedChars: start };
}

import { endsSentence } from './ends-sentence.js';

// Word lists for English break quality; other languages fall back to punctuation, which still does most of the work.
const articles = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'some', 'no', 'every']);
const conjunctions = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'when', 'where', 'which', 'who', 'if', 'unless', 'until', 'since', 'than']);
const prepositions = new Set([
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'into', 'onto', 'over', 'under', 'after', 'before',
  'through', 'between', 'without', 'during', 'against', 'across', 'toward', 'towards', 'upon', 'behind', 'beside', 'beyond',
]);
const clauseEnd = /[,;:—–、，；：]["'”’)\]]*$/u;

/**
 * How bad a break between two words is, for cues and lines alike: 0 after a sentence, 1 after a clause mark, 2–2.5
 * before a conjunction or preposition, 5 elsewhere, 8 after a preposition and 15 between an article and its noun.
 */
export function breakCost(before: string, after: string): number {
  if (endsSentence(before)) return 0;
  if (clauseEnd.test(before)) return 1;
  const previous = bareWord(before);
  if (articles.has(previous)) return 15;
  if (prepositions.has(previous)) return 8;
  const next = bareWord(after);
  if (conjunctions.has(next)) return 2;
  if (prepositions.has(next)) return 2.5;
  return 5;
}

function bareWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Where a quote stands in a text: offsets of the quoted words (`end` exclusive). */
export interface QuoteLocation {
  readonly start: number;
  readonly end: number;
}

const quoteMarks: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** The text with each whitespace run as one space and curly quote marks straight, and where each character came from. */
function loosen(text: string): { loose: string; origins: number[] } {
  let loose = '';
  const origins: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      if (loose.endsWith(' ')) continue;
      loose += ' ';
    } else loose += quoteMarks[char] ?? char;
    origins.push(index);
  }
  return { loose, origins };
}

/**
 * Finds a quote a model gave as evidence in the text it quotes from. Whitespace runs match any whitespace (prose is
 * often wrapped mid-sentence, and models rejoin the lines) and curly quote marks match straight ones; everything else
 * must be exact. Undefined for a blank quote or one that is not there: a made-up quote is no evidence.
 */
export function locateQuote(text: string, quote: string): QuoteLocation | undefined {
  const wanted = loosen(quote.trim()).loose;
  if (wanted === '') return undefined;
  const exact = text.indexOf(quote.trim());
  if (exact !== -1) return { start: exact, end: exact + quote.trim().length };
  const { loose, origins } = loosen(text);
  const at = loose.indexOf(wanted);
  if (at === -1) return undefined;
  const last = origins[at + wanted.length - 1] as number;
  return { start: origins[at] as number, end: last + 1 };
}

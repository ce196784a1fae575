import { parseFountain } from '@reelkit/core/screenplay';
import { entriesFromScreenplay } from '@reelkit/core/story';
import { glossaryFromEntries, type GlossaryTerm } from '@reelkit/core/tasks/translation';

/**
 * The glossary a translation keeps: the Fountain script's character names (verbatim) when one is chosen, then the
 * editor's own terms (`Kestrel Point = Turmfalkenspitze`, or a bare term to keep). A user term wins over a script name.
 */
export function glossaryForScript(fountain: string | undefined, userTerms: readonly GlossaryTerm[] = []): GlossaryTerm[] {
  const fromScript = fountain === undefined ? [] : glossaryFromEntries(entriesFromScreenplay(parseFountain(fountain)));
  const taken = new Set(userTerms.map((term) => term.term.toLocaleLowerCase()));
  return [...userTerms, ...fromScript.filter((term) => !taken.has(term.term.toLocaleLowerCase()))];
}

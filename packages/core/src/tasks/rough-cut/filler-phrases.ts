/**
 * A filler the rough cut proposes to remove. `hesitation`s (um, uh) carry no meaning and are selected for removal;
 * `discourse` markers (you know, I mean) sometimes do, so they are listed for the editor but left unselected.
 */
export interface FillerPhrase {
  /** Stable id, `<language>.<words>`: what a preview row and a test refer to. */
  readonly id: string;
  /** The words, lower case, as the tokenizer reads them. */
  readonly words: readonly string[];
  /** Primary language subtags (`en`, `de`), or `*` for hesitations heard in every language. */
  readonly languages: readonly string[];
  readonly kind: 'hesitation' | 'discourse';
}

const hesitation = (language: string, word: string): FillerPhrase => ({ id: `${language}.${word}`, words: [word], languages: [language], kind: 'hesitation' });
const discourse = (language: string, words: string): FillerPhrase => ({ id: `${language}.${words.replace(/ /g, '-')}`, words: words.split(' '), languages: [language], kind: 'discourse' });

// Words that are fillers only sometimes and a word list cannot tell ("like", "so", "well", Spanish "este" = "this",
// German "halt" = "stop") are left out on purpose: a wrong cut costs the editor more than a missed one.
/** The fillers the rough cut knows, by language. */
export const fillerPhrases: readonly FillerPhrase[] = [
  ...['um', 'umm', 'uh', 'uhm', 'hmm', 'mm', 'mhm'].map((word) => hesitation('*', word)),
  ...['er', 'erm', 'ah'].map((word) => hesitation('en', word)),
  discourse('en', 'you know'),
  discourse('en', 'i mean'),
  discourse('en', 'sort of'),
  discourse('en', 'kind of'),
  ...['äh', 'ähm', 'öh', 'öhm', 'hm'].map((word) => hesitation('de', word)),
  discourse('de', 'weißt du'),
  discourse('de', 'sozusagen'),
  ...['euh', 'heu', 'bah', 'ben'].map((word) => hesitation('fr', word)),
  discourse('fr', 'tu vois'),
  discourse('fr', 'tu sais'),
  ...['eh', 'em', 'emm'].map((word) => hesitation('es', word)),
  discourse('es', 'o sea'),
  ...['ehm', 'eh'].map((word) => hesitation('it', word)),
  discourse('it', 'cioè'),
  ...['hum', 'ahn'].map((word) => hesitation('pt', word)),
  ...['eh', 'ehm', 'uhm'].map((word) => hesitation('nl', word)),
];

/** The primary language subtag of a BCP 47 or Premiere code (`en-us` → `en`); undefined when unknown. */
export function primaryLanguage(code: string | undefined): string | undefined {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === undefined || !/^[a-z]{2,3}$/.test(primary) ? undefined : primary;
}

/** The fillers for a language: the language-neutral hesitations plus the language's own; only those when unknown. */
export function fillerPhrasesFor(language: string | undefined, phrases: readonly FillerPhrase[] = fillerPhrases): FillerPhrase[] {
  const primary = primaryLanguage(language);
  return phrases.filter((phrase) => phrase.languages.includes('*') || (primary !== undefined && phrase.languages.includes(primary)));
}

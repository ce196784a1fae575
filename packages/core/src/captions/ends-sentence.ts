const sentenceEnd = /[.?!…。？！]["'”’)\]」』]*$/u;

/** True when a word ends a sentence (`.`, `?`, `!`, `…`, CJK full stops, also before a closing quote). */
export function endsSentence(word: string): boolean {
  return sentenceEnd.test(word);
}

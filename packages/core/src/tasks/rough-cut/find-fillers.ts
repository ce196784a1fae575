import type { FillerPhrase } from './filler-phrases.js';
import type { PlannedCut } from './planned-cut.js';
import type { SpokenWord } from './spoken-word.js';
import { spokenTokens } from './spoken-tokens.js';

/**
 * Filler cuts: runs of words that spell a filler phrase (longest phrase first), plus any word the transcript tagged
 * as a filler. Each cut spans its words exactly; hesitations are selected, discourse markers proposed unselected.
 */
export function findFillers(words: readonly SpokenWord[], phrases: readonly FillerPhrase[]): PlannedCut[] {
  const tokens = words.map((word) => spokenTokens(word.text).join(' '));
  const byFirst = new Map<string, FillerPhrase[]>();
  for (const phrase of [...phrases].sort((a, b) => b.words.length - a.words.length)) {
    const first = phrase.words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  const cuts: PlannedCut[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const match = (byFirst.get(tokens[index] ?? '') ?? []).find((phrase) => phrase.words.every((word, offset) => tokens[index + offset] === word));
    const word = words[index];
    if (word === undefined || (match === undefined && word.filler !== true)) continue;
    const length = match?.words.length ?? 1;
    const last = words[index + length - 1] ?? word;
    const text = words.slice(index, index + length).map((spoken) => spoken.text).join(' ');
    const ruleId = match?.id ?? 'transcript.filler';
    const hesitation = match === undefined || match.kind === 'hesitation';
    cuts.push({
      id: `filler-${cuts.length + 1}`,
      reason: 'filler',
      ruleId,
      start: word.start,
      end: last.end,
      selected: hesitation,
      mode: 'remove',
      text,
      note: match === undefined ? `“${text}” is tagged as a filler in the transcript.` : hesitation ? `Hesitation “${text}” (${ruleId}).` : `“${text}” (${ruleId}) may carry meaning here: tick it to cut.`,
    });
    index += length - 1;
  }
  return cuts;
}

import type { Screenplay } from '../../screenplay/screenplay.js';
import { splitSpokenLines } from '../rough-cut/spoken-line.js';
import type { SpokenWord } from '../rough-cut/spoken-word.js';
import { matchScriptLines, type MatchOptions } from './match-script-lines.js';
import { scriptLines } from './script-line.js';

/** A spoken line and the character the script gives it to, when the script has it. */
export interface AttributedLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The script's cue name (`MARA`); absent when no script line matches. */
  readonly character?: string;
  /** How alike the spoken line and the script line are, 0..1 (0 when unattributed). */
  readonly similarity: number;
}

/**
 * Attributes each spoken line of a transcript to a character by aligning it with the script's dialogue: a line takes
 * the character of the most similar script line any of its takes matched. Lines the script lacks (ad-libs, crew
 * talk) stay unattributed rather than guessed.
 */
export function attributeSpokenLines(screenplay: Screenplay, words: readonly SpokenWord[], options: MatchOptions = {}): AttributedLine[] {
  const ordered = [...words].sort((a, b) => a.start - b.start);
  const spoken = splitSpokenLines(ordered);
  const best = new Map<number, { character: string; similarity: number }>();
  for (const { line, takes } of matchScriptLines(scriptLines(screenplay), [{ id: 'transcript', words: ordered }], options)) {
    for (const take of takes) {
      for (let index = take.firstLine; index < take.endLine; index += 1) {
        if ((best.get(index)?.similarity ?? -1) < take.similarity) best.set(index, { character: line.character, similarity: take.similarity });
      }
    }
  }
  return spoken.map((line, index) => {
    const found = best.get(index);
    return { start: line.start, end: line.end, text: line.text, ...(found === undefined ? { similarity: 0 } : found) };
  });
}

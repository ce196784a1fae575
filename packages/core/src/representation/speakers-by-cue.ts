import type { Character } from '../screenplay/screenplay-model.js';

/** Who speaks at each cue (by element index), once group cues are credited: `ANN AND BOB` is ANN and BOB. */
export function speakersByCue(speakers: readonly Character[]): Map<number, string[]> {
  const byCue = new Map<number, string[]>();
  for (const speaker of speakers) {
    for (const block of speaker.dialogueBlocks) {
      const names = byCue.get(block.cueIndex);
      if (names === undefined) byCue.set(block.cueIndex, [speaker.name]);
      else names.push(speaker.name);
    }
  }
  return byCue;
}

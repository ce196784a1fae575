import type { SpokenWord } from '../spoken-word.js';

/** Words of `text` said from `start`, each `wordSeconds` long with no pause between; a final . ! ? ends the sentence. */
export function spokenWords(start: number, text: string, wordSeconds = 0.25, speaker?: string): SpokenWord[] {
  return text.split(' ').map((word, index) => {
    const at = Math.round((start + index * wordSeconds) * 1000) / 1000;
    return {
      text: word,
      start: at,
      end: Math.round((at + wordSeconds) * 1000) / 1000,
      ...(/[.!?]$/.test(word) ? { endsSentence: true } : {}),
      ...(speaker === undefined ? {} : { speaker }),
    };
  });
}

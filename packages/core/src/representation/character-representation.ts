import type { GenderAttribute } from './cast-member.js';
import type { CharacterAppearances } from './find-appearances.js';

/** One speaking character's share of the script, presence and introduction. */
export interface CharacterRepresentation extends Partial<CharacterAppearances> {
  readonly name: string;
  readonly lines: number;
  readonly words: number;
  /** Share of all spoken words, 0..1, four decimals. */
  readonly dialogueShare: number;
  /** Share among characters with at least 100 words (The Pudding's rule); 0 below the threshold. */
  readonly dialogueShareOver100: number;
  readonly speakingScenes: number;
  readonly gender?: GenderAttribute;
  readonly age?: string;
  readonly groups: readonly string[];
}

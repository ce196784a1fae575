import type { SourceRange } from '../text/source-range.js';

/** INT., EXT., INT./EXT. (also I/E) or EST., read from a scene heading. */
export type SceneSetting = 'INT' | 'EXT' | 'INT/EXT' | 'EST';

/** A scene: a heading and the elements up to the next heading. */
export interface Scene {
  /** Stable id: `scene-<number>` when the heading has `#n#`, else a slug of the heading plus `-<n>` from its second occurrence. */
  id: string;
  heading: string;
  sceneNumber?: string;
  setting?: SceneSetting;
  location: string;
  timeOfDay?: string;
  /** Index of the heading in `elements`; `elementEnd` is one past the scene's last element. */
  elementStart: number;
  elementEnd: number;
  range: SourceRange;
  /** Normalised names of the characters who speak, in order of first line. */
  characters: string[];
}

/** A cue and the dialogue, parentheticals and lyrics under it. */
export interface DialogueBlock {
  /** Index of the cue in `elements`. */
  cueIndex: number;
  sceneId?: string;
  extensions: string[];
  /** Spoken text (dialogue and lyrics), lines joined by `\n`. */
  text: string;
  lines: number;
  words: number;
  range: SourceRange;
}

/** A speaking character, grouped by normalised name (`EDWARD (V.O.)` and `EDWARD (CONT'D)` are `EDWARD`). */
export interface Character {
  name: string;
  /** Non-empty spoken lines. */
  lines: number;
  words: number;
  dialogueBlocks: DialogueBlock[];
  /** Ids of scenes where the character speaks. */
  scenes: string[];
}

/** A location from scene headings, with the scenes set there. */
export interface Location {
  name: string;
  scenes: string[];
}

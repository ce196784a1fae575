import type { Screenplay } from '../../screenplay/screenplay.js';
import { spokenTokens } from '../rough-cut/spoken-tokens.js';

/** One dialogue block of the script, as the assembly orders and matches it. */
export interface ScriptLine {
  /** `<scene id>/<cue index>`: stable while the script's elements keep their order. */
  readonly id: string;
  readonly sceneId: string;
  readonly sceneHeading: string;
  /** The speaking character, normalised like a cue (`MARA`). */
  readonly character: string;
  readonly cueIndex: number;
  readonly text: string;
  readonly tokens: readonly string[];
}

/** The script's dialogue in script order, one line per cue; dialogue before the first scene heading is skipped. */
export function scriptLines(screenplay: Screenplay): ScriptLine[] {
  const headings = new Map(screenplay.scenes.map((scene) => [scene.id, scene.heading]));
  return screenplay.characters
    .flatMap((character) =>
      character.dialogueBlocks.flatMap((block) => {
        const heading = block.sceneId === undefined ? undefined : headings.get(block.sceneId);
        if (block.sceneId === undefined || heading === undefined) return [];
        const tokens = spokenTokens(block.text);
        return tokens.length === 0 ? [] : [{ id: `${block.sceneId}/${block.cueIndex}`, sceneId: block.sceneId, sceneHeading: heading, character: character.name, cueIndex: block.cueIndex, text: block.text.replace(/\s+/g, ' ').trim(), tokens }];
      }),
    )
    .sort((a, b) => a.cueIndex - b.cueIndex);
}

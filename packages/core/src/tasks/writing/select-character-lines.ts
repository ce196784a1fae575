import type { Character, DialogueBlock } from '../../screenplay/screenplay-model.js';
import type { TokenCounter } from '../../story/estimate-prompt-tokens.js';

/** The existing lines of a character chosen to ground new dialogue, as Fountain in script order. */
export interface CharacterLines {
  /** Each dialogue block as written (cue, parentheticals, dialogue), in script order. */
  readonly blocks: readonly string[];
  /** Blocks left out for the budget. */
  readonly omitted: number;
  readonly tokens: number;
}

/** Blocks shorter than this say little about a voice ("No.", "Yes, sir."), so they are taken after the longer ones. */
const characteristicWords = 3;

/** Where a block stands in line for the budget: characteristic ones first, then the nearest the cursor before it, then after it. */
const rank = (block: DialogueBlock, cursor: number): [number, number, number] => {
  const before = block.range.start.offset < cursor;
  return [block.words < characteristicWords ? 1 : 0, before ? 0 : 1, before ? cursor - block.range.end.offset : block.range.start.offset - cursor];
};

const compareRanks = (left: readonly number[], right: readonly number[]): number => {
  for (let index = 0; index < left.length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

/**
 * Chooses the character's lines to send: most characteristic and most recent (relative to the cursor) first,
 * taken until the next one would pass the budget — so it is the oldest and the shortest that are trimmed — then put
 * back in script order, which reads as the character's arc.
 */
export function selectCharacterLines(script: string, character: Character, cursor: number, budgetTokens: number, countTokens: TokenCounter): CharacterLines {
  const ranked = character.dialogueBlocks
    .map((block) => ({ block, rank: rank(block, cursor) }))
    .sort((left, right) => compareRanks(left.rank, right.rank));
  const chosen: DialogueBlock[] = [];
  let tokens = 0;
  for (const { block } of ranked) {
    // One more token for the blank line between blocks.
    const cost = countTokens(script.slice(block.range.start.offset, block.range.end.offset)) + 1;
    if (tokens + cost > budgetTokens) break;
    chosen.push(block);
    tokens += cost;
  }
  chosen.sort((left, right) => left.range.start.offset - right.range.start.offset);
  return {
    blocks: chosen.map((block) => script.slice(block.range.start.offset, block.range.end.offset)),
    omitted: character.dialogueBlocks.length - chosen.length,
    tokens,
  };
}

import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { Screenplay } from '../../screenplay/screenplay.js';
import { estimatePromptTokens } from '../../story/estimate-prompt-tokens.js';
import { dialoguePrompt } from '../prompts/dialogue-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import type { FountainDraft } from './fountain-draft.js';
import type { GroundingBudget } from './grounding-budget.js';
import { normalizeCharacterName } from './normalize-character-name.js';
import { requireCursor } from './require-cursor.js';
import { runFountainTask } from './run-fountain-task.js';
import { sceneBeforeCursor } from './scene-before-cursor.js';
import { selectCharacterLines } from './select-character-lines.js';
import type { TaskContext } from './task-context.js';
import { UnknownCharacterError } from './unknown-character-error.js';

/** Whose dialogue to write, where, and how much of the script to ground it in. */
export interface DialogueInput {
  /** The whole script, as Fountain. */
  readonly script: string;
  /** `script` already parsed, to save a parse on every request. */
  readonly screenplay?: Screenplay;
  /** The character's name as the writer types it: `Maya`, `MAYA (V.O.)`. */
  readonly character: string;
  /** Offset in `script` where the dialogue will go. */
  readonly cursor: number;
  /** What the line should do, e.g. "she refuses, but softly". */
  readonly direction?: string;
  readonly budget?: GroundingBudget;
}

/** What was sent to ground the dialogue, for the host's preview. */
export interface DialogueGrounding {
  readonly linesSent: number;
  readonly linesOmitted: number;
  /** Offset where the scene excerpt sent starts; it runs to the cursor. */
  readonly sceneStart: number;
}

/** Dialogue for one character, with what grounded it. */
export interface DialogueDraft extends FountainDraft {
  /** The normalised name the dialogue was written for. */
  readonly character: string;
  readonly grounding: DialogueGrounding;
}

/**
 * Dialogue for a named character in the voice of their existing lines, continuing the scene at the cursor. The
 * answer must parse back to that character's cues, dialogue and parentheticals only; anything else is kept with a
 * `task.invalid-fountain` finding. Rejects with UnknownCharacterError when the character has no lines yet.
 */
export async function writeDialogue(context: TaskContext, input: DialogueInput): Promise<GuardedResult<DialogueDraft>> {
  const cursor = requireCursor('dialogue', input.script, input.cursor);
  const screenplay = input.screenplay ?? parseFountain(input.script);
  const name = normalizeCharacterName(input.character);
  const character = screenplay.characters.find((candidate) => candidate.name === name);
  if (character === undefined) throw new UnknownCharacterError(name, screenplay.characters.map((candidate) => candidate.name));
  const countTokens = input.budget?.countTokens ?? estimatePromptTokens;
  const lines = selectCharacterLines(input.script, character, cursor, input.budget?.linesTokens ?? 600, countTokens);
  const scene = sceneBeforeCursor(input.script, screenplay, cursor, input.budget?.contextTokens ?? 1200, countTokens);
  const linesText = lines.blocks.join('\n\n');
  const result = await runFountainTask(context, {
    task: 'dialogue',
    template: dialoguePrompt,
    slots: {
      character: name,
      lines: linesText === '' ? '(none fit the budget)' : linesText,
      scene: scene.text.trim() === '' ? '(the scene has not started)' : scene.text.trimEnd(),
      direction: input.direction?.trim() || `Write ${name}'s next line.`,
    },
    settings: { character: name, linesSent: lines.blocks.length, linesOmitted: lines.omitted },
    // Reusing a character's old line word for word is worth a warning, as any verbatim copy is.
    references: linesText === '' ? [] : [{ id: `lines:${name}`, name: `${name}'s existing lines`, text: linesText }],
    expectation: {
      description: `dialogue for ${name} only`,
      allowedKinds: ['character', 'dialogue', 'parenthetical', 'lyrics'],
      requiredKinds: ['character', 'dialogue'],
      speakers: [name],
    },
  });
  return { ...result, output: { ...result.output, character: name, grounding: { linesSent: lines.blocks.length, linesOmitted: lines.omitted, sceneStart: scene.start } } };
}

import type { Screenplay } from '../../screenplay/screenplay.js';
import type { TokenCounter } from '../../story/estimate-prompt-tokens.js';
import { keepTailWithin } from './keep-tail-within.js';

/** The script from the start of the cursor's scene up to the cursor, within a budget. */
export interface SceneExcerpt {
  readonly text: string;
  /** Offset in the script where `text` starts. */
  readonly start: number;
  /** Characters of the scene left out at its start for the budget. */
  readonly omittedChars: number;
}

/**
 * The current scene up to the cursor: from the last scene heading at or before it (or the first element when no
 * heading comes before it, which skips a title page), trimmed from the start to the budget.
 */
export function sceneBeforeCursor(script: string, screenplay: Screenplay, cursor: number, budgetTokens: number, countTokens: TokenCounter): SceneExcerpt {
  const scene = screenplay.scenes.findLast((candidate) => candidate.range.start.offset <= cursor);
  const firstElement = screenplay.elements[0]?.range.start.offset ?? 0;
  const sceneStart = scene?.range.start.offset ?? Math.min(firstElement, cursor);
  const tail = keepTailWithin(script.slice(sceneStart, cursor), budgetTokens, countTokens);
  return { text: tail.text, start: sceneStart + tail.omittedChars, omittedChars: tail.omittedChars };
}

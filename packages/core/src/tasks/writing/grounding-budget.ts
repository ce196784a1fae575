import type { TokenCounter } from '../../story/estimate-prompt-tokens.js';

/**
 * How much of the script a grounded task may send. Token counts come from `countTokens`, by default the story
 * engine's `estimatePromptTokens` (one token per four characters, one per CJK/Hangul/Thai character; about ±20% on
 * GPT-4o-class tokenizers); pass a real tokenizer when exact numbers matter.
 */
export interface GroundingBudget {
  /** Tokens for the character's existing lines (dialogue); 600 by default, trimmed oldest first. */
  readonly linesTokens?: number;
  /** Tokens for the script before the cursor; 1,200 by default, trimmed from the start. */
  readonly contextTokens?: number;
  readonly countTokens?: TokenCounter;
}

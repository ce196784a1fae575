import { ReelkitError } from '../../errors/reelkit-error.js';

/** Dialogue was asked for a character who has no lines in the script; the hint lists those who do. */
export class UnknownCharacterError extends ReelkitError {
  /** The name as asked for, normalised. */
  readonly character: string;
  /** Normalised names of the script's speaking characters, in order of first line. */
  readonly knownCharacters: readonly string[];

  constructor(character: string, knownCharacters: readonly string[]) {
    super({
      code: 'invalid_argument',
      message: `${character} has no dialogue in this script, so there is no voice to ground their lines in.`,
      hint:
        knownCharacters.length === 0
          ? 'The script has no speaking characters yet: write a line for the character first.'
          : `Pick one of the speaking characters: ${knownCharacters.join(', ')}.`,
    });
    this.name = 'UnknownCharacterError';
    this.character = character;
    this.knownCharacters = knownCharacters;
  }
}

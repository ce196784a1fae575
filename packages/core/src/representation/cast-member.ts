import type { SourceRange } from '../text/source-range.js';

/** Whether an attribute was written by the writer or guessed by Reelkit (opt-in, gender only). */
export type AttributeSource = 'declared' | 'inferred';

/** A character's gender as the report shows it: `female`, `male`, `non-binary` or the writer's own word. */
export interface GenderAttribute {
  readonly value: string;
  readonly source: AttributeSource;
  /** 1 when declared; the inference's confidence (0..1) otherwise. */
  readonly confidence: number;
  /** For an inferred gender, what it rests on, in words (`she 12×, he 1× near their lines; first name "sandra"`). */
  readonly evidence?: string;
}

/** One line of the cast block: what the writer declares about a character. */
export interface CastMember {
  /** Normalised like a cue: upper case, extensions removed. */
  readonly name: string;
  /** Other cue names for the same person (`YOUNG MARA`), normalised. */
  readonly aliases: readonly string[];
  readonly gender?: string;
  /** The writer's own age group (`child`, `20s`, `60+`). */
  readonly age?: string;
  /** Any group labels the writer chooses, in the order written. */
  readonly groups: readonly string[];
  /** The voice to dub the character with: a speech model's voice name (`alloy`, `nova`). */
  readonly voice?: string;
  /** Where the line is in the script. */
  readonly range: SourceRange;
}

/** Everything declared in a script's cast blocks, plus problems reading them (as data). */
export interface Cast {
  readonly members: readonly CastMember[];
  readonly problems: readonly CastProblem[];
}

/** A cast line Reelkit could not read, with the reason in words. */
export interface CastProblem {
  readonly message: string;
  readonly range: SourceRange;
}

import type { SourceRange } from '../text/source-range.js';

/** One spoken block in a Bechdel exchange. */
export interface BechdelLine {
  readonly name: string;
  readonly text: string;
  readonly range: SourceRange;
}

/** Two named women speaking one after the other in a scene, and the references to men in what they say. */
export interface BechdelExchange {
  readonly sceneId: string;
  readonly speakers: readonly [string, string];
  readonly lines: readonly [BechdelLine, BechdelLine];
  /** Male names, pronouns and nouns found in the two lines, lower case, in order; empty when none. */
  readonly maleReferences: readonly string[];
}

/** One of the three steps, decided with a sentence saying why. */
export interface BechdelStep {
  readonly step: 1 | 2 | 3;
  readonly pass: boolean;
  readonly detail: string;
}

/** The Bechdel–Wallace test per scene, with the exchanges behind it as evidence. */
export interface BechdelResult {
  readonly pass: boolean;
  /**
   * `pass` when a scene passes; `fail` only when every speaking named character's gender is known (declared or
   * inferred) and none does; otherwise `undetermined` — unknown genders are not a fail.
   */
  readonly verdict: 'pass' | 'fail' | 'undetermined';
  /** Speaking named characters with no declared or inferred gender: why a verdict is undetermined. */
  readonly undeclared: readonly string[];
  readonly steps: readonly [BechdelStep, BechdelStep, BechdelStep];
  /** Named women who speak (step 1). */
  readonly namedWomen: readonly string[];
  /** Every exchange between two named women (step 2), each with its male references (step 3). */
  readonly evidence: readonly BechdelExchange[];
  /** Ids of the scenes that pass all three steps, in script order. */
  readonly passingScenes: readonly string[];
}

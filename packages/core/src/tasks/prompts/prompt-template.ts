import type { ObjectSchema } from '../../models/object-schema.js';

/**
 * A prompt as data: system text and a user template whose `{{slot}}` names are declared in `slots`, so a caller
 * that forgets one fails to compile and a template that uses an undeclared one fails its test.
 */
export interface PromptTemplate<Slot extends string = string> {
  /** Stable id, recorded in the ledger with the version, e.g. `writing.logline`. */
  readonly id: string;
  /** Bumped whenever the wording changes, so the ledger says exactly which prompt produced a text. */
  readonly version: string;
  readonly system: string;
  readonly user: string;
  readonly slots: readonly Slot[];
}

/** A prompt whose answer is JSON matching `schema`. */
export interface StructuredPromptTemplate<Slot extends string, Output> extends PromptTemplate<Slot> {
  readonly schema: ObjectSchema<Output>;
}

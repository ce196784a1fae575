/** A term a translation must respect: kept verbatim, or rendered exactly as `translation` says. */
export interface GlossaryTerm {
  readonly term: string;
  /** The required rendering in the target language; absent means "keep the term as it is". */
  readonly translation?: string;
}

/** One rule of the fiction-aware language lint: data with a stable id, never code. */
export interface LanguageRule {
  /** Stable id, e.g. `lang.gendered-job-title`; safe to keep in a "dismissed" list. */
  readonly id: string;
  /** Phrases that trigger the rule, lower case, words separated by one space ("man made" also matches "man-made"). */
  readonly phrases: readonly string[];
  /** Replacement for each phrase, by phrase; `suggestion` is the fallback. */
  readonly replacements?: Readonly<Record<string, string>>;
  /** What to write instead, when no replacement is listed for the phrase. */
  readonly suggestion: string;
  /** Why, in one short sentence a writer reads in a tooltip. */
  readonly explanation: string;
  /** Words right after the phrase that make it innocent ("crippled *by debt*" is still a finding; "dumb *waiter*" is not). */
  readonly unlessFollowedBy?: readonly string[];
}

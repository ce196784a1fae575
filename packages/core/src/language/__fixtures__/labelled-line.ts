/** One labelled line of narration: `flagged` with the rule a writer would expect to fire, or not flagged. */
export interface LabelledLine {
  readonly text: string;
  readonly flagged: boolean;
  readonly ruleId?: string;
}

/** Lines a writer would want flagged by the rule `ruleId`. */
export const flag = (ruleId: string, ...texts: string[]): LabelledLine[] => texts.map((text) => ({ text, flagged: true, ruleId }));

/** Lines a writer would not want flagged. */
export const pass = (...texts: string[]): LabelledLine[] => texts.map((text) => ({ text, flagged: false }));

import type { SourceRange } from '../text/source-range.js';

/** One `Key: value` of the title page; indented continuation lines are joined by `\n`. */
export interface TitlePageEntry {
  key: string;
  /** Trimmed value lines joined by `\n`, markup kept as written (`_**BRICK & STEEL**_`). */
  value: string;
  range: SourceRange;
}

/** The title page; `raw` is its exact source (empty when the script has none). */
export interface TitlePage {
  entries: TitlePageEntry[];
  raw: string;
}

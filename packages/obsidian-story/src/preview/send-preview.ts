/** One line of a preview's list: something sent and why, or something left out and why. */
export interface PreviewRow {
  readonly text: string;
  /** Set for what is not sent: cut for the budget, or skipped by rule (private, never). */
  readonly left?: 'cut' | 'skipped';
}

/** A message exactly as it will be sent, under a heading that names its part (and prompt id and version). */
export interface PreviewMessage {
  readonly heading: string;
  readonly text: string;
}

/** Exactly what a command will send and what it costs, shown before the writer agrees (generation, questions, indexing, extraction). */
export interface SendPreview {
  readonly title: string;
  /** Tokens in and out, the estimated cost. */
  readonly summary: string;
  readonly rows: readonly PreviewRow[];
  readonly messages: readonly PreviewMessage[];
  /** The label of the button that sends; `Send` when absent. */
  readonly confirm?: string;
}

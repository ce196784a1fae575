/** Fountain a task produced: the text to insert (fences and chatter removed) and whether it met the task's expectation. */
export interface FountainDraft {
  readonly fountain: string;
  /** False when a `task.invalid-fountain` finding says what is wrong; the text is kept either way. */
  readonly valid: boolean;
}

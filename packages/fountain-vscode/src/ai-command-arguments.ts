/** What an AI command may be given instead of asking (CodeLens, keybindings, scripts and the end-to-end tests). */
export interface AiCommandArguments {
  /** The script; the active editor's when absent. */
  readonly uri?: string;
  /** Offset to work at; the cursor when absent. */
  readonly cursor?: number;
  readonly character?: string;
  readonly tone?: string;
  /** Free text for the brainstorming tasks (theme, idea, story). */
  readonly prompt?: string;
  /** Index of the option to take from a brainstorm instead of asking. */
  readonly option?: number;
  /** Answer the preview without asking; the diff is still shown. */
  readonly decision?: 'apply' | 'discard';
}

/** Reads a command's argument, keeping the fields of the right type and dropping everything else. */
export function readAiCommandArguments(value: unknown): AiCommandArguments {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const text = (key: string): Record<string, string> => (typeof record[key] === 'string' ? { [key]: record[key] } : {});
  const count = (key: string): Record<string, number> => (Number.isInteger(record[key]) && (record[key] as number) >= 0 ? { [key]: record[key] as number } : {});
  const decided = record['decision'];
  const decision: Pick<AiCommandArguments, 'decision'> = decided === 'apply' || decided === 'discard' ? { decision: decided } : {};
  return { ...text('uri'), ...count('cursor'), ...text('character'), ...text('tone'), ...text('prompt'), ...count('option'), ...decision };
}

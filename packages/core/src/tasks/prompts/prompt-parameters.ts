import type { PromptTemplate } from './prompt-template.js';

/** Ledger parameters for a generation: which prompt (id and version) produced it, plus the task's own settings. */
export function promptParameters(template: PromptTemplate, settings: Readonly<Record<string, unknown>> = {}): Readonly<Record<string, unknown>> {
  return { prompt: { id: template.id, version: template.version }, ...settings };
}

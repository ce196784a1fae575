import type { PromptTemplate } from './prompt-template.js';

/** A rewrite or punch-up of a selection in a given tone, keeping its Fountain form. */
export const rewritePrompt: PromptTemplate<'selection' | 'form' | 'tone' | 'direction' | 'context'> = {
  id: 'writing.rewrite',
  version: '1',
  system:
    'You revise passages of a screenplay written in Fountain. Keep the meaning and the story facts, change the ' +
    'wording to the requested tone, and keep the form exactly: {{form}} Answer with the revised passage only, no commentary.',
  user: 'Surrounding script, for context only:\n\n{{context}}\n\nThe passage to revise:\n\n{{selection}}\n\nTone: {{tone}}\nDirection: {{direction}}',
  slots: ['selection', 'form', 'tone', 'direction', 'context'],
};
